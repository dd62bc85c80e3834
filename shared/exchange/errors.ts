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
  | 'forged-author'
  | 'not-leader'
  | 'settles-others'
  | 'unknown-author'
  | 'removed-member'
  | 'revoked-key'
  | 'unknown-key'
  | 'untrusted-leader'
  | 'clock-ahead'
  | 'bad-clock'
  | 'too-many-values'
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
  'forged-author': (f, d) =>
    `Tệp "${f}" có bản ghi ghi là của ${d.claimed} nhưng không được khóa của ${d.claimed} ký (${d.reason}). Có thể tệp bị giả mạo; không nhập tệp này và hãy liên hệ người gửi.`,
  'not-leader': (f, d) =>
    `Tệp "${f}" có thay đổi ${d.what} không được khóa của trưởng đoàn ký (người viết: ${d.author}). Chỉ trưởng đoàn được thay đổi thiết lập và quyết định khi có ý kiến khác nhau; không nhập tệp này.`,
  'settles-others': (f, d) =>
    `Tệp "${f}" có bản ghi của ${d.author} ghi đè hoặc xóa kết quả của người khác (${d.what}). Chỉ trưởng đoàn được quyết định khi thành viên có ý kiến khác nhau; không nhập tệp này.`,
  'unknown-author': (f, d) =>
    `Tệp "${f}" có bản ghi của người không có trong danh sách thành viên đoàn (mã "${d.author}"). Không nhập tệp này; hãy liên hệ trưởng đoàn.`,
  'removed-member': (f, d) =>
    `Tệp "${f}" có bản ghi của ${d.author} viết sau khi người này đã bị đưa ra khỏi đoàn. Các bản ghi đó không được nhận; hãy liên hệ trưởng đoàn.`,
  'revoked-key': (f, d) =>
    `Tệp "${f}" được ký bằng khóa cũ của ${d.author}, khóa này đã được thay bằng máy mới, và có bản ghi viết sau thời điểm thay khóa. Hãy xin ${d.author} xuất lại từ máy đang dùng.`,
  'unknown-key': (f, d) =>
    `Tệp "${f}" có bản ghi của ${d.author} ký bằng một khóa trưởng đoàn chưa xác nhận (mã nhận diện ${d.fingerprint}). Hãy nhập gói dữ liệu tổng hợp mới nhất của trưởng đoàn trước, rồi nhập lại tệp này.`,
  'untrusted-leader': (f, d) =>
    `Tệp "${f}" có bản ghi mang tên trưởng đoàn (thiết lập hoặc quyết định khi có ý kiến khác nhau) nhưng được ký bằng khóa không phải khóa trưởng đoàn mà máy này đã xác nhận (mã nhận diện ${d.fingerprint}). Có thể tệp bị giả mạo; không nhập tệp này và hãy gọi điện cho trưởng đoàn.`,
  'clock-ahead': (f, d) =>
    `Tệp "${f}" có bản ghi của ${d.author} đề thời gian ${d.time}, vượt quá giờ hiện tại của máy này: máy của ${d.author} đặt sai giờ. Hãy nhờ ${d.author} chỉnh lại ngày giờ trên máy rồi xuất lại tệp.`,
  'bad-clock': (f, d) =>
    `Tệp "${f}" có bản ghi thứ ${d.index} mang dấu thời gian không hợp lệ (${d.reason}). Không nhập tệp này; hãy xin người gửi xuất lại.`,
  'too-many-values': (f, d) =>
    `Tệp "${f}" có một ô nhập liệu mang ${d.count} giá trị khác nhau cùng lúc, vượt giới hạn ${d.limit}. Đây không phải dữ liệu làm việc bình thường; không nhập tệp này.`,
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

/** A check that failed in an unforeseen way: said plainly, without the program's own (English) words. */
export function uncheckable(fileName: string): ExchangeError {
  return { code: 'bad-record', message: `Tệp "${fileName}" có nội dung ứng dụng không kiểm tra được nên không nhập. Hãy xin người gửi xuất lại từ Tự Kiểm Tra, hoặc báo cho người hỗ trợ kỹ thuật.` };
}
