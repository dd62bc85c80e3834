import { useEffect } from 'react';
import { navigate, parseRoute } from '../../app/router';
import { platform } from '../../platform';
import { useExchangeUi } from './exchangeUi';
import { useQuitReminder } from './useQuitReminder';
import { useRollingBackup } from './useRollingBackup';

/**
 * App-level exchange duties, rendered once beside the routes: the rolling
 * backup, the quit reminder's count, and `.tkt` files opened from the file manager, which are queued and
 * shown on the import screen (of the open inspection, or the list page).
 */
export function ExchangeBackground() {
  useRollingBackup();
  useQuitReminder();
  const enqueue = useExchangeUi((s) => s.enqueue);
  useEffect(() => {
    let alive = true;
    const take = async () => {
      const files = await platform.takeOpenedFiles().catch(() => []);
      if (!alive || files.length === 0) return;
      enqueue(files);
      const route = parseRoute(location.hash);
      if ('inspectionId' in route) navigate({ page: 'exchange', inspectionId: route.inspectionId });
      else navigate({ page: 'list' });
    };
    void take();
    const off = platform.onFilesOpened(() => void take());
    return () => {
      alive = false;
      off();
    };
  }, [enqueue]);
  return null;
}
