import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/domain/format';
import { formatBytes } from '../../../../shared/exchange';
import { platform } from '../../platform';
import type { BackupInfo } from '../../platform/types';
import { PortableNotice } from '../portable/PortableNotice';
import { BackupEncryptionForm } from './BackupEncryptionForm';
import { useExchangeUi } from './exchangeUi';

/**
 * The rolling backups kept by the Electron app. Restoring one is an import
 * (a union of records), so it never loses anything written since.
 */
export function BackupPanel() {
  const backups = platform.backups;
  const enqueue = useExchangeUi((s) => s.enqueue);
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    if (!backups) return;
    try {
      setList((await backups.list()).sort((a, b) => b.mtime - a.mtime));
    } catch (e) {
      setError(`Không đọc được danh sách bản sao lưu: ${e instanceof Error ? e.message : String(e)}.`);
    }
  }, [backups]);

  useEffect(() => void refresh(), [refresh]);

  if (!backups)
    return (
      <section className="card backup-panel" aria-labelledby="backup-title">
        <h2 id="backup-title">Sao lưu</h2>
        <p className="muted">Trên trình duyệt, hãy bấm “Sao lưu toàn bộ” ở trên để tải về một tệp .tkt chứa mọi cuộc kiểm tra; nhập tệp đó để khôi phục.</p>
      </section>
    );

  const restore = async (b: BackupInfo) => {
    setError(null);
    try {
      enqueue([{ name: b.name, data: await backups.read(b.name) }]);
    } catch (e) {
      setError(`Không đọc được bản sao lưu “${b.name}”: ${e instanceof Error ? e.message : String(e)}.`);
    }
  };

  return (
    <section className="card backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">Bản sao lưu tự động</h2>
      <p className="muted">Ứng dụng tự sao lưu vài phút một lần khi có thay đổi và khi đóng, giữ 10 bản gần nhất. Khôi phục chỉ thêm những gì còn thiếu, không xóa gì.</p>
      <PortableNotice />
      {list === null && !error && <p aria-busy="true">Đang tải…</p>}
      {list?.length === 0 && <p>Chưa có bản sao lưu nào.</p>}
      {list && list.length > 0 && (
        <ul className="backup-list">
          {list.map((b) => (
            <li key={b.name}>
              <span>
                {formatDateTime(b.mtime)} · {formatBytes(b.size)}
              </span>
              <button type="button" onClick={() => void restore(b)} aria-label={`Khôi phục bản sao lưu lúc ${formatDateTime(b.mtime)}`}>
                Khôi phục
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
      <BackupEncryptionForm />
    </section>
  );
}
