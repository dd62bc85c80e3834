/**
 * Saves waiting for their debounce. When the page is hidden or closed
 * (closing the lid, quitting), every waiting save is written at once so no
 * typed word is lost; the "Đang lưu…" indicator is held while anything waits.
 * The registry is provided by SavesContext (one per app), not a module singleton.
 */
import { useEffect } from 'react';
import { useSaves } from '../../app/SavesContext';
import { useUi } from '../../store';

/** Keep "Đang lưu…" showing while typed text waits for its debounce. Returns the release. */
export function holdSaveIndicator(): () => void {
  useUi.getState().saveStarted();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Not saveFinished(): that would also clear an error a real save reported.
    useUi.setState((s) => ({ pendingSaves: Math.max(0, s.pendingSaves - 1) }));
  };
}

/** Flush waiting saves when the page is hidden or unloaded (the journal already holds every keystroke). */
export function useFlushOnHide(): void {
  const { registry } = useSaves();
  useEffect(() => {
    const onHide = () => void registry.flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void registry.flushAll();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [registry]);
}
