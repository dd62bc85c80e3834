/** The report's own fields (số, ngày ký, or blank for the clerk): form values, checks and the stored shape. */
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { parseVnDate, toInputDate } from '../../../../shared/domain/format';
import type { InspectionValues } from '../../../../shared/domain/schemas';

export interface ClerkForm {
  reportNumber: string;
  reportDate: string;
  blankForClerk: boolean;
}

export const ClerkSchema = z.object({
  reportNumber: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/, 'Số báo cáo chỉ gồm chữ số (ví dụ 125); ký hiệu như “BC-ĐKT” được thêm tự động.'),
  reportDate: z
    .string()
    .trim()
    .refine((t) => t === '' || parseVnDate(t) !== undefined, 'Ngày ký không đúng. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025.'),
  blankForClerk: z.boolean(),
});

export const clerkResolver = zodResolver(ClerkSchema);

export function clerkDefaults(v: Partial<InspectionValues> | undefined): ClerkForm {
  return { reportNumber: v?.reportNumber ?? '', reportDate: toInputDate(v?.reportDate), blankForClerk: v?.blankForClerk ?? false };
}

/** What storage writes: the date as ISO, '' when not given. */
export function clerkValues(f: ClerkForm): { reportNumber: string; reportDate: string; blankForClerk: boolean } {
  return { reportNumber: f.reportNumber.trim(), reportDate: f.reportDate.trim() ? (parseVnDate(f.reportDate) ?? '') : '', blankForClerk: f.blankForClerk };
}
