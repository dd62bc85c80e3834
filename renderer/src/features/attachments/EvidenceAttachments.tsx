import './attachments.css';
import { useId, useRef, useState, type DragEvent } from 'react';
import { ATTACHMENT_ACCEPT } from '../../../../shared/checklist/attachments';
import type { AttachmentValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { InspectionRepo } from '../../db/inspections';
import { provenanceText, type MemberNames } from '../checklist/memberNames';
import { useRemoveWithUndo } from '../checklist/useRemoveWithUndo';
import { AttachmentTile } from './AttachmentTile';
import { useAttachFiles } from './useAttachFiles';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  itemId: string;
  evidenceId: string;
  /** The entry's title, for the labels ("Kế hoạch số 14/KH-SKHCN"). */
  title: string;
  attachments: WithMeta<AttachmentValues>[];
  names: MemberNames;
}

/**
 * Photos, scans and PDFs of one evidence entry: a thumbnail grid, and three
 * ways to add (choose files, drop them here, take a photo with the laptop's
 * camera). Removing one is an edit, undone from "Đã xóa · Hoàn tác".
 */
export function EvidenceAttachments({ repo, unitId, itemId, evidenceId, title, attachments, names }: Props) {
  const id = useId();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [over, setOver] = useState(false);
  const pick = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);
  const { attach, busy, problems } = useAttachFiles({ repo, unitId, itemId, evidenceId });
  const remove = useRemoveWithUndo(repo);

  const take = (list: FileList | null) => {
    const files = list ? [...list] : [];
    void attach(files, keepOriginal);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    <div
      className={over ? 'attachments drop-over' : 'attachments'}
      role="group"
      aria-label={`Tệp đính kèm của ${title}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      {attachments.length > 0 && (
        <ul className="attachment-grid" aria-label={`Ảnh, tài liệu đính kèm của ${title}`}>
          {attachments.map((a) => (
            <AttachmentTile
              key={a.id}
              repo={repo}
              attachment={a}
              who={provenanceText(a.record, names)}
              onRemove={() => void remove('attachment', a.id, unitId, `tệp đính kèm “${a.values.name ?? ''}”`)}
            />
          ))}
        </ul>
      )}
      <div className="attachment-actions">
        <button type="button" className="small" disabled={!!busy} onClick={() => pick.current?.click()}>
          Đính kèm ảnh, PDF…
        </button>
        <button type="button" className="small" disabled={!!busy} onClick={() => camera.current?.click()}>
          Chụp ảnh
        </button>
        <label className="inline-check">
          <input type="checkbox" checked={keepOriginal} onChange={(e) => setKeepOriginal(e.target.checked)} /> Giữ bản gốc
        </label>
        <span className="muted">{busy ?? 'hoặc kéo thả tệp vào đây'}</span>
        <input
          ref={pick}
          id={`${id}-pick`}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          hidden
          aria-label={`Chọn tệp đính kèm cho ${title}`}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
        <input
          ref={camera}
          type="file"
          accept="image/*"
          capture="environment"
          hidden
          aria-label={`Chụp ảnh cho ${title}`}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {problems.length > 0 && (
        <div role="alert" className="attachment-problems">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
    </div>
  );
}
