import type { PdfInfo } from '../../../shared/report/pdfInfo';
import type { BackupInfo, FileFilter, OpenedFile } from '../../../shared/ipc/contract';

export type { BackupInfo, FileFilter, OpenedFile };

/**
 * This laptop's signing key sealed by the operating system's key store
 * (Electron's safeStorage). The private key is opened only in the main
 * process; the renderer keeps the sealed bytes and asks main to sign.
 */
export interface KeyVault {
  /** Seal `secretKey` (hex; a new key when absent). null when the system has no secure key store. */
  create(secretKey?: string): Promise<{ publicKey: string; sealed: Uint8Array } | null>;
  sign(sealed: Uint8Array, message: Uint8Array): Promise<Uint8Array>;
  /** Seal a short secret (the backup passphrase); null when the system has no secure key store. */
  sealText(text: string): Promise<Uint8Array | null>;
  openText(sealed: Uint8Array): Promise<string>;
}

/**
 * Platform services the renderer needs. Two implementations: the Electron
 * preload bridge and plain-browser fallbacks (download, file input,
 * window.print), so the same UI runs in both.
 */
export interface Platform {
  kind: 'electron' | 'browser';
  /** Save bytes to a file the user picks (Electron) or download them (browser). Returns false if cancelled. */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<boolean>;
  /** Let the user pick files to open. */
  openFiles(filters: FileFilter[], multiple: boolean): Promise<OpenedFile[]>;
  /** Save the current window's print view as PDF (Electron), or open the print dialog (browser). */
  savePdf(suggestedName: string, info?: PdfInfo): Promise<boolean>;
  print(): Promise<void>;
  /** Rolling backups in the user data folder; undefined in the browser. */
  backups?: {
    write(data: Uint8Array, label: string): Promise<BackupInfo>;
    /** Nothing new to back up: lets a closing window close at once. */
    skip(): Promise<void>;
    list(): Promise<BackupInfo[]>;
    read(name: string): Promise<Uint8Array>;
  };
  /** The desktop app's key store; undefined in the browser (WebCrypto keeps the key there). */
  keyVault?: KeyVault;
  /** The one-time move of the database from the file:// origin (desktop app only). */
  legacyStorage?: {
    hand(data: Uint8Array): Promise<void>;
    take(): Promise<Uint8Array | null>;
    done(): Promise<void>;
  };
  /** Where the portable build keeps its data (beside the exe); undefined otherwise. */
  portableDataDir?(): Promise<string | undefined>;
  /** Files opened from the file manager (.tkt association), and a subscription for later ones. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  onFilesOpened(listener: () => void): () => void;
  onBeforeQuit(listener: () => void): () => void;
  /**
   * The quit reminder (desktop app): main asks how many changes are unsent
   * when the window closes; the listener answers with answerUnsent. "Xuất
   * ngay" in the reminder calls the export-now listeners.
   */
  onUnsentQuery(listener: () => void): () => void;
  answerUnsent(count: number): Promise<void>;
  onExportNow(listener: () => void): () => void;
}
