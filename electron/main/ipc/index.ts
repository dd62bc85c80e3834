import type { App, IpcMain } from 'electron';
import type { BackupStore } from '../services/backups';
import type { DeviceKeyVault } from '../services/device-key';
import type { OpenedFilesQueue } from '../services/opened-files';
import { appChannels } from './app';
import { backupChannels } from './backup';
import { deviceKeyChannels } from './device-key';
import { fileOpen, fileSave } from './files';
import { registerChannels, type ChannelDefs } from './register';
import { reportPrint, reportSavePdf } from './report';

export interface IpcDeps {
  app: Pick<App, 'getVersion'>;
  backups: BackupStore;
  opened: OpenedFilesQueue;
  vault: DeviceKeyVault;
  /** The portable build's data folder, shown to the user. */
  portableDataDir?: string;
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
    ...appChannels(deps.app, deps.opened, deps.portableDataDir),
    ...deviceKeyChannels(deps.vault),
  };
}

export function registerIpc(ipc: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  registerChannels(ipc, channelDefs(deps), deps.isTrustedSender);
}
