import { z } from 'zod';
import type { BackupStore } from '../services/backups';
import type { ChannelDef } from './register';
import { backupLabel, backupName, bytes, empty } from './schemas';

export function backupChannels(store: BackupStore): {
  'backup:write': ChannelDef<'backup:write'>;
  'backup:skip': ChannelDef<'backup:skip'>;
  'backup:list': ChannelDef<'backup:list'>;
  'backup:read': ChannelDef<'backup:read'>;
} {
  return {
    'backup:write': {
      schema: z.strictObject({ data: bytes, label: backupLabel }),
      handle: (req) => store.write(req.data, req.label),
    },
    'backup:skip': {
      schema: empty,
      handle: () => {
        store.release();
        return null;
      },
    },
    'backup:list': { schema: empty, handle: () => store.list() },
    'backup:read': {
      schema: z.strictObject({ name: backupName }),
      handle: (req) => store.read(req.name),
    },
  };
}
