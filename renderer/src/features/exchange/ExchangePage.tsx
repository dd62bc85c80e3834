import { membersOf } from '../../../../shared/domain/views';
import { useEntitiesState, useMe } from '../../db/hooks';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { MePicker } from './MePicker';
import './exchange.css';

/** #/i/:id/exchange — passing work between laptops as `.tkt` files, and backups. */
const MEMBERS = ['member'] as const;

export function ExchangePage({ inspectionId }: { inspectionId: string }) {
  const state = useEntitiesState(inspectionId, MEMBERS);
  const me = useMe(inspectionId);
  const members = state ? membersOf(state) : [];
  return (
    <div className="exchange-page">
      <h1>Trao đổi dữ liệu</h1>
      <p className="muted">
        Thành viên xuất kết quả của mình và gửi cho trưởng đoàn (USB, Zalo, thư điện tử). Nhập một tệp nhiều lần hay theo thứ tự nào cũng cho cùng
        một kết quả, và không làm mất nội dung của ai.
      </p>
      {!me && members.length > 0 && <MePicker inspectionId={inspectionId} members={members} />}
      <ImportPanel inspectionId={inspectionId} />
      <ExportPanel inspectionId={inspectionId} />
      <BackupPanel />
    </div>
  );
}
