import { useState, type FormEvent } from 'react';
import { parseVnDate, toInputDate } from '../../../../shared/domain/format';
import { DOC_TYPES, DOC_TYPE_LABELS, EvidenceSchema, type DocType, type EvidenceValues } from '../../../../shared/domain/schemas';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import { newId, type InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  itemId: string;
  recordId?: string;
  initial?: Partial<EvidenceValues>;
  onDone: () => void;
}

type Errors = Partial<Record<keyof EvidenceValues, string>>;

/** Add or edit one evidence document; checked with EvidenceSchema, nothing written while invalid. */
export function EvidenceForm({ repo, unitId, itemId, recordId, initial, onDone }: Props) {
  const [docType, setDocType] = useState<DocType>(initial?.docType ?? 'KH');
  const [number, setNumber] = useState(initial?.number ?? '');
  const [date, setDate] = useState(toInputDate(initial?.date));
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [seenAt, setSeenAt] = useState(initial?.seenAt ?? '');
  const [errors, setErrors] = useState<Errors>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const values = { itemId, docType, number, date: date.trim() ? (parseVnDate(date) ?? date.trim()) : '', summary, seenAt };
    const r = EvidenceSchema.safeParse(values);
    if (!r.success) {
      const found: Errors = {};
      for (const i of r.error.issues) {
        const f = i.path[0] as keyof EvidenceValues;
        found[f] ??= i.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    const id = recordId ?? newId();
    const ok = await trackSave(() => repo.setFields('evidence', id, unitId, { ...r.data, number: r.data.number.trim() }));
    if (ok !== undefined) onDone();
  };

  const typeId = `ev-type-${itemId}-${recordId ?? 'new'}`;
  return (
    <form className="evidence-form" onSubmit={submit} aria-label={recordId ? 'Sửa minh chứng' : 'Thêm minh chứng'}>
      <div className="field">
        <label htmlFor={typeId}>Loại văn bản</label>
        <select id={typeId} value={docType} onChange={(e) => setDocType(e.target.value as DocType)}>
          {DOC_TYPES.map((t) => (
            <option key={t} value={t}>
              {DOC_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <FieldError message={errors.docType} />
      </div>
      <TextField label="Số, ký hiệu" hint="ví dụ 14/KH-SKHCN" value={number} error={errors.number} onChange={(e) => setNumber(e.target.value)} />
      <TextField label="Ngày" hint="ngày/tháng/năm" inputMode="numeric" value={date} error={errors.date} onChange={(e) => setDate(e.target.value)} />
      <TextField label="Trích yếu" className="wide" value={summary} error={errors.summary} onChange={(e) => setSummary(e.target.value)} />
      <TextField label="Nơi xem" hint="ví dụ hồ sơ lưu tại Văn phòng" value={seenAt} error={errors.seenAt} onChange={(e) => setSeenAt(e.target.value)} />
      <div className="form-buttons">
        <button type="submit" className="primary small">
          Lưu minh chứng
        </button>
        <button type="button" className="small" onClick={onDone}>
          Hủy
        </button>
      </div>
    </form>
  );
}
