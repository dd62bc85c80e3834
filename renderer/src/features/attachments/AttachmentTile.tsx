import { useEffect, useState } from 'react';
import { attachmentKind } from '../../../../shared/checklist/attachments';
import type { AttachmentValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import { addThumb, imagePolicy } from '../../db/files';
import { useFileRow } from '../../db/hooks';
import type { InspectionRepo } from '../../db/inspections';
import { AttachmentViewer } from './AttachmentViewer';
import { prepareImage } from './prepareImage';
import { useObjectUrl } from './useObjectUrl';

interface Props {
  repo: InspectionRepo;
  attachment: WithMeta<AttachmentValues>;
  who: string;
  onRemove: () => void;
}

/** One attached file in the grid: its thumbnail (made here once for files received without one), a click opens it. */
export function AttachmentTile({ repo, attachment, who, onRemove }: Props) {
  const v = attachment.values;
  const name = v.name ?? 'tệp đính kèm';
  const kind = attachmentKind(v.type ?? '', name);
  const file = useFileRow(v.sha256 ?? '');
  const [open, setOpen] = useState(false);
  const thumbUrl = useObjectUrl(file?.thumb, 'image/jpeg');
  const needsThumb = kind === 'image' && !!file && !file.thumb;
  useEffect(() => {
    if (!needsThumb || !file) return;
    let live = true;
    void (async () => {
      const made = await prepareImage({ bytes: file.data, type: v.type ?? 'image/jpeg', policy: await imagePolicy(repo.db), keepOriginal: true });
      if (live && made.thumb) await addThumb(repo.db, file.sha256, made.thumb);
    })();
    return () => {
      live = false;
    };
  }, [needsThumb, file, repo, v.type]);

  return (
    <li className="attachment-tile">
      <button type="button" className="attachment-open" aria-label={`Xem ${name}`} disabled={!file} onClick={() => setOpen(true)}>
        {thumbUrl ? <img src={thumbUrl} alt="" /> : <span className="attachment-icon">{kind === 'pdf' ? 'PDF' : 'Ảnh'}</span>}
        <span className="attachment-name">{name}</span>
        {file === null && <span className="attachment-missing">Chưa có tệp trên máy này</span>}
      </button>
      <button type="button" className="small danger" aria-label={`Gỡ tệp ${name}`} onClick={onRemove}>
        Gỡ
      </button>
      {open && file && <AttachmentViewer values={v} file={file} who={who} onClose={() => setOpen(false)} />}
    </li>
  );
}
