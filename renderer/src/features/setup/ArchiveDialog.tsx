import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { confirmsName } from '../../../../shared/inspections/lifecycle';
import { impactSentence, type ArchivableKind } from '../../../../shared/setup/archive';
import { TextField } from '../../components/TextField';
import { archiveImpact, setRecordArchived } from '../../db/archive';
import { useStorage } from '../../db/StorageContext';

interface Props {
  inspectionId: string;
  kind: ArchivableKind;
  recordId: string;
  name: string;
  onClose: (archived: boolean) => void;
}

const WORDS: Record<ArchivableKind, { noun: string; gone: string }> = {
  unit: { noun: 'đơn vị', gone: 'Đơn vị sẽ không còn hiện ở phiếu kiểm tra, trang tổng hợp và báo cáo' },
  member: { noun: 'thành viên', gone: 'Thành viên sẽ không còn hiện trong đoàn, phân công và báo cáo' },
};

/**
 * Deleting a unit or member from the set-up: says what it carries, asks for
 * its name, then archives it (nothing it holds is removed; "Đã lưu trữ" below
 * the form brings it back). Rendered outside the set-up form: a form may not
 * hold another.
 */
export function ArchiveDialog({ inspectionId, kind, recordId, name, onClose }: Props) {
  const { db, store } = useStorage();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [impact, setImpact] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const w = WORDS[kind];
  const schema = useMemo(
    () => z.object({ name: z.string().refine((v) => confirmsName(v, name), `Tên chưa khớp. Hãy gõ đúng tên ${w.noun}: “${name}”.`) }),
    [name, w.noun],
  );
  const { register, handleSubmit, formState } = useForm<{ name: string }>({ resolver: zodResolver(schema), defaultValues: { name: '' } });

  useEffect(() => {
    ref.current?.showModal();
    let live = true;
    void archiveImpact(db, inspectionId, kind, recordId).then((i) => live && setImpact(impactSentence(kind, i)));
    return () => {
      live = false;
    };
  }, [db, inspectionId, kind, recordId]);

  const submit = handleSubmit(async () => {
    try {
      await setRecordArchived(db, store, inspectionId, kind, recordId, true);
      onClose(true);
    } catch {
      setFailure(`Chưa xóa được: máy không ghi được vào bộ nhớ. ${kind === 'unit' ? 'Đơn vị' : 'Thành viên'} vẫn còn nguyên; hãy thử lại.`);
    }
  });

  return createPortal(
    <dialog
      ref={ref}
      className="archive-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={titleId}>
        Xóa {w.noun} “{name}”?
      </h2>
      {impact ? <p role="note">{impact}</p> : <p aria-busy="true">Đang đếm dữ liệu…</p>}
      <p className="muted">
        {w.gone}, nhưng mọi kết quả, minh chứng và nhận xét đã ghi vẫn được giữ nguyên. {kind === 'unit' ? 'Đơn vị' : 'Thành viên'} được chuyển vào mục
        “Đã lưu trữ” cuối trang Thiết lập và khôi phục được bất cứ lúc nào.
      </p>
      <form
        onSubmit={(e) => {
          // React passes events up through the portal: without this, the set-up form around it would be submitted (and saved) too.
          e.stopPropagation();
          void submit(e);
        }}
        noValidate
      >
        <TextField label={`Gõ tên ${w.noun} để xác nhận`} autoComplete="off" error={formState.errors.name?.message} {...register('name')} />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="danger" disabled={formState.isSubmitting}>
            Xóa {w.noun}
          </button>
          <button type="button" onClick={() => onClose(false)} autoFocus>
            Hủy
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
