/**
 * Storage failures in plain Vietnamese: what happened and what to do. The one
 * place that turns IndexedDB/Dexie errors into words, so no raw error text
 * ("UnknownError", "QuotaExceededError") reaches the screen.
 */
export type StorageErrorCode = 'disk-full' | 'blocked' | 'closed' | 'unknown';

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  // Dexie wraps the browser's error (AbortError → inner QuotaExceededError).
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const { name, message } = cur as { name?: unknown; message?: unknown };
    if (typeof name === 'string') out.push(name);
    if (typeof message === 'string') out.push(message);
    cur = (cur as { inner?: unknown }).inner;
  }
  return out;
}

export function storageErrorCode(e: unknown): StorageErrorCode {
  const all = names(e).join(' ');
  if (/Quota|disk.?full|no space|ENOSPC/i.test(all)) return 'disk-full';
  if (/VersionError|Blocked|upgrade/i.test(all)) return 'blocked';
  if (/DatabaseClosed|InvalidState|closing/i.test(all)) return 'closed';
  return 'unknown';
}

const MESSAGES: Record<StorageErrorCode, string> = {
  'disk-full':
    'Không lưu được vì ổ đĩa đã đầy. Nội dung vừa nhập vẫn còn trên màn hình: hãy xóa bớt tệp không cần trên máy để giải phóng dung lượng, ứng dụng sẽ tự lưu lại khi bạn nhập tiếp.',
  blocked:
    'Không mở được dữ liệu vì một cửa sổ Tự Kiểm Tra khác đang dùng phiên bản cũ. Hãy đóng các cửa sổ Tự Kiểm Tra khác rồi nhập tiếp; nội dung vừa nhập vẫn còn trên màn hình.',
  closed: 'Kết nối tới dữ liệu trên máy vừa bị ngắt. Ứng dụng đang mở lại; nội dung vừa nhập vẫn còn trên màn hình, hãy nhập tiếp để lưu lại.',
  unknown:
    'Không lưu được vào bộ nhớ của máy (có thể ổ đĩa đầy hoặc lỗi). Nội dung vừa nhập vẫn còn trên màn hình: hãy kiểm tra dung lượng ổ đĩa rồi nhập tiếp để lưu lại.',
};

export function storageErrorMessage(e: unknown): string {
  return MESSAGES[storageErrorCode(e)];
}
