/**
 * Rolling backup for the Electron app: every few minutes, if anything was
 * written since the last backup, and once more when the app quits. Mount
 * once at the App level. Does nothing in the browser (no platform.backups).
 */
import { useEffect } from 'react';
import { flushEverything, useSaves } from '../../app/SavesContext';
import { backupIfChanged } from '../../db/backup';
import { useStorage } from '../../db/StorageContext';
import { platform } from '../../platform';

export const BACKUP_INTERVAL_MS = 3 * 60 * 1000;

export function useRollingBackup(intervalMs = BACKUP_INTERVAL_MS): void {
  const { db, store } = useStorage();
  const saves = useSaves();
  useEffect(() => {
    const target = platform.backups;
    if (!target) return;
    let last: string | undefined;
    let running: Promise<void> = Promise.resolve();
    // One backup at a time: a quit during a periodic backup waits for it, then checks again.
    const run = (quitting = false) => {
      running = running.then(async () => {
        const before = last;
        // Quitting: what was typed is written first (the window waits for this backup, with a bound), so the backup has it too.
        if (quitting) await flushEverything(saves).catch(() => undefined);
        try {
          last = await backupIfChanged(db, store, target, last);
        } catch {
          /* a failed backup is retried at the next tick; the data itself is safe in the database */
        }
        // Nothing new was written: tell the closing window not to wait for a backup.
        if (quitting && last === before) await target.skip().catch(() => undefined);
      });
      return running;
    };
    const timer = setInterval(() => void run(), intervalMs);
    const off = platform.onBeforeQuit(() => void run(true));
    return () => {
      clearInterval(timer);
      off();
    };
  }, [db, store, saves, intervalMs]);
}
