import type { IpcError } from '../../shared/ipc/contract';

/**
 * Every error a user can meet from the main process, with its Vietnamese
 * message made here and nowhere else. The renderer shows `message` as is.
 */
export const ERROR_MESSAGES = {
  'untrusted-sender': 'Yêu cầu không đến từ giao diện của ứng dụng nên đã bị từ chối.',
  'invalid-request': 'Dữ liệu gửi kèm yêu cầu không hợp lệ.',
  'unknown-channel': 'Ứng dụng không hỗ trợ yêu cầu này.',
  'file-too-large': 'Tệp quá lớn để mở.',
  'file-read-failed': 'Không đọc được tệp.',
  'file-write-failed': 'Không ghi được tệp. Hãy kiểm tra quyền ghi của thư mục hoặc chọn thư mục khác.',
  'backup-not-found': 'Không tìm thấy bản sao lưu này. Có thể nó đã bị xoá khi các bản cũ được dọn bớt.',
  'pdf-failed': 'Không tạo được tệp PDF. Hãy thử lại.',
  'print-failed': 'Không in được. Hãy kiểm tra máy in rồi thử lại.',
  'key-unavailable':
    'Không mở được khóa ký của máy này từ kho khóa của hệ điều hành (có thể tài khoản Windows hoặc hồ sơ người dùng đã đổi). Hãy báo trưởng đoàn để xác nhận máy này như một máy mới.',
  'no-window': 'Không tìm thấy cửa sổ ứng dụng để thực hiện yêu cầu.',
  internal: 'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A failure that reaches the user: a code for code, a Vietnamese message for people. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    detail?: string,
  ) {
    super(detail ? `${ERROR_MESSAGES[code]} ${detail}` : ERROR_MESSAGES[code]);
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message };
  }
}
