/**
 * Every way an exchange file can be refused, with its Vietnamese message made
 * in one place. Each message names the file and says what to do, because the
 * person reading it is a team leader holding a USB stick, not a developer.
 */
import { formatNumber } from '../domain/format';

export type ExchangeErrorCode =
  | 'too-large'
  | 'not-zip'
  | 'truncated'
  | 'unsafe-path'
  | 'zip-bomb'
  | 'missing-entry'
  | 'manifest-invalid'
  | 'newer-version'
  | 'other-inspection'
  | 'other-template'
  | 'altered'
  | 'bad-signature'
  | 'foreign-signature'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'kdf-not-allowed'
  | 'bad-record'
  | 'unknown-reference'
  | 'attachment-too-large';

export interface ExchangeError {
  code: ExchangeErrorCode;
  message: string;
  /**
   * For a file signed by a key no member holds, while its member has another
   * key on record: the member may simply have changed laptop. The leader can
   * trust the new key after checking with them (see trustMemberKey).
   */
  newKey?: { inspectionId: string; memberId: string; memberName: string; publicKey: string };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${formatNumber(Math.round((n / (1024 * 1024)) * 10) / 10)} MB`;
  if (n >= 1024) return `${formatNumber(Math.round(n / 1024))} KB`;
  return `${formatNumber(n)} byte`;
}

type Details = Record<string, string | number | undefined>;

const MESSAGES: Record<ExchangeErrorCode, (file: string, d: Details) => string> = {
  'too-large': (f, d) =>
    `Tệp "${f}" quá lớn (${d.size}); giới hạn là ${d.limit}. Đây không phải một gói dữ liệu Tự Kiểm Tra bình thường, hãy kiểm tra lại tệp.`,
  'not-zip': (f) =>
    `Tệp "${f}" không phải gói dữ liệu Tự Kiểm Tra (.tkt): nội dung không phải tệp nén zip. Hãy chọn đúng tệp .tkt được xuất từ ứng dụng.`,
  truncated: (f) =>
    `Tệp "${f}" bị cắt cụt hoặc chưa chép xong (thiếu phần cuối của tệp). Hãy chép lại tệp từ người gửi rồi nhập lại.`,
  'unsafe-path': (f, d) =>
    `Tệp "${f}" chứa mục có đường dẫn không an toàn ("${d.entry}"). Ứng dụng từ chối mở tệp này; hãy xin người gửi xuất lại từ Tự Kiểm Tra.`,
  'zip-bomb': (f, d) =>
    `Tệp "${f}" khi giải nén sẽ quá lớn (${d.reason}), có thể là tệp độc hại. Ứng dụng từ chối mở tệp này.`,
  'missing-entry': (f, d) =>
    `Tệp "${f}" thiếu phần "${d.entry}" nên không phải gói dữ liệu Tự Kiểm Tra đầy đủ. Hãy xin người gửi xuất lại.`,
  'manifest-invalid': (f, d) =>
    `Tệp "${f}" có phần mô tả (manifest.json) không hợp lệ: ${d.reason}. Hãy xin người gửi xuất lại từ Tự Kiểm Tra.`,
  'newer-version': (f, d) =>
    `Tệp "${f}" được tạo bằng phiên bản Tự Kiểm Tra mới hơn (định dạng ${d.version}, ứng dụng này chỉ đọc được đến định dạng ${d.supported}). Hãy cập nhật ứng dụng rồi nhập lại.`,
  'other-inspection': (f, d) =>
    `Tệp "${f}" thuộc một cuộc kiểm tra khác (${d.title}), không phải cuộc kiểm tra đang mở. Hãy mở đúng cuộc kiểm tra, hoặc nhập tệp từ trang danh sách cuộc kiểm tra.`,
  'other-template': (f, d) =>
    `Tệp "${f}" dùng mẫu phiếu kiểm tra "${d.template}" phiên bản ${d.version}, ${d.reason}. Hãy cập nhật ứng dụng ở cả hai máy cho cùng phiên bản rồi xuất lại.`,
  altered: (f, d) =>
    `Tệp "${f}" đã bị thay đổi sau khi xuất (${d.reason}). Không nhập tệp này; hãy xin người gửi xuất lại.`,
  'bad-signature': (f) =>
    `Tệp "${f}" có chữ ký không hợp lệ: tệp đã bị sửa sau khi ký hoặc không do Tự Kiểm Tra tạo ra. Không nhập tệp này; hãy xin người gửi xuất lại.`,
  'foreign-signature': (f, d) =>
    `Tệp "${f}" ghi là của ${d.claimed} nhưng được ký bằng khóa ${d.actual}. Có thể tệp bị giả mạo; hãy liên hệ ${d.claimed} để kiểm tra.`,
  'passphrase-needed': (f) => `Tệp "${f}" được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu của đoàn để mở.`,
  'wrong-passphrase': (f) =>
    `Mật khẩu không đúng cho tệp "${f}". Hãy nhập lại mật khẩu của đoàn (phân biệt chữ hoa, chữ thường); nếu chắc chắn đã đúng, có thể tệp bị hỏng khi chép, hãy xin người gửi gửi lại.`,
  'kdf-not-allowed': (f, d) =>
    `Tệp "${f}" đòi giải mã với mức tính toán không được phép (scrypt N = ${formatNumber(Number(d.N))}, r = ${d.r}, p = ${d.p}). Ứng dụng chỉ chấp nhận các mức định sẵn, để một tệp lạ không thể làm máy treo lâu. Không mở tệp này; hãy xin người gửi xuất lại bằng Tự Kiểm Tra.`,
  'bad-record': (f, d) =>
    `Tệp "${f}" có bản ghi thứ ${d.index} không hợp lệ: ${d.reason}. Không nhập tệp này; hãy xin người gửi xuất lại.`,
  'attachment-too-large': (f, d) =>
    `Tệp "${f}" có ${d.what} nặng ${d.size}, vượt giới hạn ${d.limit}. Ứng dụng không mở tệp này để máy không bị treo; hãy xin người gửi bỏ bớt hoặc thu nhỏ tệp đính kèm rồi xuất lại.`,
  'unknown-reference': (f, d) =>
    `Tệp "${f}" có bản ghi tham chiếu ${d.what} không có trong cuộc kiểm tra. Hãy nhập gói thiết lập mới nhất của trưởng đoàn trước, rồi nhập lại tệp này.`,
};

export function exchangeError(code: ExchangeErrorCode, fileName: string, details: Details = {}): ExchangeError {
  // Reasons come from schema messages that end with a full stop; the sentence around them adds its own.
  const clean: Details = {};
  for (const [k, v] of Object.entries(details)) clean[k] = k === 'reason' && typeof v === 'string' ? v.replace(/[.\s]+$/, '') : v;
  return { code, message: MESSAGES[code](fileName, clean) };
}
