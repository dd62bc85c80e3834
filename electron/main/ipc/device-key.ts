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

const secretText = z.string().min(1, { message: 'Mật khẩu không được để trống' }).max(500, { message: 'Mật khẩu quá dài (tối đa 500 ký tự)' });

export function deviceKeyChannels(vault: DeviceKeyVault): {
  'device-key:create': ChannelDef<'device-key:create'>;
  'device-key:sign': ChannelDef<'device-key:sign'>;
  'secret:seal': ChannelDef<'secret:seal'>;
  'secret:open': ChannelDef<'secret:open'>;
} {
  return {
    'secret:seal': { schema: z.strictObject({ text: secretText }), handle: (req) => vault.sealText(req.text) },
    'secret:open': { schema: z.strictObject({ sealed }), handle: (req) => vault.openText(req.sealed) },
    'device-key:create': { schema: z.strictObject({ secretKey: hexKey.optional() }), handle: (req) => vault.create(req.secretKey) },
    'device-key:sign': { schema: z.strictObject({ sealed, message }), handle: (req) => vault.sign(req.sealed, req.message) },
  };
}
