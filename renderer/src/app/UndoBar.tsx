import { useEffect } from 'react';
import { trackSave, useUi } from '../store';

/** How long "Đã xóa · Hoàn tác" stays offered. */
export const UNDO_SHOW_MS = 10_000;

/** "Đã xóa … · Hoàn tác" after a deletion; Hoàn tác writes a new edit that brings the record back. */
export function UndoBar() {
  const offer = useUi((s) => s.undoOffer);
  const dismiss = useUi((s) => s.dismissUndo);
  useEffect(() => {
    if (!offer) return;
    const t = setTimeout(() => dismiss(offer.id), UNDO_SHOW_MS);
    return () => clearTimeout(t);
  }, [offer, dismiss]);
  if (!offer) return null;
  return (
    <div className="undo-bar no-print" role="status" aria-live="polite">
      <span>Đã xóa {offer.what}</span>
      {' · '}
      <button
        type="button"
        className="small"
        onClick={() => {
          dismiss(offer.id);
          void trackSave(offer.undo);
        }}
      >
        Hoàn tác
      </button>
    </div>
  );
}
