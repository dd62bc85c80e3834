import type { App } from 'electron';
import type { OpenedFilesQueue } from '../services/opened-files';
import type { ChannelDef } from './register';
import { empty } from './schemas';

export function appChannels(
  app: Pick<App, 'getVersion'>,
  opened: OpenedFilesQueue,
  portableDataDir?: string,
): { 'app:info': ChannelDef<'app:info'>; 'app:take-opened-files': ChannelDef<'app:take-opened-files'> } {
  return {
    'app:info': {
      schema: empty,
      handle: () => ({ version: app.getVersion(), platform: process.platform, ...(portableDataDir ? { portableDataDir } : {}) }),
    },
    'app:take-opened-files': { schema: empty, handle: () => opened.take() },
  };
}
