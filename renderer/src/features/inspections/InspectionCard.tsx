import { formatDate, formatDateTime } from '../../../../shared/domain/format';
import { progressLine } from '../../../../shared/inspections/lifecycle';
import { allItems, DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';
import { useInspectionStatus } from '../../db/lifecycle';
import type { InspectionSummary } from '../../db/summaries';
import { titleOf } from './inspectionTitle';

interface Props {
  summary: InspectionSummary;
  onArchive?: () => void;
  onRestore?: () => void;
  onDelete: () => void;
}

/** One inspection in the list: what it is, how far it is, when it last changed, and what can be done with it. */
export function InspectionCard({ summary: s, onArchive, onRestore, onDelete }: Props) {
  const v = s.values;
  const status = useInspectionStatus(s.id);
  const template = getTemplate(v.templateId ?? '', v.templateVersion ?? 0) ?? DEFAULT_TEMPLATE;
  const total = s.unitCount * allItems(template).length;
  const title = titleOf(s);
  const period = v.periodFrom && v.periodTo ? `Kỳ kiểm tra: ${formatDate(v.periodFrom)} – ${formatDate(v.periodTo)}` : '';
  return (
    <li className="card" aria-label={title}>
      <h2>
        <a href={routeToHash({ page: 'checklist', inspectionId: s.id })}>{title}</a>
      </h2>
      <p className="muted">
        {[v.title?.trim() ? v.governingBody : '', period, `${s.unitCount} đơn vị được kiểm tra`, `${s.memberCount} thành viên`].filter(Boolean).join(' · ')}
      </p>
      {status ? (
        <p className="status">
          <span>{progressLine(status.answered, total)}</span>
          {total > 0 && <progress max={total} value={status.answered} aria-label="Tiến độ ghi kết quả" />}
          <span className="muted">{status.lastModified ? ` · Sửa lần cuối: ${formatDateTime(status.lastModified)}` : ' · Chưa có thay đổi'}</span>
        </p>
      ) : (
        <p className="status muted" aria-busy="true">
          Đang đếm tiến độ…
        </p>
      )}
      <p className="links">
        <a href={routeToHash({ page: 'setup', inspectionId: s.id })}>Thiết lập</a>
        {onArchive && (
          <button type="button" className="small" onClick={onArchive} aria-label={`Lưu trữ ${title}`}>
            Lưu trữ
          </button>
        )}
        {onRestore && (
          <button type="button" className="small" onClick={onRestore} aria-label={`Khôi phục ${title}`}>
            Khôi phục
          </button>
        )}
        <button type="button" className="small danger" onClick={onDelete} aria-label={`Xóa ${title}`}>
          Xóa…
        </button>
      </p>
    </li>
  );
}
