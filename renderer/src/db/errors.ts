/**
 * Storage failures in plain Vietnamese: what happened and what to do. The one
 * place that turns IndexedDB/Dexie errors into words, so no raw error text
 * ("UnknownError", "QuotaExceededError") reaches the screen.
 */
export type StorageErrorCode = 'disk-full' | 'write-failed' | 'blocked' | 'closed' | 'unknown';

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
  // What Chromium reports when its files cannot be written (seen on a full disk):
  // an aborted commit, then "Internal error opening backing store" on every
  // reopen, which Dexie then wraps as DatabaseClosedError. Checked before
  // "closed" so the person hears about the disk, not a dropped connection.
  if (/backing store|Internal error|AbortError|UnknownError/i.test(all)) return 'write-failed';
  if (/VersionError|Blocked|upgrade/i.test(all)) return 'blocked';
  if (/DatabaseClosed|InvalidState|closing/i.test(all)) return 'closed';
  return 'unknown';
}

const MESSAGES: Record<StorageErrorCode, string> = {
  'disk-full':
    'Không lưu được vì ổ đĩa đã đầy. Nội dung vừa nhập vẫn còn trên màn hình và không bị mất: hãy xóa bớt tệp không cần trên máy (và dọn Thùng rác) để giải phóng dung lượng. Ứng dụng tự thử lưu lại vài giây một lần và báo “Đã lưu” khi xong.',
  'write-failed':
    'Không ghi được vào ổ đĩa của máy, thường là vì ổ đĩa đã đầy. Nội dung vừa nhập vẫn còn trên màn hình và không bị mất: hãy xóa bớt tệp không cần trên máy (và dọn Thùng rác) để giải phóng dung lượng. Ứng dụng tự thử lưu lại vài giây một lần và báo “Đã lưu” khi xong.',
  blocked:
    'Không mở được dữ liệu vì một cửa sổ Tự Kiểm Tra khác đang dùng phiên bản cũ. Hãy đóng các cửa sổ Tự Kiểm Tra khác; nội dung vừa nhập vẫn còn trên màn hình và được lưu lại ngay khi các cửa sổ kia đóng.',
  closed: 'Kết nối tới dữ liệu trên máy vừa bị ngắt. Ứng dụng đang tự thử lưu lại; nội dung vừa nhập vẫn còn trên màn hình và không bị mất.',
  unknown:
    'Không lưu được vào bộ nhớ của máy (có thể ổ đĩa đầy hoặc lỗi). Nội dung vừa nhập vẫn còn trên màn hình: hãy kiểm tra dung lượng ổ đĩa. Ứng dụng tự thử lưu lại vài giây một lần và báo “Đã lưu” khi xong.',
};

export function storageErrorMessage(e: unknown): string {
  return MESSAGES[storageErrorCode(e)];
}

/**
 * What to tell a person about a failure: the app's own Vietnamese message
 * when it threw one, otherwise the storage message for its kind; never the
 * program's English text.
 */
export function userMessage(e: unknown): string {
  const own = e instanceof Error && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(e.message) ? e.message.replace(/[.\s]+$/, '') : undefined;
  return own ? `${own}.` : storageErrorMessage(e);
}
