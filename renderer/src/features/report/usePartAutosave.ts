/**
 * Save-as-you-type for one report part: typing waits half a second, blur and
 * hiding the page write at once, and writes of one part run one after another
 * so an older text never lands after a newer one.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { InspectionRepo } from '../../db/inspections';
import { registerPartFlush } from './partFlush';
import { savePartText } from './reportActions';

const DEBOUNCE_MS = 500;

export function usePartAutosave(repo: InspectionRepo, partId: string) {
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = pending.current;
    if (text === undefined) return queue.current;
    pending.current = undefined;
    inFlight.current++;
    queue.current = queue.current.then(() => savePartText(repo, partId, text)).finally(() => inFlight.current--);
    return queue.current;
  }, [repo, partId]);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = registerPartFlush(flush);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  // One object per part, so effects that depend on it do not run on every key press.
  return useMemo(() => ({ change, flush, hasPending: () => pending.current !== undefined || inFlight.current > 0 }), [change, flush]);
}
