/**
 * The follow-up form's values and their check: the result picked from three,
 * the evidence in words, optionally one document typed as reports write it
 * (the checklist's document reference), and a note. Messages in Vietnamese.
 */
import { z } from 'zod';
import { formatDocReference, parseDocRef } from '../../../../shared/checklist/docRef';
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type FollowUpValues } from '../../../../shared/domain/schemas';

export interface FollowUpFormValues {
  status: FollowUpStatus | '';
  evidence: string;
  reference: string;
  note: string;
}

export const followUpFormSchema = z.object({
  status: z.union([z.enum(FOLLOW_UP_STATUSES), z.literal('')]).refine((s) => s !== '', 'Hãy chọn kết quả thực hiện: đã, đang hoặc chưa thực hiện.'),
  evidence: z.string().max(5000, 'Minh chứng quá dài (tối đa 5.000 ký tự).'),
  reference: z.string().superRefine((v, ctx) => {
    if (!v.trim()) return;
    const r = parseDocRef(v, 'khac');
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  }),
  note: z.string().max(5000, 'Ghi chú quá dài (tối đa 5.000 ký tự).'),
});

export function formValuesOf(v: Partial<FollowUpValues>): FollowUpFormValues {
  return {
    status: v.status ?? '',
    evidence: v.evidence ?? '',
    reference: v.evidenceDoc ? formatDocReference({ ...v.evidenceDoc, summary: v.evidenceDoc.summary ?? '' }) : '',
    note: v.note ?? '',
  };
}

/** The record's fields from checked form values; an emptied document reference is cleared. */
export function recordValuesOf(f: FollowUpFormValues): Pick<FollowUpValues, 'status' | 'evidence' | 'evidenceDoc' | 'note'> {
  const parsed = f.reference.trim() ? parseDocRef(f.reference, 'khac') : undefined;
  return {
    status: f.status || null,
    evidence: f.evidence.trim(),
    evidenceDoc: parsed?.ok ? parsed.ref : null,
    note: f.note.trim(),
  };
}
