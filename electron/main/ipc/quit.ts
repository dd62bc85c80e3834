import { z } from 'zod';
import type { UnsentQuery } from '../services/unsent';
import type { ChannelDef } from './register';

export function quitChannels(unsent: UnsentQuery): { 'quit:unsent': ChannelDef<'quit:unsent'> } {
  return {
    'quit:unsent': {
      schema: z.strictObject({ count: z.number({ message: 'Số thay đổi chưa gửi phải là một số' }).int().nonnegative().max(1e9) }),
      handle: (req) => {
        unsent.answer(req.count);
        return null;
      },
    },
  };
}
