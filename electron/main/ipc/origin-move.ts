import { z } from 'zod';
import type { OriginMove } from '../services/origin-move';
import type { ChannelDef } from './register';
import { bytes, empty } from './schemas';

/**
 * The one-time storage move. Only the old page (the renderer's own
 * index.html over file://) may hand data over; only the app may take it.
 */
export function originMoveChannels(
  move: OriginMove,
  isLegacyPage: (url: string) => boolean,
  onExported: () => void,
): {
  'storage:legacy-export': ChannelDef<'storage:legacy-export'>;
  'storage:legacy-take': ChannelDef<'storage:legacy-take'>;
  'storage:legacy-done': ChannelDef<'storage:legacy-done'>;
} {
  return {
    'storage:legacy-export': {
      schema: z.strictObject({ data: bytes }),
      isTrustedSender: isLegacyPage,
      handle: async (req) => {
        await move.store(req.data);
        onExported();
        return null;
      },
    },
    'storage:legacy-take': { schema: empty, handle: () => move.take() },
    'storage:legacy-done': {
      schema: empty,
      handle: async () => {
        await move.done();
        return null;
      },
    },
  };
}
