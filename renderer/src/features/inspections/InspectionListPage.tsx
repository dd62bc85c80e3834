import { formatDate } from '../../../../shared/domain/format';
import { routeToHash } from '../../app/router';
import { useInspectionSummaries, type InspectionSummary } from '../../db/summaries';
import { ImportButton } from '../exchange/ImportButton';
import { PortableNotice } from '../portable/PortableNotice';
import './inspections.css';

/** The inspections on this laptop, last opened first. */
export function InspectionListPage() {
  const list = useInspectionSummaries();
  return (
    <section className="inspection-list" aria-labelledby="list-title">
      <div className="list-head">
        <h1 id="list-title">Các cuộc kiểm tra</h1>
        <a className="button primary" href={routeToHash({ page: 'new' })}>
          Tạo cuộc kiểm tra mới
        </a>
      </div>
      <ImportButton />
      <PortableNotice />
      {list === undefined && <p aria-busy="true">Đang tải…</p>}
      {list?.length === 0 && <p className="card">Chưa có cuộc kiểm tra nào trên máy này. Bấm “Tạo cuộc kiểm tra mới” để bắt đầu, hoặc nhận tệp trao đổi từ trưởng đoàn.</p>}
      {list && list.length > 0 && (
        <ul className="cards">
          {list.map((s) => (
            <InspectionCard key={s.id} summary={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function titleOf(s: InspectionSummary): string {
  return s.values.title?.trim() || [s.values.teamName, s.values.governingBody].filter(Boolean).join(' — ') || 'Cuộc kiểm tra chưa đặt tên';
}

function InspectionCard({ summary: s }: { summary: InspectionSummary }) {
  const v = s.values;
  const period = v.periodFrom && v.periodTo ? `Kỳ kiểm tra: ${formatDate(v.periodFrom)} – ${formatDate(v.periodTo)}` : '';
  return (
    <li className="card">
      <h2>
        <a href={routeToHash({ page: 'checklist', inspectionId: s.id })}>{titleOf(s)}</a>
      </h2>
      <p className="muted">
        {[v.title?.trim() ? v.governingBody : '', period, `${s.unitCount} đơn vị được kiểm tra`, `${s.memberCount} thành viên`].filter(Boolean).join(' · ')}
      </p>
      <p className="links">
        <a href={routeToHash({ page: 'setup', inspectionId: s.id })}>Thiết lập</a>
      </p>
    </li>
  );
}
