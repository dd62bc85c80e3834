import type { CarryResult } from '../../../../shared/followup/carry';

/** What carrying did, in one Vietnamese sentence. */
export function carryMessage(r: CarryResult): string {
  if (r.none) return 'Cuộc kiểm tra trước không có kiến nghị nào để mang sang.';
  if (r.carried === 0) return `Các kiến nghị này đã được mang sang trước đó (${r.skipped} kiến nghị); không có gì thay đổi.`;
  const waiting = r.unmatched ? ` ${r.unmatched} kiến nghị chưa khớp với đơn vị nào: hãy chọn đơn vị ở danh sách bên dưới.` : '';
  const before = r.skipped ? ` ${r.skipped} kiến nghị đã có từ trước.` : '';
  return `Đã mang sang ${r.carried} kiến nghị của kỳ trước.${waiting}${before}`;
}
