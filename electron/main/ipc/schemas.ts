import { z } from 'zod';
import { LIMITS } from '../../../shared/exchange/zip';

/**
 * Request schemas shared by the channel definitions. Messages are Vietnamese
 * because they reach the user through the renderer's error display.
 */

/** Largest payload accepted over IPC: a full backup package, as large as the package reader accepts. */
export const MAX_IPC_BYTES = LIMITS.maxFileBytes;

export const bytes = z
  .instanceof(Uint8Array, { message: 'Dữ liệu phải là một dãy byte' })
  .refine((b) => b.byteLength <= MAX_IPC_BYTES, { message: `Dữ liệu quá lớn (tối đa ${MAX_IPC_BYTES / 1024 / 1024} MB)` });

/** Characters Windows, macOS or Linux refuse or treat specially in a file name. */
const UNSAFE_NAME_CHARS = /[/\\:*?"<>|\u0000-\u001f]/u;

/** A bare file name: no folder part, no '..', nothing a file system would read as a path. */
export const safeFileName = z
  .string({ message: 'Tên tệp phải là chuỗi ký tự' })
  .min(1, { message: 'Tên tệp không được để trống' })
  .max(200, { message: 'Tên tệp quá dài (tối đa 200 ký tự)' })
  .refine((s) => !UNSAFE_NAME_CHARS.test(s), { message: 'Tên tệp không được chứa dấu / \\ : * ? " < > | hoặc ký tự điều khiển' })
  .refine((s) => !s.includes('..') && s.trim() === s && !s.endsWith('.'), {
    message: 'Tên tệp không được chứa "..", khoảng trắng hay dấu chấm ở đầu hoặc cuối',
  });

/** A backup's name as listed by backup:list. */
export const backupName = safeFileName.refine((s) => s.toLowerCase().endsWith('.tkt'), { message: 'Tên bản sao lưu phải có đuôi .tkt' });

/**
 * The label that starts a backup's file name (e.g. the inspection's name).
 * Anything path-like is refused; spaces and other punctuation are turned
 * into '-' by the backup store.
 */
export const backupLabel = z
  .string({ message: 'Nhãn sao lưu phải là chuỗi ký tự' })
  .min(1, { message: 'Nhãn sao lưu không được để trống' })
  .max(100, { message: 'Nhãn sao lưu quá dài (tối đa 100 ký tự)' })
  .refine((s) => !UNSAFE_NAME_CHARS.test(s) && !s.includes('..'), {
    message: 'Nhãn sao lưu không được chứa "..", dấu / \\ : * ? " < > | hoặc ký tự điều khiển',
  });

export const fileFilters = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, { message: 'Đuôi tệp không hợp lệ' })).min(1).max(20),
    }),
    { message: 'Danh sách loại tệp không hợp lệ' },
  )
  .max(10);

/** Channels that take no arguments accept only an empty object. */
export const empty = z.strictObject({}, { message: 'Yêu cầu này không nhận tham số' });
