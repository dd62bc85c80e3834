import { useEffect, useId, useRef, useState } from 'react';
import { ATTACHMENT_KIND_LABELS, attachmentKind, safeSaveName, saveExtension } from '../../../../shared/checklist/attachments';
import type { AttachmentValues } from '../../../../shared/domain/schemas';
import { formatBytes } from '../../../../shared/exchange/errors';
import { formatNumber } from '../../../../shared/domain/format';
import type { FileRow } from '../../db/schema';
import { platform } from '../../platform';
import { useObjectUrl } from './useObjectUrl';

interface Props {
  values: Partial<AttachmentValues>;
  file: FileRow;
  who: string;
  onClose: () => void;
}

/** One attached file, larger: the photo itself, or a PDF opened from its own object URL; either can be saved. */
export function AttachmentViewer({ values, file, who, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const name = values.name ?? 'tệp đính kèm';
  const kind = attachmentKind(values.type ?? '', name);
  // Only photos and browser PDFs need a URL; the desktop app saves from the bytes.
  const url = useObjectUrl(kind === 'image' || platform.kind === 'browser' ? file.data : undefined, values.type || 'application/octet-stream');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const save = async () => {
    setSaveProblem(null);
    try {
      await platform.saveFile(safeSaveName(name, kind), file.data, [{ name: kind ? ATTACHMENT_KIND_LABELS[kind] : 'Tệp', extensions: [saveExtension(name, kind)] }]);
    } catch {
      setSaveProblem(`Chưa lưu được “${name}”. Hãy chọn thư mục khác rồi thử lại.`);
    }
  };
  // The desktop app opens no second window (electron/main/security.ts): there a PDF is saved, then opened with the laptop's PDF reader.
  const canOpenPdf = platform.kind === 'browser';
  const size = [formatBytes(file.size), values.width && values.height ? `${formatNumber(values.width)} × ${formatNumber(values.height)} điểm ảnh` : ''].filter(Boolean).join(' · ');
  return (
    <dialog
      ref={ref}
      className="attachment-viewer"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{name}</h2>
      <p className="muted">
        {size} · {who}
      </p>
      {/* A photo this laptop could not decode when it was attached (HEIC on most builds) has no size recorded. */}
      {kind === 'image' && url && values.width && <img src={url} alt={name} className="attachment-large" />}
      {kind === 'image' && !values.width && <p>Máy này không hiển thị được định dạng ảnh này. Hãy lưu tệp về máy rồi mở bằng ứng dụng xem ảnh.</p>}
      {kind === 'pdf' && <p>{canOpenPdf ? 'Tệp PDF mở trong thẻ mới của trình duyệt.' : 'Hãy lưu tệp về máy rồi mở bằng trình xem PDF của máy.'}</p>}
      {saveProblem && <p role="alert">{saveProblem}</p>}
      <div className="form-buttons">
        {kind === 'pdf' && canOpenPdf && url && (
          <a className="button primary" href={url} target="_blank" rel="noopener noreferrer">
            Mở tệp PDF
          </a>
        )}
        <button type="button" onClick={() => void save()}>
          Lưu tệp về máy
        </button>
        <button type="button" onClick={onClose} autoFocus>
          Đóng
        </button>
      </div>
    </dialog>
  );
}
