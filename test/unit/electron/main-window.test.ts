import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, dialog, ipcMain, fakeEvent, FakeBrowserWindow, invokeAs, Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { startApp } = await import('../../../electron/main/index');
const { LAST_BACKUP_WAIT_MS } = await import('../../../electron/main/quit');
const { UNSENT_ANSWER_WAIT_MS } = await import('../../../electron/main/services/unsent');

const APP_ROOT = '/opt/tu-kiem-tra/resources/app';
const APP_PAGE = 'app://tkt/index.html#/';

let dir: string;
const savedEnv = { ...process.env };

/** Starts the app against a fresh fake Electron and lets 'ready' run. */
async function start(): Promise<void> {
  resetFakeElectron();
  app.appPath = APP_ROOT;
  app.paths.userData = join(dir, 'userData');
  startApp();
  await new Promise((r) => setTimeout(r, 0));
}

function mainWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0];
}

async function pull(into: string[]): Promise<void> {
  if (!ipcLoaded()) return;
  const r = (await invokeAs('app:take-opened-files', {}, APP_PAGE)) as { ok: true; data: { name: string }[] };
  into.push(...r.data.map((f) => f.name));
}

function ipcLoaded(): boolean {
  return ipcMain.handlers.has('app:take-opened-files');
}

/** Waits until an asynchronous reaction (file reads, backups) has shown up. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(cond()).toBe(true);
}

/** The renderer's answer to the closing window's question: how many changes are not sent to the leader. */
async function answerUnsent(win: FakeBrowserWindow, count: number): Promise<void> {
  expect(win.webContents.sent).toContain('app:unsent-query');
  const r = (await invokeAs('quit:unsent', { count }, APP_PAGE, win.webContents)) as { ok: boolean };
  expect(r.ok).toBe(true);
}

async function closeWithNothingUnsent(win: FakeBrowserWindow): Promise<void> {
  win.close();
  await answerUnsent(win, 0);
  await until(() => win.webContents.sent.includes('app:before-quit'));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tkt-main-'));
  delete process.env.PORTABLE_EXECUTABLE_DIR;
  delete process.env.TKT_DEV_URL;
});

afterEach(async () => {
  vi.useRealTimers();
  process.env = { ...savedEnv };
  await rm(dir, { recursive: true, force: true });
});

