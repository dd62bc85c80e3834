import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { DOC_REF_EXAMPLE } from '../../../../shared/checklist/docRef';
import { formatDate } from '../../../../shared/domain/format';
import { FOLLOW_UP_STATUSES, FOLLOW_UP_STATUS_LABELS } from '../../../../shared/domain/schemas';
import type { FollowUpItem } from '../../../../shared/followup/views';
import { FieldError } from '../../components/FieldError';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';
import { followUpFormSchema, formValuesOf, recordValuesOf, type FollowUpFormValues } from './followUpForm';

/** One carried recommendation: what the unit did about it, what shows it, and a note. */
export function FollowUpForm({ repo, item, n }: { repo: InspectionRepo; item: FollowUpItem; n: number }) {
  const id = useId();
  const { register, handleSubmit, formState, reset } = useForm<FollowUpFormValues>({
    resolver: zodResolver(followUpFormSchema),
    defaultValues: formValuesOf(item.values),
  });
  const submit = handleSubmit(async (values) => {
    const ok = await trackSave(() => repo.setFields('followUp', item.id, item.unitId, recordValuesOf(values)));
    if (ok !== undefined) reset(values);
  });
  const deadline = item.values.deadline ? formatDate(item.values.deadline) : '';
  return (
    <article className="follow-up card" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="follow-up-text">
        Kiến nghị {n}: {item.values.text}
      </h3>
      <p className="muted">
        {[item.values.toUnit && `Đơn vị thực hiện: ${item.values.toUnit}`, deadline && `thời hạn ${deadline}`, item.values.source && `theo ${item.values.source}`].filter(Boolean).join('; ')}
      </p>
      <form aria-label={`Kết quả thực hiện kiến nghị ${n}`} onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="verdict" aria-describedby={formState.errors.status ? `${id}-status-error` : undefined}>
          <legend>Kết quả thực hiện</legend>
          {FOLLOW_UP_STATUSES.map((s) => (
            <label key={s} className="inline">
              <input type="radio" value={s} {...register('status')} /> {FOLLOW_UP_STATUS_LABELS[s]}
            </label>
          ))}
          <FieldError id={`${id}-status-error`} message={formState.errors.status?.message} />
        </fieldset>
        <TextAreaField label="Minh chứng" rows={2} hint="Việc đã làm, số liệu…" error={formState.errors.evidence?.message} {...register('evidence')} />
        <TextField label="Văn bản minh chứng (số, ngày, trích yếu)" hint={`Nếu có, gõ một lần, ví dụ: ${DOC_REF_EXAMPLE}`} autoComplete="off" className="wide" error={formState.errors.reference?.message} {...register('reference')} />
        <TextAreaField label="Ghi chú" rows={2} error={formState.errors.note?.message} {...register('note')} />
        <div className="form-buttons">
          <button type="submit" className="primary small" disabled={!formState.isDirty}>
            Lưu kết quả
          </button>
          {!formState.isDirty && item.values.status && <span className="muted">Đã lưu: {FOLLOW_UP_STATUS_LABELS[item.values.status]}</span>}
        </div>
      </form>
    </article>
  );
}
