import type { DerivedState } from '../../../../shared/domain/derive';
import { formatDateTime, formatNumber } from '../../../../shared/domain/format';
import type { MemberValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import { useArrivals } from '../../db/hooks';
import { arrivalRows } from './arrivalRows';

/** For the leader: per member, the last results package received (when, how many new records) and their edits still unsettled. */
export function ArrivalsPanel({ inspectionId, members, state }: { inspectionId: string; members: WithMeta<MemberValues>[]; state: DerivedState }) {
  const arrivals = useArrivals(inspectionId);
  if (!arrivals) return null;
  const rows = arrivalRows(members, arrivals, state);
  return (
    <section className="card arrivals-panel" aria-labelledby="arrivals-title">
      <h2 id="arrivals-title">Kết quả đã nhận từ thành viên</h2>
      <table aria-labelledby="arrivals-title">
        <thead>
          <tr>
            <th scope="col">Thành viên</th>
            <th scope="col">Gói gần nhất nhận lúc</th>
            <th scope="col">Bản ghi mới trong gói đó</th>
            <th scope="col">Số gói đã nhận</th>
            <th scope="col">Chưa thống nhất</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.memberId}>
              <th scope="row">{r.name}</th>
              <td>{r.last ? `${formatDateTime(r.last.receivedAt)} (xuất lúc ${formatDateTime(Date.parse(r.last.exportedAt))})` : 'Chưa nhận gói nào'}</td>
              <td>{r.last ? formatNumber(r.last.newRecords) : '—'}</td>
              <td>{formatNumber(r.packages)}</td>
              <td>{formatNumber(r.unsettled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
