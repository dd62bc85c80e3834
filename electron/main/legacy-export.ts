import { BrowserWindow } from 'electron';

/** Longest wait for the old page to hand its data over; a large inspection takes seconds. */
export const LEGACY_EXPORT_WAIT_MS = 120_000;

/**
 * Opens the renderer's index.html over file:// in a hidden, sandboxed window:
 * the old origin, where an earlier version kept its database. The page sees
 * it is on file:// and hands the database over (storage:legacy-export); the
 * promise settles when it has, when the window goes, or after the wait, and
 * the app opens as usual in every case. It settles with a function that
 * closes the hidden window: main calls it once the app's window is open, so
 * there is never a moment with no window (which would quit the app).
 */
export function runLegacyExport(opts: { preload: string; indexHtml: string; whenExported: (done: () => void) => void }): Promise<() => void> {
  return new Promise((resolve) => {
    const hidden = new BrowserWindow({
      show: false,
      webPreferences: { preload: opts.preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(() => {
        if (!hidden.isDestroyed()) hidden.close();
      });
    };
    const timer = setTimeout(finish, LEGACY_EXPORT_WAIT_MS);
    opts.whenExported(finish);
    hidden.on('closed', finish);
    hidden.loadFile(opts.indexHtml).catch(finish);
  });
}
