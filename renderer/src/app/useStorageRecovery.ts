/**
 * Recovering from a failed save without a reload: while a storage error is
 * shown (disk full, quota, a connection that dropped), every waiting save and
 * journal batch is retried every few seconds. The typed text never left the
 * screen and the journal's memory, so once space is freed the next retry
 * (reopening the database if the browser dropped it) stores it and "Đã lưu"
 * comes back on its own.
 */
import { useEffect } from 'react';
import { reopenIfClosed } from '../db/reopen';
import { useStorage } from '../db/StorageContext';
import { useUi } from '../store';
import { flushEverything, useSaves } from './SavesContext';

export const STORAGE_RETRY_MS = 2000;

export function useStorageRecovery(retryMs = STORAGE_RETRY_MS): void {
  const saves = useSaves();
  const { db } = useStorage();
  const failing = useUi((s) => s.saveError !== null);
  useEffect(() => {
    if (!failing) return;
    let running = false;
    const retry = async () => {
      if (running) return;
      running = true;
      try {
        await reopenIfClosed(db);
        await flushEverything(saves);
      } catch {
        /* still failing: the message stays, the next tick tries again */
      } finally {
        running = false;
        useUi.setState((s) => (s.saveError ? { saveRetries: s.saveRetries + 1 } : { saveRetries: 0 }));
      }
    };
    const timer = setInterval(() => void retry(), retryMs);
    // Coming back to the window (after emptying the trash, say) retries at once.
    const onFocus = () => void retry();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [failing, saves, db, retryMs]);
}
