import { defineConfig } from 'vitest/config';

/** Unit and storage tests: Node, fake-indexeddb for Dexie, mocked electron. */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/db/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
