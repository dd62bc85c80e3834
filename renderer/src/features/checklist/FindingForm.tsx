import { useState, type FormEvent } from 'react';
import { FindingSchema, type FindingValues } from '../../../../shared/domain/schemas';
import { TextAreaField } from '../../components/TextAreaField';
import { newId, type InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  sectionId: string;
  kind: FindingValues['kind'];
  recordId?: string;
  initial?: Partial<FindingValues>;
  onDone: () => void;
}

/** Add or edit a strength, or a shortcoming with its cause. */
export function FindingForm({ repo, unitId, sectionId, kind, recordId, initial, onDone }: Props) {
  const [text, setText] = useState(initial?.text ?? '');
  const [cause, setCause] = useState(initial?.cause ?? '');
  const [errors, setErrors] = useState<Partial<Record<keyof FindingValues, string>>>({});
  const label = kind === 'strength' ? 'Nội dung ưu điểm' : 'Nội dung tồn tại, hạn chế';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = FindingSchema.safeParse({ sectionId, kind, text, cause: kind === 'shortcoming' ? cause : undefined });
    if (!r.success) {
      const found: typeof errors = {};
      for (const i of r.error.issues) found[i.path[0] as keyof FindingValues] ??= i.message;
      setErrors(found);
      return;
    }
    setErrors({});
    const ok = await trackSave(() => repo.setFields('finding', recordId ?? newId(), unitId, { ...r.data, text: r.data.text.trim() }));
    if (ok !== undefined) onDone();
  };

  return (
    <form className="finding-form" onSubmit={submit} aria-label={`${recordId ? 'Sửa' : 'Thêm'} ${kind === 'strength' ? 'ưu điểm' : 'tồn tại, hạn chế'}`}>
      <TextAreaField label={label} rows={2} value={text} error={errors.text} onChange={(e) => setText(e.target.value)} />
      {kind === 'shortcoming' && <TextAreaField label="Nguyên nhân" rows={2} value={cause} error={errors.cause} onChange={(e) => setCause(e.target.value)} />}
      <div className="form-buttons">
        <button type="submit" className="primary small">
          Lưu
        </button>
        <button type="button" className="small" onClick={onDone}>
          Hủy
        </button>
      </div>
    </form>
  );
}
