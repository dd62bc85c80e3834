import { useState } from 'react';
import type { BulkPlan } from '../../../../shared/domain/disagreements';
import { formatNumber } from '../../../../shared/domain/format';
import { ConfirmDialog } from '../report/ConfirmDialog';

/**
 * "Lấy giá trị của thành viên được phân công" for the filtered list, after a
 * confirmation that says how many fields change and how many stay for the
 * leader to settle one by one.
 */
export function BulkTakeAssigned({ plan, onConfirm }: { plan: BulkPlan; onConfirm: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const n = plan.take.length;
  const left = plan.left.length;
  const message =
    `${formatNumber(n)} trường sẽ lấy giá trị của thành viên được phân công kiểm tra đơn vị và lĩnh vực đó.` +
    (left ? ` ${formatNumber(left)} trường không có đúng một thành viên được phân công sẽ giữ nguyên để anh/chị chọn từng trường.` : '') +
    ' Mọi giá trị cũ vẫn được lưu trong lịch sử.';
  return (
    <div className="bulk-take">
      <button type="button" disabled={n === 0 || busy} onClick={() => setAsking(true)}>
        Lấy giá trị của thành viên được phân công ({formatNumber(n)} trường)
      </button>
      {n === 0 && left > 0 && <span className="muted"> Không trường nào trong danh sách đang lọc có đúng một thành viên được phân công.</span>}
      <ConfirmDialog
        open={asking}
        title="Lấy giá trị của thành viên được phân công?"
        message={message}
        confirmLabel={`Lấy giá trị cho ${formatNumber(n)} trường`}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          setBusy(true);
          void onConfirm().finally(() => setBusy(false));
        }}
      />
    </div>
  );
}
