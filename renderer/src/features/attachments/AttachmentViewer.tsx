import { useEffect, useId, useRef } from 'react';
import { attachmentKind } from '../../../../shared/checklist/attachments';
import type { AttachmentValues } from '../../../../shared/domain/schemas';
import { formatBytes } from '../../../../shared/exchange/errors';
import type { FileRow } from '../../db/schema';
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
  const url = useObjectUrl(file.data, values.type || 'application/octet-stream');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const size = [formatBytes(file.size), values.width && values.height ? `${values.width} × ${values.height} điểm ảnh` : ''].filter(Boolean).join(' · ');
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
      {kind === 'image' && url && <img src={url} alt={name} className="attachment-large" />}
      {kind === 'pdf' && <p>Tệp PDF mở trong cửa sổ riêng của trình xem PDF.</p>}
      <div className="form-buttons">
        {kind === 'pdf' && url && (
          <a className="button primary" href={url} target="_blank" rel="noopener noreferrer">
            Mở tệp PDF
          </a>
        )}
        {url && (
          <a className="button" href={url} download={name}>
            Lưu tệp về máy
          </a>
        )}
        <button type="button" onClick={onClose} autoFocus>
          Đóng
        </button>
      </div>
    </dialog>
  );
}
