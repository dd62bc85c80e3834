import { useState, type FormEvent } from 'react';
import { parseVnDate, toInputDate } from '../../../../shared/domain/format';
import { RecommendationSchema, type RecommendationValues } from '../../../../shared/domain/schemas';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { newId, type InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  sectionId: string;
  defaultToUnit: string;
  recordId?: string;
  initial?: Partial<RecommendationValues>;
  onDone: () => void;
}

/** Add or edit a recommendation: to which unit, what, by when. */
export function RecommendationForm({ repo, unitId, sectionId, defaultToUnit, recordId, initial, onDone }: Props) {
  const [toUnit, setToUnit] = useState(initial?.toUnit ?? defaultToUnit);
  const [text, setText] = useState(initial?.text ?? '');
  const [deadline, setDeadline] = useState(toInputDate(initial?.deadline));
  const [errors, setErrors] = useState<Partial<Record<keyof RecommendationValues, string>>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = RecommendationSchema.safeParse({ sectionId, toUnit, text, deadline: deadline.trim() ? (parseVnDate(deadline) ?? deadline.trim()) : '' });
    if (!r.success) {
      const found: typeof errors = {};
      for (const i of r.error.issues) found[i.path[0] as keyof RecommendationValues] ??= i.message;
      setErrors(found);
      return;
    }
    setErrors({});
    const ok = await trackSave(() => repo.setFields('recommendation', recordId ?? newId(), unitId, { ...r.data, toUnit: r.data.toUnit.trim(), text: r.data.text.trim() }));
    if (ok !== undefined) onDone();
  };

  return (
    <form className="recommendation-form" onSubmit={submit} aria-label={recordId ? 'Sửa kiến nghị' : 'Kiến nghị mới'}>
      <TextField label="Đơn vị thực hiện" value={toUnit} error={errors.toUnit} onChange={(e) => setToUnit(e.target.value)} />
      <TextAreaField label="Nội dung kiến nghị" rows={2} value={text} error={errors.text} onChange={(e) => setText(e.target.value)} />
      <TextField label="Thời hạn" hint="ngày/tháng/năm, để trống nếu không có" inputMode="numeric" value={deadline} error={errors.deadline} onChange={(e) => setDeadline(e.target.value)} />
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
