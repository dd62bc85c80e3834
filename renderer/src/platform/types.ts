import type { PdfInfo } from '../../../shared/report/pdfInfo';
import type { BackupInfo, FileFilter, OpenedFile } from '../../../shared/ipc/contract';

export type { BackupInfo, FileFilter, OpenedFile };

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
  /** Files opened from the file manager (.tkt association), and a subscription for later ones. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  onFilesOpened(listener: () => void): () => void;
  onBeforeQuit(listener: () => void): () => void;
}
