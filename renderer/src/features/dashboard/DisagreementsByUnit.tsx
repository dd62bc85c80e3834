import { routeToHash } from '../../app/router';

interface Props {
  inspectionId: string;
  units: { id: string; name: string }[];
  counts: ReadonlyMap<string, number>;
}

/** Open disagreements per unit, with the way to settle them (Tổng hợp đoàn). */
export function DisagreementsByUnit({ inspectionId, units, counts }: Props) {
  const rows = [...units.map((u) => ({ id: u.id, name: u.name })), { id: '', name: 'Thông tin chung, báo cáo' }]
    .map((u) => ({ ...u, count: counts.get(u.id) ?? 0 }))
    .filter((u) => u.count > 0);
  if (rows.length === 0) return <p>Không có bất đồng nào: mọi kết quả đã thống nhất.</p>;
  return (
    <>
      <table className="data-table compact" aria-label="Bất đồng chưa xử lý theo đơn vị">
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Bất đồng chưa xử lý</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="no-print">
        <a href={routeToHash({ page: 'team', inspectionId })}>Xử lý bất đồng trong Tổng hợp đoàn</a>
      </p>
    </>
  );
}
