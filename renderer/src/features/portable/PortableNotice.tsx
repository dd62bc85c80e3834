import { useEffect, useState } from 'react';
import { platform } from '../../platform';

/**
 * The portable build keeps everything beside its exe (often on a USB stick):
 * say so plainly, with the folder, so whoever carries the stick knows what
 * it holds. Nothing is shown by the installed app or in a browser.
 */
export function PortableNotice() {
  const [dir, setDir] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    platform
      .portableDataDir?.()
      .then((d) => live && setDir(d))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!dir) return null;
  return (
    <aside className="card portable-notice" aria-label="Nơi lưu dữ liệu của bản chạy trực tiếp">
      <p>
        <strong>Bản chạy trực tiếp (không cài đặt):</strong> mọi dữ liệu của ứng dụng, kể cả các bản sao lưu tự động, nằm trong thư mục{' '}
        <code>{dir}</code> bên cạnh tệp chạy.
      </p>
      <p className="muted">
        Ai cầm thiết bị chứa thư mục này (ví dụ USB) đều có thể đọc dữ liệu. Hãy giữ thiết bị cẩn thận và dùng mật khẩu của đoàn khi xuất tệp gửi đi.
      </p>
    </aside>
  );
}
