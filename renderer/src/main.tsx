import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EditStore } from './db/edits';
import { openDb } from './db/schema';
import { StorageProvider } from './db/StorageContext';
import { DraftJournal } from './db/drafts';
import { storageErrorMessage } from './db/errors';
import { FlushRegistry } from './app/FlushRegistry';
import { SavesProvider } from './app/SavesContext';
import { replayJournal } from './features/checklist/replayJournal';
import { useUi } from './store';
import { restoreLastRoute } from './app/router';
import './app/styles.css';

async function start(): Promise<void> {
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
      if (useUi.getState().saveError) useUi.setState({ saveError: null });
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
