/**
 * The typed IPC contract shared by the main process and the preload script.
 * Every channel's request is validated in main before its handler runs; every
 * handler answers with an IpcResult instead of throwing, because Electron
 * keeps only the message of a thrown error.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface BackupInfo {
  name: string;
  size: number;
  /** Milliseconds since epoch. */
  mtime: number;
}

export interface IpcContract {
  'file:save': { req: { suggestedName: string; data: Uint8Array; filters: FileFilter[] }; res: { path: string } | null };
  'file:open': { req: { filters: FileFilter[]; multiple: boolean }; res: OpenedFile[] };
  /** `info`: the report's title, subject, author, version and data hash for the PDF's properties (never on the page). */
  'report:save-pdf': { req: { suggestedName: string; info?: { title: string; subject: string; author: string; keywords: string; creator: string } }; res: { path: string } | null };
  'report:print': { req: Record<string, never>; res: { printed: boolean } };
  'backup:write': { req: { data: Uint8Array; label: string }; res: BackupInfo };
  /** The renderer has nothing new to back up: a closing window need not wait for a backup. */
  'backup:skip': { req: Record<string, never>; res: null };
  'backup:list': { req: Record<string, never>; res: BackupInfo[] };
  'backup:read': { req: { name: string }; res: Uint8Array };
  /** portableDataDir: the folder beside the exe where the portable build keeps its data. */
  'app:info': { req: Record<string, never>; res: { version: string; platform: string; portableDataDir?: string } };
  /** Seal this laptop's signing key with the system key store (a new one when secretKey is absent); null when there is none. */
  'device-key:create': { req: { secretKey?: string }; res: { publicKey: string; sealed: Uint8Array } | null };
  /** Sign with a sealed key; the private key is opened only in main. */
  'device-key:sign': { req: { sealed: Uint8Array; message: Uint8Array }; res: Uint8Array };
  /** Seal a short secret (the team passphrase for backups) with the system key store; null when there is none. */
  'secret:seal': { req: { text: string }; res: Uint8Array | null };
  /** Open what secret:seal sealed (and nothing else: never a device key). */
  'secret:open': { req: { sealed: Uint8Array }; res: string };
  /**
   * Moving the data of a version that served the app from file:// (another
   * origin, so another IndexedDB) to app://: the old page hands over its
   * database once, the new page takes it before opening its own, then says done.
   */
  'storage:legacy-export': { req: { data: Uint8Array }; res: null };
  'storage:legacy-take': { req: Record<string, never>; res: Uint8Array | null };
  'storage:legacy-done': { req: Record<string, never>; res: null };
  'app:take-opened-files': { req: Record<string, never>; res: OpenedFile[] };
  /** The renderer's answer to 'app:unsent-query': how many of the member's changes are not yet sent to the leader. */
  'quit:unsent': { req: { count: number }; res: null };
}

export type IpcChannel = keyof IpcContract;

export interface IpcError {
  code: string;
  message: string;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };

/** Events main sends to the renderer. */
export interface IpcEvents {
  /** A .tkt file was opened from the file manager while the app runs. */
  'app:files-opened': void;
  /** The app is about to quit: write a last backup. */
  'app:before-quit': void;
  /** The window is closing: answer with 'quit:unsent' (the quit reminder). */
  'app:unsent-query': void;
  /** "Xuất ngay" in the quit reminder: open the export of the changes not sent yet. */
  'app:export-now': void;
}

/** What the preload script exposes as `window.api`. */
export interface AppApi {
  invoke<C extends IpcChannel>(channel: C, req: IpcContract[C]['req']): Promise<IpcResult<IpcContract[C]['res']>>;
  on(event: keyof IpcEvents, listener: () => void): () => void;
}

export const IPC_CHANNELS: readonly IpcChannel[] = [
  'file:save',
  'file:open',
  'report:save-pdf',
  'report:print',
  'backup:write',
  'backup:skip',
  'backup:list',
  'backup:read',
  'app:info',
  'app:take-opened-files',
  'device-key:create',
  'device-key:sign',
  'secret:seal',
  'secret:open',
  'storage:legacy-export',
  'storage:legacy-take',
  'storage:legacy-done',
  'quit:unsent',
];

export const IPC_EVENTS: readonly (keyof IpcEvents)[] = ['app:files-opened', 'app:before-quit', 'app:unsent-query', 'app:export-now'];
