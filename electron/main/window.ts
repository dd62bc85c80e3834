import { BrowserWindow } from 'electron';

export interface WindowOptions {
  preload: string;
  /** The app's first page on the app:// scheme (app-protocol.ts). */
  appUrl: string;
  /** Vite dev server URL (unpackaged dev runs only). */
  devUrl?: string;
}

/**
 * The app's one window. The renderer gets no Node and an isolated, sandboxed
 * world; its only door to the system is the preload's small `window.api`.
 */
export function createMainWindow(opts: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Tự Kiểm Tra',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (opts.devUrl) void win.loadURL(opts.devUrl);
  else void win.loadURL(opts.appUrl);
  return win;
}
