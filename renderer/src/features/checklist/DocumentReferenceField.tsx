import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { DOC_REF_EXAMPLE, formatDocReference, parseDocRef } from '../../../../shared/checklist/docRef';
import { DOC_TYPE_LABELS, type DocType } from '../../../../shared/domain/schemas';
import { TextField } from '../../components/TextField';
import { newId, type InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  itemId: string;
  /** The type the criterion asks for ("Kế hoạch … (số, ngày)"). */
  docType: DocType;
}

/**
 * The criterion's document typed once, as it is written in reports
 * ("Kế hoạch số 14/KH-SKHCN ngày 05/8/2025 về …"): read into loại, số, ngày
 * and trích yếu, and recorded as the item's evidence entry.
 */
export function DocumentReferenceField({ repo, unitId, itemId, docType }: Props) {
  const schema = useMemo(
    () =>
      z.object({
        reference: z.string().superRefine((v, ctx) => {
          const r = parseDocRef(v, docType);
          if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
        }),
      }),
    [docType],
  );
  const { register, handleSubmit, formState, control, reset } = useForm<{ reference: string }>({ resolver: zodResolver(schema), defaultValues: { reference: '' } });
  const typed = useWatch({ control, name: 'reference' });
  const preview = typed.trim() ? parseDocRef(typed, docType) : undefined;

  const submit = handleSubmit(async ({ reference }) => {
    const r = parseDocRef(reference, docType);
    if (!r.ok) return;
    const { summary, ...ref } = r.ref;
    const ok = await trackSave(() => repo.setFields('evidence', newId(), unitId, { itemId, ...ref, summary }));
    if (ok !== undefined) reset({ reference: '' });
  });

  return (
    <form className="document-reference" aria-label={`Ghi ${DOC_TYPE_LABELS[docType].toLowerCase()} (số, ngày)`} onSubmit={(e) => void submit(e)} noValidate>
      <TextField
        label={`${DOC_TYPE_LABELS[docType]} (số, ngày, trích yếu)`}
        hint={`Gõ một lần, ví dụ: ${DOC_REF_EXAMPLE}`}
        autoComplete="off"
        className="wide"
        error={formState.errors.reference?.message}
        {...register('reference')}
      />
      {preview?.ok && (
        <p className="muted doc-preview" aria-live="polite">
          Sẽ ghi vào minh chứng: {formatDocReference(preview.ref)}
        </p>
      )}
      <button type="submit" className="small">
        Ghi văn bản
      </button>
    </form>
  );
}
