import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { confirmsName, impactLines, type InspectionImpact } from '../../../../shared/inspections/lifecycle';
import { TextField } from '../../components/TextField';
import { deleteInspection, deletionImpact } from '../../db/lifecycle';
import { useStorage } from '../../db/StorageContext';

interface Props {
  id: string;
  title: string;
  onClose: (deleted: boolean) => void;
}

/**
 * Deleting removes an inspection from this laptop for good, so the dialog
 * says what will go, points to archiving instead, and asks for the name.
 */
export function DeleteInspectionDialog({ id, title, onClose }: Props) {
  const { db } = useStorage();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [impact, setImpact] = useState<InspectionImpact>();
  const [failure, setFailure] = useState<string>();
  const schema = useMemo(
    () => z.object({ name: z.string().refine((v) => confirmsName(v, title), `Tên chưa khớp. Hãy gõ đúng tên cuộc kiểm tra: “${title}”.`) }),
    [title],
  );
  const { register, handleSubmit, formState } = useForm<{ name: string }>({ resolver: zodResolver(schema), defaultValues: { name: '' } });

  useEffect(() => {
    ref.current?.showModal();
    let live = true;
    void deletionImpact(db, id).then((i) => live && setImpact(i));
    return () => {
      live = false;
    };
  }, [db, id]);

  const submit = handleSubmit(async () => {
    try {
      await deleteInspection(db, id);
      onClose(true);
    } catch {
      setFailure('Chưa xóa được: máy không ghi được vào bộ nhớ. Cuộc kiểm tra vẫn còn nguyên; hãy thử lại.');
    }
  });

  return (
    <dialog
      ref={ref}
      className="inspection-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={titleId}>Xóa cuộc kiểm tra “{title}”?</h2>
      <p>Việc xóa không hoàn tác được. Trên máy này sẽ mất:</p>
      {impact ? (
        <ul aria-label="Dữ liệu sẽ bị xóa">
          {impactLines(impact).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : (
        <p aria-busy="true">Đang đếm dữ liệu…</p>
      )}
      <p className="muted">
        Chỉ muốn cất đi cho gọn danh sách thì bấm “Hủy” rồi chọn “Lưu trữ”: cuộc kiểm tra lưu trữ khôi phục được bất cứ lúc nào. Các tệp đã xuất, đã gửi cho thành viên
        hoặc đã sao lưu không bị ảnh hưởng.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField label="Gõ tên cuộc kiểm tra để xác nhận" autoComplete="off" error={formState.errors.name?.message} {...register('name')} />
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="danger" disabled={formState.isSubmitting}>
            Xóa vĩnh viễn
          </button>
          <button type="button" onClick={() => onClose(false)} autoFocus>
            Hủy
          </button>
        </div>
      </form>
    </dialog>
  );
}
