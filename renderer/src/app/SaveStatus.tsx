import { formatNumber, formatTimeOfDay } from '../../../shared/domain/format';
import { DEFAULT_TEMPLATE, findItem } from '../../../shared/templates';
import { useRefusedDraftList } from '../db/hooks';
import { useUi } from '../store';
import { routeToHash } from './router';

/**
 * The always-visible save indicator. "Đã lưu" only when everything typed is
 * stored; typed values the checks refused are counted, with links to them.
 */
export function SaveStatus({ inspectionId }: { inspectionId?: string }) {
  const pending = useUi((s) => s.pendingSaves);
  const error = useUi((s) => s.saveError);
  const lastSavedAt = useUi((s) => s.lastSavedAt);
  const retries = useUi((s) => s.saveRetries);
  const refused = useRefusedDraftList(inspectionId) ?? [];
  if (error)
    return (
      <p className="save-status error" role="alert">
        {error}
        {retries > 0 && ` Đã thử lưu lại ${formatNumber(retries)} lần.`}
      </p>
    );
  if (pending > 0)
    return (
      <p className="save-status" role="status" aria-live="polite">
        Đang lưu…
      </p>
    );
  if (inspectionId && refused.length > 0)
    return (
      <div className="save-status error" role="status" aria-live="polite">
        <span>Chưa lưu: {refused.length} ô có lỗi</span>{' '}
        {refused.map(({ draft, unitName }, i) => {
          const found = findItem(DEFAULT_TEMPLATE, draft.itemId);
          const number = found ? `${found.section.number}.${found.section.items.indexOf(found.item) + 1}` : '';
          return (
            <span key={draft.key}>
              {i > 0 && ' · '}
              <a href={routeToHash({ page: 'checklist', inspectionId, unitId: draft.unitId, sectionId: found?.section.id })}>
                {unitName ? `${unitName}, ` : ''}mục {number}
              </a>
            </span>
          );
        })}
      </div>
    );
  return (
    <p className="save-status" role="status" aria-live="polite">
      {lastSavedAt ? `Đã lưu lúc ${formatTimeOfDay(lastSavedAt)}` : 'Đã lưu'}
    </p>
  );
}
