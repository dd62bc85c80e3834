import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import type { FileFilter } from '../../../shared/ipc/contract';

/** The renderer's filters, then a Vietnamese "all files" choice so a renamed file can still be picked. */
function withAllFiles(filters: FileFilter[]): FileFilter[] {
  return [...filters, { name: 'Tất cả các tệp', extensions: ['*'] }];
}

function parentOf(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender);
}

/** Asks where to save; null when cancelled. Starts in Documents with the suggested name. */
export async function askSavePath(sender: WebContents, suggestedName: string, filters: FileFilter[], title = 'Lưu tệp'): Promise<string | null> {
  const options = {
    title,
    buttonLabel: 'Lưu',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: withAllFiles(filters),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const parent = parentOf(sender);
  const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

/** Asks which files to open; an empty list when cancelled. */
export async function askOpenPaths(sender: WebContents | null, filters: FileFilter[], multiple: boolean, title = 'Mở tệp'): Promise<string[]> {
  const options = {
    title,
    buttonLabel: 'Mở',
    filters: withAllFiles(filters),
    properties: multiple ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const],
  };
  const parent = sender ? parentOf(sender) : null;
  const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return r.canceled ? [] : r.filePaths;
}
