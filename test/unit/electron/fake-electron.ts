/**
 * A stand-in for the 'electron' module, just enough of it for main-process
 * tests: it records what the code under test asks of Electron (window
 * options, handlers, headers) and lets tests fire Electron's events.
 * Used as: vi.mock('electron', async () => (await import('./fake-electron')).electronModule)
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(extra: { url?: string } = {}): FakeEvent {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: string[] = [];
  destroyed = false;
  printToPDF = vi.fn(async (_opts: unknown) => Buffer.from('%PDF-1.4\n%fake\n'));
  print = vi.fn((_opts: unknown, cb: (success: boolean, reason: string) => void) => cb(true, ''));
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = h;
  }
  send(channel: string): void {
    this.sent.push(channel);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  appPath = '/opt/tu-kiem-tra/resources/app';
  paths: Record<string, string> = {};
  lock = true;
  requestSingleInstanceLock = vi.fn(() => this.lock);
  quit = vi.fn();
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getPath = vi.fn((name: string) => this.paths[name] ?? `/tmp/tkt-fake-${name}`);
  getAppPath = (): string => this.appPath;
  getVersion = (): string => '0.1.0';
  whenReady = vi.fn(() => Promise.resolve());
}

export const app = new FakeApp();

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedFile: string | null = null;
  loadedUrl: string | null = null;
  destroyed = false;
  focus = vi.fn();
  restore = vi.fn();
  show = vi.fn();
  minimized = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
    // Electron announces every new web contents; the app hardens them there.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: 'close' may be prevented; otherwise the window and its renderer go away. */
  close(): void {
    const e = fakeEvent();
    this.emit('close', e);
    if (e.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  static fromWebContents(wc: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === wc) ?? null;
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  cb: (r: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export const defaultSession = {
  headersListener: null as HeadersListener | null,
  permissionRequestHandler: null as ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null,
  permissionCheckHandler: null as ((wc: unknown, permission: string) => boolean) | null,
  webRequest: {
    onHeadersReceived(listener: HeadersListener): void {
      defaultSession.headersListener = listener;
    },
  },
  setPermissionRequestHandler(h: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void): void {
    defaultSession.permissionRequestHandler = h;
  },
  setPermissionCheckHandler(h: (wc: unknown, permission: string) => boolean): void {
    defaultSession.permissionCheckHandler = h;
  },
};

export const ipcMain = {
  handlers: new Map<string, (event: unknown, req: unknown) => Promise<unknown>>(),
  handle(channel: string, fn: (event: unknown, req: unknown) => Promise<unknown>): void {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, fn);
  },
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
  showErrorBox: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

type ProtocolHandler = (request: { url: string }) => Promise<Response> | Response;

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  /** Whether 'ready' had already fired when the schemes were registered (Electron requires before). */
  registeredAfterReady: false,
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    protocol.handlers.set(scheme, handler);
  },
};

/**
 * The system key store: "encrypts" by reversing and tagging the bytes, enough
 * to tell sealed from plain; the backend can be switched to Linux's
 * 'basic_text' or made unavailable.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: (): boolean => safeStorage.available,
  getSelectedStorageBackend: (): string => safeStorage.backend,
  encryptString: (plain: string): Buffer => Buffer.concat([Buffer.from('SEALED:'), Buffer.from(plain, 'utf8').reverse()]),
  decryptString: (sealed: Buffer): string => {
    if (!sealed.subarray(0, 7).equals(Buffer.from('SEALED:'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(sealed.subarray(7)).reverse().toString('utf8');
  },
};

export const electronModule = {
  protocol,
  safeStorage,
  app,
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession },
  ipcMain,
  dialog,
  Menu,
};

/** Back to a fresh Electron: no listeners, windows, handlers or recorded calls. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.lock = true;
  app.paths = {};
  app.appPath = '/opt/tu-kiem-tra/resources/app';
  FakeBrowserWindow.instances = [];
  defaultSession.headersListener = null;
  defaultSession.permissionRequestHandler = null;
  defaultSession.permissionCheckHandler = null;
  ipcMain.handlers.clear();
  protocol.privileged = [];
  protocol.handlers.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  vi.clearAllMocks();
}

/** An IPC invoke as Electron would deliver it from a frame at `frameUrl`. */
export function invokeAs(channel: string, req: unknown, frameUrl: string | null, sender: FakeWebContents = new FakeWebContents()): Promise<unknown> {
  const fn = ipcMain.handlers.get(channel);
  if (!fn) throw new Error(`no handler for ${channel}`);
  return fn({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender }, req);
}
