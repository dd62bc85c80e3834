import type { BrowserWindow } from 'electron';

/** How long a closing window waits for the renderer's last backup. */
export const LAST_BACKUP_WAIT_MS = 2000;

export interface CloseGuardDeps {
  /** Resolves when the renderer's next backup write completes. */
  nextBackup: () => Promise<void>;
  /** True once the app as a whole is quitting (before-quit seen). */
  isQuitting: () => boolean;
  quit: () => void;
  waitMs?: number;
}

/**
 * Before the window closes (and the renderer with it), tell the renderer
 * 'app:before-quit' and wait for its last backup or a short time, whichever
 * comes first, then close for real. A quit that was held up this way is
 * resumed afterwards.
 */
export function guardClose(win: BrowserWindow, deps: CloseGuardDeps): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  win.on('close', (event) => {
    if (state === 'flushed' || win.webContents.isDestroyed()) return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    win.webContents.send('app:before-quit');
    const timeout = new Promise<void>((r) => setTimeout(r, deps.waitMs ?? LAST_BACKUP_WAIT_MS));
    void Promise.race([deps.nextBackup(), timeout]).then(() => {
      state = 'flushed';
      if (deps.isQuitting()) deps.quit();
      else if (!win.isDestroyed()) win.close();
    });
  });
}
