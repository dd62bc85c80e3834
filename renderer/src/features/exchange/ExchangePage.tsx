import { membersOf } from '../../../../shared/domain/views';
import { useEntitiesState, useMe } from '../../db/hooks';
import { ArrivalsPanel } from './ArrivalsPanel';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { MePicker } from './MePicker';
import { MyFingerprint } from './MyFingerprint';
import './exchange.css';

/** #/i/:id/exchange — passing work between laptops as `.tkt` files, and backups. */
const MEMBERS = ['member'] as const;

export function ExchangePage({ inspectionId }: { inspectionId: string }) {
  const state = useEntitiesState(inspectionId, MEMBERS);
  const me = useMe(inspectionId);
  const members = state ? membersOf(state) : [];
  // The leader's view of arrivals is for whoever leads the team on this laptop, not for members.
  const leading = !!me && members.some((m) => m.id === me && m.values.role !== 'thanh-vien');
  return (
    <div className="exchange-page">
      <h1>Trao đổi dữ liệu</h1>
      <p className="muted">
        Thành viên xuất kết quả của mình và gửi cho trưởng đoàn (USB, Zalo, thư điện tử). Nhập một tệp nhiều lần hay theo thứ tự nào cũng cho cùng
        một kết quả, và không làm mất nội dung của ai.
      </p>
      <MyFingerprint />
      {!me && members.length > 0 && <MePicker inspectionId={inspectionId} members={members} />}
      <ImportPanel inspectionId={inspectionId} />
      {leading && state && <ArrivalsPanel inspectionId={inspectionId} members={members.filter((m) => m.id !== me)} state={state} />}
      <ExportPanel inspectionId={inspectionId} />
      <BackupPanel inspectionId={inspectionId} />
    </div>
  );
}
