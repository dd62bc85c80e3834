import { userMessage } from '../../db/errors';
import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../../../shared/domain/format';
import { formatBytes } from '../../../../shared/exchange';
import { platform } from '../../platform';
import type { BackupInfo } from '../../platform/types';
import { PortableNotice } from '../portable/PortableNotice';
import { TKT_FILTERS } from '../../db/exchange';
import { BackupEncryptionForm } from './BackupEncryptionForm';
import { ReturnToBackup, type BackupFile } from './ReturnToBackup';
import { useExchangeUi } from './exchangeUi';

/**
 * The rolling backups kept by the Electron app. Restoring one is an import
 * (a union of records), so it never loses anything written since. Returning
 * the open inspection to a backup's state writes new edits that set back
 * what changed since (ReturnToBackup).
 */
export function BackupPanel({ inspectionId }: { inspectionId?: string }) {
  const backups = platform.backups;
  const enqueue = useExchangeUi((s) => s.enqueue);
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState<BackupFile | null>(null);

  const returnTo = inspectionId
    ? returning && <ReturnToBackup key={returning.name + returning.data.length} inspectionId={inspectionId} file={returning} onClose={() => setReturning(null)} />
    : null;

  /** The browser keeps no backups of its own: the person picks a downloaded "Sao lưu toàn bộ" file. */
  const pickBackup = async () => {
    setError(null);
    try {
      const [f] = await platform.openFiles(TKT_FILTERS, false);
      if (f) setReturning({ name: f.name, label: `“${f.name}”`, data: f.data });
    } catch {
      /* the dialog was closed: nothing chosen */
    }
  };

  const refresh = useCallback(async () => {
    if (!backups) return;
    try {
      setList((await backups.list()).sort((a, b) => b.mtime - a.mtime));
    } catch (e) {
      setError(`Không đọc được danh sách bản sao lưu: ${userMessage(e)}`);
    }
  }, [backups]);

  useEffect(() => void refresh(), [refresh]);

  if (!backups)
    return (
      <section className="card backup-panel" aria-labelledby="backup-title">
        <h2 id="backup-title">Sao lưu</h2>
        <p className="muted">Trên trình duyệt, hãy bấm “Sao lưu toàn bộ” ở trên để tải về một tệp .tkt chứa mọi cuộc kiểm tra; nhập tệp đó để khôi phục.</p>
        {inspectionId && (
          <button type="button" onClick={() => void pickBackup()}>
            Đưa cuộc kiểm tra về trạng thái của bản sao lưu…
          </button>
        )}
        {returnTo}
        {error && <p role="alert">{error}</p>}
      </section>
    );

  const returnToListed = async (b: BackupInfo) => {
    setError(null);
    try {
      setReturning({ name: b.name, label: `lúc ${formatDateTime(b.mtime)}`, data: await backups.read(b.name) });
    } catch (e) {
      setError(`Không đọc được bản sao lưu “${b.name}”: ${userMessage(e)}`);
    }
  };

  const restore = async (b: BackupInfo) => {
    setError(null);
    try {
      enqueue([{ name: b.name, data: await backups.read(b.name) }]);
    } catch (e) {
      setError(`Không đọc được bản sao lưu “${b.name}”: ${userMessage(e)}`);
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
              {inspectionId && (
                <button
                  type="button"
                  onClick={() => void returnToListed(b)}
                  aria-label={`Đưa cuộc kiểm tra về trạng thái của bản sao lưu lúc ${formatDateTime(b.mtime)}`}
                >
                  Đưa về trạng thái này
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {returnTo}
      {error && <p role="alert">{error}</p>}
      <BackupEncryptionForm />
    </section>
  );
}
