import type { InspectionSummary } from '../../db/summaries';

/** The name the list shows, and the one a person types to confirm deleting it. */
export function titleOf(s: InspectionSummary): string {
  return s.values.title?.trim() || [s.values.teamName, s.values.governingBody].filter(Boolean).join(' — ') || 'Cuộc kiểm tra chưa đặt tên';
}
