import { formatNumber } from '../../../../shared/domain/format';
import type { CheckProgress } from './useImportFlow';

/** "Đang kiểm tra tệp 3/8…" with a bar, while the worker checks the chosen files; "Hủy" stops it. */
export function CheckingProgress({ progress, onCancel }: { progress: CheckProgress; onCancel: () => void }) {
  const current = Math.min(progress.index + 1, progress.total);
  const text = `Đang kiểm tra tệp ${formatNumber(current)}/${formatNumber(progress.total)}…`;
  return (
    <div className="checking-progress" role="status" aria-busy="true">
      <span>{text}</span>
      <progress aria-label="Tiến độ kiểm tra tệp" max={Math.max(1, progress.total)} value={progress.index} />
      <button type="button" onClick={onCancel}>
        Hủy
      </button>
    </div>
  );
}
