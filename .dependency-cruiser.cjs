/**
 * Architecture rules on the real import graph (checked by
 * test/unit/architecture.test.ts; also `npx depcruise renderer shared electron`).
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ is domain code over plain data: no Electron, storage, UI framework, nor app layers.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['(^|/)node_modules/(electron|dexie|dexie-react-hooks|react|react-dom|zustand)/', '^(electron|dexie|dexie-react-hooks|react|react-dom|zustand)(/|$)', '^renderer/', '^electron/'] },
    },
    {
      name: 'only-db-touches-dexie',
      comment: 'Only renderer/src/db talks to IndexedDB through Dexie; screens read through its hooks.',
      severity: 'error',
      from: { pathNot: '^renderer/src/db/' },
      to: { path: ['(^|/)node_modules/(dexie|dexie-react-hooks)/', '^(dexie|dexie-react-hooks)(/|$)'] },
    },
    {
      name: 'no-cycles',
      comment: 'Modules form layers; a cycle means two of them are really one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['\\.test\\.tsx?$', '^(dist|dist-electron)/'] },
  },
};
