import type { App, IpcMain } from 'electron';
import type { BackupStore } from '../services/backups';
import type { OpenedFilesQueue } from '../services/opened-files';
import { appChannels } from './app';
import { backupChannels } from './backup';
import { fileOpen, fileSave } from './files';
import { registerChannels, type ChannelDefs } from './register';
import { reportPrint, reportSavePdf } from './report';

export interface IpcDeps {
  app: Pick<App, 'getVersion'>;
  backups: BackupStore;
  opened: OpenedFilesQueue;
  /** True for a URL of one of the app's own pages. */
  isTrustedSender: (url: string) => boolean;
}

/** Every channel of shared/ipc/contract.ts with its schema and handler. */
export function channelDefs(deps: IpcDeps): ChannelDefs {
  return {
    'file:save': fileSave,
    'file:open': fileOpen,
    'report:save-pdf': reportSavePdf,
    'report:print': reportPrint,
    ...backupChannels(deps.backups),
    ...appChannels(deps.app, deps.opened),
  };
}

export function registerIpc(ipc: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  registerChannels(ipc, channelDefs(deps), deps.isTrustedSender);
}
