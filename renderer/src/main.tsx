import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EditStore } from './db/edits';
import { deriveStats } from '../../shared/domain/derive';
import { openDb } from './db/schema';
import { StorageProvider } from './db/StorageContext';
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

async function start(): Promise<void> {
  exposeProbes();
  // Ask the browser not to evict our data under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  restoreLastRoute();
  const db = openDb();
  const store = await EditStore.open(db);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StorageProvider storage={{ db, store }}>
        <App />
      </StorageProvider>
    </StrictMode>,
  );
}

start().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = `Không mở được cơ sở dữ liệu của ứng dụng: ${e instanceof Error ? e.message : String(e)}. Hãy đóng các cửa sổ Tự Kiểm Tra khác rồi mở lại.`;
    root.setAttribute('role', 'alert');
  }
});
