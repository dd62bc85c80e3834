import { formatNumber } from '../../../../shared/domain/format';
import { routeToHash } from '../../app/router';
import { useUnsent } from '../../db/hooks';

/** For a member (not the leader): "N thay đổi chưa gửi trưởng đoàn · Xuất ngay" while any of their edits is not in a saved results package. */
export function UnsentNotice({ inspectionId }: { inspectionId: string | undefined }) {
  const unsent = useUnsent(inspectionId);
  if (!inspectionId || !unsent || unsent.role === 'truong-doan' || unsent.count === 0) return null;
  return (
    <p className="unsent-notice" role="status">
      {formatNumber(unsent.count)} thay đổi chưa gửi trưởng đoàn · <a href={routeToHash({ page: 'exchange', inspectionId })}>Xuất ngay</a>
    </p>
  );
}
