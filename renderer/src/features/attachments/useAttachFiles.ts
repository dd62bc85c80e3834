/**
 * Attaching chosen files to one evidence entry: each checked (kind, size),
 * photos prepared in the image worker, the bytes stored once by hash, then
 * one attachment record written as edits, like every other change.
 */
import { useCallback, useState } from 'react';
import { attachmentKind } from '../../../../shared/checklist/attachments';
import { ATTACHMENT_LIMITS } from '../../../../shared/exchange/attachments';
import { formatBytes } from '../../../../shared/exchange/errors';
import { imagePolicy, storeFile } from '../../db/files';
import { newId, type InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';
import { prepareImage } from './prepareImage';

/** A photo bigger than this is not even read: no phone or scanner makes one. */
const MAX_INPUT_BYTES = 80 * 1024 * 1024;

export interface AttachTarget {
  repo: InspectionRepo;
  unitId: string;
  itemId: string;
  evidenceId: string;
}

export function useAttachFiles({ repo, unitId, itemId, evidenceId }: AttachTarget) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const attachOne = useCallback(
    async (file: File, keepOriginal: boolean): Promise<string | undefined> => {
      const kind = attachmentKind(file.type, file.name);
      if (!kind) return `Tệp “${file.name}” không phải ảnh (JPEG, PNG, HEIC) hay tệp PDF nên chưa đính kèm. Hãy chọn ảnh chụp, bản quét hoặc tệp PDF.`;
      const limit = kind === 'pdf' || keepOriginal ? ATTACHMENT_LIMITS.maxFileBytes : MAX_INPUT_BYTES;
      if (file.size > limit)
        return `Tệp “${file.name}” nặng ${formatBytes(file.size)}, vượt giới hạn ${formatBytes(limit)} cho mỗi tệp nên chưa đính kèm.${kind === 'image' ? ' Hãy bỏ chọn “Giữ bản gốc” để ảnh được thu nhỏ.' : ' Hãy quét lại với độ phân giải thấp hơn hoặc tách thành nhiều tệp.'}`;
      const original = new Uint8Array(await file.arrayBuffer());
      const type = file.type || (kind === 'pdf' ? 'application/pdf' : 'image/heic');
      const prepared = kind === 'image' ? await prepareImage({ bytes: original, type, policy: await imagePolicy(repo.db), keepOriginal }) : { bytes: original, type };
      if (prepared.bytes.length > ATTACHMENT_LIMITS.maxFileBytes)
        return `Ảnh “${file.name}” vẫn nặng ${formatBytes(prepared.bytes.length)} sau khi xử lý, vượt giới hạn ${formatBytes(ATTACHMENT_LIMITS.maxFileBytes)} nên chưa đính kèm. Hãy bỏ chọn “Giữ bản gốc”.`;
      const written = await trackSave(async () => {
        const sha256 = await storeFile(repo.db, prepared.bytes, 'thumb' in prepared ? prepared.thumb : undefined);
        return repo.setFields('attachment', newId(), unitId, {
          evidenceId,
          itemId,
          name: file.name.trim().slice(0, 255) || (kind === 'pdf' ? 'tai-lieu.pdf' : 'anh.jpg'),
          type: prepared.type.slice(0, 100),
          size: prepared.bytes.length,
          sha256,
          ...('width' in prepared && prepared.width ? { width: prepared.width, height: prepared.height } : {}),
        });
      });
      return written === undefined ? `Chưa lưu được tệp “${file.name}”. Hãy thử lại.` : undefined;
    },
    [repo, unitId, itemId, evidenceId],
  );

  const attach = useCallback(
    async (files: readonly File[], keepOriginal: boolean) => {
      if (files.length === 0) return;
      const found: string[] = [];
      for (const [i, f] of files.entries()) {
        setBusy(files.length > 1 ? `Đang đính kèm ${i + 1}/${files.length}: ${f.name}…` : `Đang đính kèm ${f.name}…`);
        const problem = await attachOne(f, keepOriginal);
        if (problem) found.push(problem);
      }
      setBusy(null);
      setProblems(found);
    },
    [attachOne],
  );

  return { attach, busy, problems };
}
