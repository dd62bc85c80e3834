import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { devOriginFrom, isAppUrl, isLegacyIndexUrl, type AppLocation } from './app-url';
import { runLegacyExport } from './legacy-export';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { portableUserDataDir } from './portable';
import { guardClose, showQuitReminder } from './quit';
import { applyCsp, denyAllPermissions, hardenWebContents } from './security';
import { BackupStore } from './services/backups';
import { DeviceKeyVault } from './services/device-key';
import { OriginMove } from './services/origin-move';
import { askOpenPaths } from './services/dialogs';
import { OpenedFilesQueue, tktPathsFromArgv } from './services/opened-files';
import { UnsentQuery } from './services/unsent';
import { createMainWindow } from './window';

const TKT_FILTERS = [{ name: 'Tệp trao đổi Tự Kiểm Tra', extensions: ['tkt'] }];

/** Lifecycle: single instance, security, IPC, menu, the window, opened files and the last backup on quit. */
export function startApp(): void {
  // Before anything touches the profile: the portable build keeps its data beside the exe.
  const portable = portableUserDataDir(process.env);
  if (portable) app.setPath('userData', portable);

  // A second launch (often: double-clicking a .tkt) hands its files to the running app and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // The app:// scheme must be declared before 'ready'.
  registerAppScheme(protocol);

  const root = app.getAppPath();
  const devOrigin = devOriginFrom(process.env.TKT_DEV_URL, app.isPackaged);
  const loc: AppLocation = { rendererDir: join(root, 'dist', 'renderer'), devOrigin };
  let win: BrowserWindow | null = null;
  let quitting = false;
  let backups: BackupStore | null = null;
  const unsent = new UnsentQuery();

  const opened = new OpenedFilesQueue(
    () => win?.webContents.send('app:files-opened'),
    (_path, message) => dialog.showErrorBox('Không mở được tệp', message),
  );

  // macOS delivers file-manager opens as events, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void opened.add([path]);
  });
  void opened.add(tktPathsFromArgv(process.argv, process.cwd()));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    void opened.add(tktPathsFromArgv(argv, workingDirectory));
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, loc));
  app.on('before-quit', () => {
    quitting = true;
  });
  // While the old page hands its data over it may be the only window, and may close first.
  let handingOver = false;
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !handingOver) app.quit();
  });

  function openWindow(): BrowserWindow {
    const w = createMainWindow({
      preload: join(root, 'dist-electron', 'preload.cjs'),
      appUrl: APP_INDEX_URL,
      devUrl: devOrigin ? process.env.TKT_DEV_URL : undefined,
    });
    guardClose(w, {
      nextBackup: () => backups?.nextWrite() ?? Promise.resolve(),
      isQuitting: () => quitting,
      quit: () => app.quit(),
      unsentCount: () => unsent.ask(w.webContents),
      askQuit: (count) => showQuitReminder(dialog, w, count),
      cancelQuit: () => {
        quitting = false;
      },
    });
    w.on('closed', () => {
      if (win === w) win = null;
    });
    return w;
  }

  void app.whenReady().then(async () => {
    const ses = session.defaultSession;
    handleAppProtocol(protocol, loc.rendererDir);
    // Vite's dev server injects inline scripts that the CSP would block.
    if (!devOrigin) applyCsp(ses);
    denyAllPermissions(ses);

    const store = new BackupStore(join(app.getPath('userData'), 'backups'));
    backups = store;
    const originMove = new OriginMove(app.getPath('userData'));
    let legacyExported: () => void = () => {};
    registerIpc(ipcMain, {
      originMove,
      isLegacyPage: (url) => isLegacyIndexUrl(url, loc),
      onLegacyExported: () => legacyExported(),
      app,
      backups: store,
      opened,
      vault: new DeviceKeyVault(safeStorage),
      ...(portable ? { portableDataDir: portable } : {}),
      isTrustedSender: (url) => isAppUrl(url, loc),
      unsent,
    });

    const menu = menuTemplate(
      {
        openExchangeFiles: () => {
          void askOpenPaths(win?.webContents ?? null, TKT_FILTERS, true, 'Mở tệp trao đổi').then((paths) => opened.add(paths));
        },
        showAbout: () => {
          void dialog.showMessageBox({
            type: 'info',
            title: 'Giới thiệu',
            message: 'Tự Kiểm Tra',
            detail: `Phiên bản ${app.getVersion()}\nCông cụ tự kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính.`,
            buttons: ['Đóng'],
          });
        },
      },
      { isMac: process.platform === 'darwin', isDev: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));

    // First start after the move from file:// to app://: the old page hands its database over first.
    let closeLegacy = (): void => {};
    if (!devOrigin && originMove.needsExport()) {
      handingOver = true;
      closeLegacy = await runLegacyExport({
        preload: join(root, 'dist-electron', 'preload.cjs'),
        indexHtml: join(loc.rendererDir, 'index.html'),
        whenExported: (done) => {
          legacyExported = done;
        },
      });
    }

    win = openWindow();
    closeLegacy();
    handingOver = false;
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        quitting = false;
        win = openWindow();
      }
    });
  });
}

startApp();
