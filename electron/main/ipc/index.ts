import type { App, IpcMain } from 'electron';
import type { BackupStore } from '../services/backups';
import type { DeviceKeyVault } from '../services/device-key';
import type { OriginMove } from '../services/origin-move';
import type { OpenedFilesQueue } from '../services/opened-files';
import { UnsentQuery } from '../services/unsent';
import { appChannels } from './app';
import { backupChannels } from './backup';
import { deviceKeyChannels } from './device-key';
import { fileOpen, fileSave } from './files';
import { originMoveChannels } from './origin-move';
import { quitChannels } from './quit';
import { registerChannels, type ChannelDefs } from './register';
import { reportPrint, reportSavePdf } from './report';

export interface IpcDeps {
  app: Pick<App, 'getVersion'>;
  backups: BackupStore;
  opened: OpenedFilesQueue;
  vault: DeviceKeyVault;
  originMove: OriginMove;
  /** The old file:// page that hands its database over; none by default. */
  isLegacyPage?: (url: string) => boolean;
  onLegacyExported?: () => void;
  /** The portable build's data folder, shown to the user. */
  portableDataDir?: string;
  /** True for a URL of one of the app's own pages. */
  isTrustedSender: (url: string) => boolean;
  /** Where the renderer's answer to the quit reminder's question goes. */
  unsent?: UnsentQuery;
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
    ...quitChannels(deps.unsent ?? new UnsentQuery()),
    ...originMoveChannels(deps.originMove, deps.isLegacyPage ?? (() => false), deps.onLegacyExported ?? (() => {})),
  };
}

export function registerIpc(ipc: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  registerChannels(ipc, channelDefs(deps), deps.isTrustedSender);
}
