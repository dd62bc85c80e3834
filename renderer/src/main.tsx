import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EditStore } from './db/edits';
import { deriveStats } from '../../shared/domain/derive';
import { dumpDatabase, restoreDump } from './db/originMove';
import { openDb } from './db/schema';
import { platform } from './platform';
import { StorageProvider } from './db/StorageContext';
import { DraftJournal } from './db/drafts';
import { storageErrorMessage } from './db/errors';
import { FlushRegistry } from './app/FlushRegistry';
import { SavesProvider } from './app/SavesContext';
import { replayJournal } from './features/checklist/replayJournal';
import { useUi } from './store';
import { restoreLastRoute } from './app/router';
import './app/styles.css';

/**
 * Browser tests ask (a flag in localStorage) to read how much deriveState
 * worked, to show that screens read the read model instead of deriving the
 * whole inspection. Counts only; nothing of the data is exposed.
 */
function exposeProbes(): void {
  try {
    if (localStorage.getItem('tkt:probes') === '1') Object.defineProperty(window, '__tktDeriveStats', { value: deriveStats });
  } catch {
    // No storage access: no probes.
  }
}

/**
 * The desktop app moved from file:// to app://. Opened hidden on file://, this
 * page only hands the old database to main; opened on app:// for the first
 * time, it takes that database in before opening its own.
 */
async function moveFromFileOrigin(): Promise<'handed-over' | 'ready'> {
  const legacy = platform.legacyStorage;
  if (!legacy) return 'ready';
  if (location.protocol === 'file:') {
    await legacy.hand(await dumpDatabase());
    return 'handed-over';
  }
  const moved = await legacy.take();
  if (moved) {
    await restoreDump(moved);
    await legacy.done();
  }
  return 'ready';
}

async function start(): Promise<void> {
  if ((await moveFromFileOrigin()) === 'handed-over') return;
  exposeProbes();
  // Ask the browser not to evict our data under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  restoreLastRoute();
  const db = openDb();
  const store = await EditStore.open(db);
  // Typing the last session did not get to store (killed browser, power cut) becomes edits now.
  await replayJournal(db, store).catch(() => undefined);
  const journal = new DraftJournal(
    db,
    (e) => useUi.setState({ saveError: storageErrorMessage(e) }),
    // A journal write that succeeds again means the disk has room: the warning can go.
    () => {
      if (useUi.getState().saveError) useUi.setState({ saveError: null, saveRetries: 0 });
    },
  );
  const saves = { registry: new FlushRegistry(), journal };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StorageProvider storage={{ db, store }}>
        <SavesProvider saves={saves}>
          <App />
        </SavesProvider>
      </StorageProvider>
    </StrictMode>,
  );
}

start().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = `Không mở được dữ liệu của ứng dụng. ${storageErrorMessage(e)}`;
    root.setAttribute('role', 'alert');
  }
});
