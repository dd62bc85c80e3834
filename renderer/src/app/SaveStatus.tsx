import { useUi } from '../store';

/** The always-visible "đã lưu" indicator. */
export function SaveStatus() {
  const pending = useUi((s) => s.pendingSaves);
  const error = useUi((s) => s.saveError);
  if (error)
    return (
      <p className="save-status error" role="alert">
        {error}
      </p>
    );
  return (
    <p className="save-status" role="status" aria-live="polite">
      {pending > 0 ? 'Đang lưu…' : 'Đã lưu'}
    </p>
  );
}
