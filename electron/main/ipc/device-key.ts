import { z } from 'zod';
import type { DeviceKeyVault } from '../services/device-key';
import type { ChannelDef } from './register';

const hexKey = z.string().regex(/^[0-9a-f]{64}$/, { message: 'Khóa phải là chuỗi 64 ký tự hex' });
/** A sealed key is a few hundred bytes; a signed message is a hash with a label. */
const sealed = z.instanceof(Uint8Array, { message: 'Khóa đã niêm phong phải là một dãy byte' }).refine((b) => b.byteLength > 0 && b.byteLength <= 4096, {
  message: 'Khóa đã niêm phong có độ dài không hợp lệ',
});
const message = z.instanceof(Uint8Array, { message: 'Nội dung cần ký phải là một dãy byte' }).refine((b) => b.byteLength <= 64 * 1024, {
  message: 'Nội dung cần ký quá dài',
});

export function deviceKeyChannels(vault: DeviceKeyVault): {
  'device-key:create': ChannelDef<'device-key:create'>;
  'device-key:sign': ChannelDef<'device-key:sign'>;
} {
  return {
    'device-key:create': { schema: z.strictObject({ secretKey: hexKey.optional() }), handle: (req) => vault.create(req.secretKey) },
    'device-key:sign': { schema: z.strictObject({ sealed, message }), handle: (req) => vault.sign(req.sealed, req.message) },
  };
}
