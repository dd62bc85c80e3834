/**
 * Saves waiting for their debounce. When the page is hidden or closed
 * (closing the lid, quitting), every waiting save is written at once so no
 * typed word is lost; the "Đang lưu…" indicator is held while anything waits.
 */
import { useEffect } from 'react';
import { useUi } from '../../store';

type Flush = () => Promise<void> | void;
const waiting = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  waiting.add(flush);
  return () => waiting.delete(flush);
}

export function flushAll(): void {
  for (const f of [...waiting]) void f();
}

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

/** Flush waiting saves when the page is hidden or unloaded. */
export function useFlushOnHide(): void {
  useEffect(() => {
    const onHide = () => flushAll();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
