import { useId, useState } from 'react';
import type { PackageKind } from '../../../../shared/exchange';
import { buildExport, TKT_FILTERS } from '../../db/exchange';
import { useStorage } from '../../db/StorageContext';
import { prepareSentMark } from '../../db/unsent';
import { noteFilesSent } from '../../db/files';
import { platform } from '../../platform';
import { formatNumber } from '../../../../shared/domain/format';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/exchange';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';
import { storageErrorMessage } from '../../db/errors';

const ACTIONS: { kind: PackageKind; label: string; hint: string }[] = [
  { kind: 'setup', label: 'Xuất gói thiết lập cho thành viên', hint: 'Cuộc kiểm tra, đơn vị, thành viên và phân công: gửi cho từng thành viên để bắt đầu.' },
  { kind: 'results', label: 'Xuất kết quả của tôi', hint: 'Những gì bạn đã nhập: gửi cho trưởng đoàn.' },
  { kind: 'merged', label: 'Xuất dữ liệu đã tổng hợp', hint: 'Toàn bộ dữ liệu của cả đoàn trên máy này: gửi lại cho các thành viên.' },
  { kind: 'backup', label: 'Sao lưu toàn bộ', hint: 'Mọi cuộc kiểm tra trên máy này, để cất giữ hoặc chuyển sang máy khác.' },
];

function filesText(files: { sent: string[] } | undefined): string {
  return files && files.sent.length > 0 ? `, ${formatNumber(files.sent.length)} tệp đính kèm` : '';
}

function waitingText(files: { waiting: number } | undefined): string {
  return files && files.waiting > 0
    ? ` Còn ${formatNumber(files.waiting)} tệp đính kèm chưa gửi vì tệp xuất đã đủ dung lượng cho phép: hãy bấm xuất thêm một lần nữa.`
    : '';
}

/** Records an earlier version received without their author's signature cannot be passed on as that author's. */
function leftOutText(n: number): string {
  return n > 0
    ? ` ${formatNumber(n)} bản ghi nhận từ tệp của phiên bản cũ không kèm theo, vì không có chữ ký của chính người viết; người viết hãy xuất lại bằng phiên bản này.`
    : '';
}

/** The four exports, with an optional team passphrase that encrypts the file. */
export function ExportPanel({ inspectionId }: { inspectionId: string }) {
  const { db, store } = useStorage();
  const passId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<PackageKind | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (kind: PackageKind) => {
    setBusy(kind);
    setMessage(null);
    try {
      const markSent = kind === 'results' ? await prepareSentMark(db, inspectionId) : undefined;
      const r = await buildExport(db, store, kind, kind === 'backup' ? undefined : inspectionId, { passphrase });
      if (!r.ok) {
        setMessage({ ok: false, text: r.message });
        return;
      }
      const saved = await platform.saveFile(r.fileName, r.data, TKT_FILTERS);
      if (saved) await markSent?.();
      if (saved && kind === 'results' && r.files) await noteFilesSent(db, inspectionId, r.files.sent);
      if (saved)
        setMessage({
          ok: true,
          text: `Đã xuất tệp “${r.fileName}” (${formatNumber(r.editCount)} bản ghi${filesText(r.files)}${passphrase ? ', có mật khẩu' : ''}).${waitingText(r.files)}${leftOutText(r.leftOut)}`,
        });
    } catch (e) {
      setMessage({ ok: false, text: `Không xuất được tệp. ${storageErrorMessage(e)}` });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card export-panel" aria-labelledby={`${passId}-title`}>
      <h2 id={`${passId}-title`}>Xuất dữ liệu</h2>
      <div className="field">
        <label htmlFor={passId}>Mật khẩu của đoàn (không bắt buộc)</label>
        <input
          id={passId}
          type="password"
          autoComplete="off"
          value={passphrase}
          aria-describedby={`${passId}-hint ${passId}-strength`}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        <small id={`${passId}-hint`} className="muted">
          Có mật khẩu (ít nhất {MIN_PASSPHRASE_LENGTH} ký tự) thì cả tệp được mã hóa, kể cả tên người gửi và tên cuộc kiểm tra: mất USB cũng không lộ nội dung.
          Người nhận cần đúng mật khẩu này để mở.
        </small>
        <PassphraseStrengthMeter id={`${passId}-strength`} passphrase={passphrase} />
      </div>
      <ul className="export-actions">
        {ACTIONS.map((a) => (
          <li key={a.kind}>
            <button type="button" className={a.kind === 'backup' ? undefined : 'primary'} disabled={busy !== null} onClick={() => void run(a.kind)}>
              {a.label}
            </button>
            <span className="muted">{busy === a.kind ? 'Đang tạo tệp…' : a.hint}</span>
          </li>
        ))}
      </ul>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
