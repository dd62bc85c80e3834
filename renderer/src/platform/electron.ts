import type { AppApi, IpcChannel, IpcContract } from '../../../shared/ipc/contract';
import type { Platform } from './types';

export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function electronPlatform(api: AppApi): Platform {
  async function call<C extends IpcChannel>(channel: C, req: IpcContract[C]['req']): Promise<IpcContract[C]['res']> {
    const r = await api.invoke(channel, req);
    if (!r.ok) throw new PlatformError(r.error.code, r.error.message);
    return r.data;
  }
  return {
    kind: 'electron',
    async saveFile(suggestedName, data, filters) {
      return (await call('file:save', { suggestedName, data, filters })) !== null;
    },
    openFiles: (filters, multiple) => call('file:open', { filters, multiple }),
    async savePdf(suggestedName, info) {
      return (await call('report:save-pdf', { suggestedName, info })) !== null;
    },
    async print() {
      await call('report:print', {});
    },
    backups: {
      write: (data, label) => call('backup:write', { data, label }),
      skip: async () => {
        await call('backup:skip', {});
      },
      list: () => call('backup:list', {}),
      read: (name) => call('backup:read', { name }),
    },
    keyVault: {
      create: (secretKey) => call('device-key:create', secretKey ? { secretKey } : {}),
      sign: (sealed, message) => call('device-key:sign', { sealed, message }),
      sealText: (text) => call('secret:seal', { text }),
      openText: (sealed) => call('secret:open', { sealed }),
    },
    legacyStorage: {
      hand: async (data) => {
        await call('storage:legacy-export', { data });
      },
      take: () => call('storage:legacy-take', {}),
      done: async () => {
        await call('storage:legacy-done', {});
      },
    },
    portableDataDir: async () => (await call('app:info', {})).portableDataDir,
    takeOpenedFiles: () => call('app:take-opened-files', {}),
    onFilesOpened: (l) => api.on('app:files-opened', l),
    onBeforeQuit: (l) => api.on('app:before-quit', l),
    onUnsentQuery: (l) => api.on('app:unsent-query', l),
    answerUnsent: async (count) => {
      await call('quit:unsent', { count });
    },
    onExportNow: (l) => api.on('app:export-now', l),
  };
}