describe('main window', () => {
  it('isolates and sandboxes the renderer, with the bundled preload', async () => {
    await start();
    const prefs = mainWindow().options.webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.preload).toBe(join(APP_ROOT, 'dist-electron', 'preload.cjs'));
  });

  it('loads the built renderer over app://, never file:// nor a URL from the environment', async () => {
    process.env.TKT_DEV_URL = 'http://127.0.0.1:5173/';
    resetFakeElectron();
    app.isPackaged = true;
    app.appPath = APP_ROOT;
    startApp();
    await new Promise((r) => setTimeout(r, 0));
    // An installed app ignores TKT_DEV_URL: an environment variable must not point it at another page.
    expect(mainWindow().loadedUrl).toBe('app://tkt/index.html');
    expect(mainWindow().loadedFile).toBeNull();
  });

  it('loads the dev server only when unpackaged and TKT_DEV_URL is local', async () => {
    process.env.TKT_DEV_URL = 'http://127.0.0.1:5173/';
    await start();
    expect(mainWindow().loadedUrl).toBe('http://127.0.0.1:5173/');
  });

  it('requests the single-instance lock and quits without a window when another instance runs', async () => {
    resetFakeElectron();
    app.lock = false;
    startApp();
    await new Promise((r) => setTimeout(r, 0));
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('focuses the running window when a second instance starts and takes over its .tkt files', async () => {
    await start();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    const win = mainWindow();
    win.minimized = true;
    await writeFile(join(dir, 'ket-qua.tkt'), new Uint8Array([1, 2, 3]));
    app.emit('second-instance', fakeEvent(), ['/usr/bin/tu-kiem-tra', '--no-sandbox', 'ket-qua.tkt'], dir);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    await until(() => win.webContents.sent.includes('app:files-opened'));
    const taken = (await invokeAs('app:take-opened-files', {}, APP_PAGE)) as { ok: true; data: { name: string; data: Uint8Array }[] };
    expect(taken.ok).toBe(true);
    expect(taken.data.map((f) => f.name)).toEqual(['ket-qua.tkt']);
    expect([...taken.data[0].data]).toEqual([1, 2, 3]);
    // Taken once: a second pull finds nothing left.
    expect(await invokeAs('app:take-opened-files', {}, APP_PAGE)).toEqual({ ok: true, data: [] });
  });

  it('queues a file macOS opens before the window exists', async () => {
    resetFakeElectron();
    app.appPath = APP_ROOT;
    startApp();
    const file = join(dir, 'goi-thiet-lap.tkt');
    await writeFile(file, new Uint8Array([9]));
    const e = fakeEvent();
    app.emit('open-file', e, file);
    expect(e.defaultPrevented).toBe(true);
    // The renderer pulls whatever has arrived, whether before or after its window opened.
    const names: string[] = [];
    for (let i = 0; i < 200 && names.length === 0; i++) {
      await pull(names);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(dialog.showErrorBox.mock.calls).toEqual([]);
    expect(names).toEqual(['goi-thiet-lap.tkt']);
  });

  it('tells the user, in Vietnamese, about an opened file it cannot read', async () => {
    await start();
    app.emit('second-instance', fakeEvent(), ['/usr/bin/tu-kiem-tra', join(dir, 'khong-co.tkt')], dir);
    await until(() => dialog.showErrorBox.mock.calls.length > 0);
    expect(dialog.showErrorBox.mock.calls[0][0]).toBe('Không mở được tệp');
    expect(dialog.showErrorBox.mock.calls[0][1]).toContain('khong-co.tkt');
  });

  it('keeps a portable build’s data beside the exe, set before ready', async () => {
    process.env.PORTABLE_EXECUTABLE_DIR = 'E:\\TuKiemTra';
    await start();
    const call = app.setPath.mock.calls.find((c) => c[0] === 'userData');
    expect(call?.[1]).toContain('TuKiemTra-data');
    expect(app.setPath.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]);
    // The page is told where that is, so it can say so plainly.
    const info = (await invokeAs('app:info', {}, APP_PAGE)) as { ok: true; data: { portableDataDir?: string } };
    expect(info.data.portableDataDir).toBe(call?.[1]);
  });

  it('tells the page of no portable folder when installed', async () => {
    await start();
    const info = (await invokeAs('app:info', {}, APP_PAGE)) as { ok: true; data: { portableDataDir?: string } };
    expect(info.data.portableDataDir).toBeUndefined();
  });

  it('has a Vietnamese application menu', async () => {
    await start();
    const template = Menu.buildFromTemplate.mock.calls[0][0] as { label?: string; submenu?: { label?: string; role?: string }[] }[];
    const top = template.map((m) => m.label);
    expect(top).toEqual(expect.arrayContaining(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']));
    expect(top).not.toContain('File');
    for (const m of template) for (const item of m.submenu ?? []) if (item.role || item.label) expect(item.label, JSON.stringify(item)).toBeTruthy();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('lets the renderer write a last backup before the window closes', async () => {
    await start();
    const win = mainWindow();
    await closeWithNothingUnsent(win);
    expect(win.webContents.sent).toContain('app:before-quit');
    expect(win.isDestroyed()).toBe(false);
    const r = (await invokeAs('backup:write', { data: new Uint8Array([7]), label: 'thoat' }, APP_PAGE, win.webContents)) as { ok: boolean };
    expect(r.ok).toBe(true);
    await until(() => win.isDestroyed());
  });

  it('closes at once when the renderer has nothing new to back up', async () => {
    await start();
    const win = mainWindow();
    await closeWithNothingUnsent(win);
    vi.useFakeTimers();
    expect(win.isDestroyed()).toBe(false);
    const r = (await invokeAs('backup:skip', {}, APP_PAGE, win.webContents)) as { ok: boolean };
    expect(r.ok).toBe(true);
    // Well before the wait for a last backup runs out.
    await vi.advanceTimersByTimeAsync(1);
    expect(win.isDestroyed()).toBe(true);
  });

  it('closes anyway when the renderer writes no backup in time', async () => {
    await start();
    vi.useFakeTimers();
    const win = mainWindow();
    win.close();
    await vi.advanceTimersByTimeAsync(0);
    await answerUnsent(win, 0);
    expect(win.isDestroyed()).toBe(false);
    await vi.advanceTimersByTimeAsync(LAST_BACKUP_WAIT_MS);
    expect(win.isDestroyed()).toBe(true);
  });

  it('resumes a quit once the last backup is written', async () => {
    await start();
    const win = mainWindow();
    app.emit('before-quit', fakeEvent());
    await closeWithNothingUnsent(win);
    await invokeAs('backup:write', { data: new Uint8Array([7]), label: 'thoat' }, APP_PAGE, win.webContents);
    await until(() => app.quit.mock.calls.length > 0);
  });
});

describe('quit reminder', () => {
  /** The member closes the window with 3 changes unsent and presses `button` in the reminder. */
  async function closeWithUnsent(button: string): Promise<FakeBrowserWindow> {
    await start();
    const win = mainWindow();
    dialog.showMessageBox.mockImplementationOnce(async (...args: unknown[]) => {
      const opts = args[1] as { buttons: string[] };
      return { response: opts.buttons.indexOf(button) };
    });
    app.emit('before-quit', fakeEvent());
    win.close();
    await answerUnsent(win, 3);
    await until(() => dialog.showMessageBox.mock.calls.length > 0);
    return win;
  }

  function reminder(): { message: string; buttons: string[] } {
    return dialog.showMessageBox.mock.calls.at(-1)![1] as { message: string; buttons: string[] };
  }

  it('asks the renderer, and a member with unsent changes is reminded in Vietnamese with the three choices', async () => {
    const win = await closeWithUnsent('Ở lại');
    expect(win.webContents.sent[0]).toBe('app:unsent-query');
    expect(reminder().message).toBe('Bạn còn 3 thay đổi chưa gửi trưởng đoàn. Vẫn thoát?');
    expect(reminder().buttons).toEqual(['Xuất ngay', 'Vẫn thoát', 'Ở lại']);
  });

  it('Ở lại keeps the window open and calls the quit off', async () => {
    const win = await closeWithUnsent('Ở lại');
    await new Promise((r) => setTimeout(r, 20));
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.sent).not.toContain('app:before-quit');
    expect(app.quit).not.toHaveBeenCalled();
    // Closing again asks again.
    win.close();
    await until(() => win.webContents.sent.filter((c) => c === 'app:unsent-query').length === 2);
  });

  it('Xuất ngay keeps the window open and takes the member to the export', async () => {
    const win = await closeWithUnsent('Xuất ngay');
    await until(() => win.webContents.sent.includes('app:export-now'));
    expect(win.isDestroyed()).toBe(false);
    expect(win.webContents.sent).not.toContain('app:before-quit');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('Vẫn thoát goes on to the last backup and quits', async () => {
    const win = await closeWithUnsent('Vẫn thoát');
    await until(() => win.webContents.sent.includes('app:before-quit'));
    await invokeAs('backup:skip', {}, APP_PAGE, win.webContents);
    await until(() => app.quit.mock.calls.length > 0);
  });

  it('does not remind when nothing is unsent', async () => {
    await start();
    const win = mainWindow();
    await closeWithNothingUnsent(win);
    await invokeAs('backup:skip', {}, APP_PAGE, win.webContents);
    await until(() => win.isDestroyed());
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('does not keep the app open when the renderer never answers', async () => {
    await start();
    vi.useFakeTimers();
    const win = mainWindow();
    win.close();
    await vi.advanceTimersByTimeAsync(UNSENT_ANSWER_WAIT_MS + LAST_BACKUP_WAIT_MS);
    expect(win.isDestroyed()).toBe(true);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('first start after the move from file:// to app://', () => {
  const RENDERER_INDEX = join(APP_ROOT, 'dist', 'renderer', 'index.html');
  const LEGACY_PAGE = `file://${RENDERER_INDEX}#/`;

  async function startWithLegacyProfile(): Promise<void> {
    resetFakeElectron();
    app.appPath = APP_ROOT;
    app.paths.userData = join(dir, 'userData');
    await mkdir(join(dir, 'userData', 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
    startApp();
    await until(() => FakeBrowserWindow.instances.length > 0);
  }

  it('lets the old file:// page hand its database over, hidden, before the app opens on app://, and only once', async () => {
    await startWithLegacyProfile();
    const [hidden] = FakeBrowserWindow.instances;
    expect(hidden.loadedFile).toBe(RENDERER_INDEX);
    expect(hidden.options.show).toBe(false);
    expect(hidden.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Nobody else may hand data over, nor may the old page use any other channel.
    expect(((await invokeAs('storage:legacy-export', { data: new Uint8Array([9]) }, APP_PAGE)) as { ok: boolean }).ok).toBe(false);
    expect(((await invokeAs('storage:legacy-export', { data: new Uint8Array([9]) }, 'file:///tmp/evil/index.html')) as { ok: boolean }).ok).toBe(false);
    expect(((await invokeAs('backup:list', {}, LEGACY_PAGE)) as { ok: boolean }).ok).toBe(false);

    const dump = new TextEncoder().encode('{"format":"tkt-idb-dump-1"}');
    expect(await invokeAs('storage:legacy-export', { data: dump }, LEGACY_PAGE)).toEqual({ ok: true, data: null });
    await until(() => FakeBrowserWindow.instances.length === 2);
    expect(hidden.destroyed).toBe(true);
    expect(FakeBrowserWindow.instances[1].loadedUrl).toBe('app://tkt/index.html');

    // The app takes the data in, then says it is done; from then on nothing is handed or taken.
    expect(await invokeAs('storage:legacy-take', {}, APP_PAGE)).toEqual({ ok: true, data: dump });
    expect(((await invokeAs('storage:legacy-take', {}, LEGACY_PAGE)) as { ok: boolean }).ok).toBe(false);
    expect(await invokeAs('storage:legacy-done', {}, APP_PAGE)).toEqual({ ok: true, data: null });
    expect(await invokeAs('storage:legacy-take', {}, APP_PAGE)).toEqual({ ok: true, data: null });

    resetFakeElectron();
    app.appPath = APP_ROOT;
    app.paths.userData = join(dir, 'userData');
    startApp();
    await until(() => FakeBrowserWindow.instances.length > 0);
    expect(FakeBrowserWindow.instances.map((w) => w.loadedUrl ?? w.loadedFile)).toEqual(['app://tkt/index.html']);
  });

  it('opens the app all the same when the old page closes without handing anything over', async () => {
    await startWithLegacyProfile();
    FakeBrowserWindow.instances[0].close();
    await until(() => FakeBrowserWindow.instances.length === 2);
    expect(FakeBrowserWindow.instances[1].loadedUrl).toBe('app://tkt/index.html');
  });
});
