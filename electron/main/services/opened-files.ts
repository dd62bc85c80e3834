import { isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { readUserFile } from './files';

/** Exchange files the app accepts from the file manager. */
export function isTktPath(arg: string): boolean {
  return /\.tkt$/i.test(arg) && !arg.startsWith('-');
}

/**
 * The .tkt paths in a command line (Windows/Linux file association, or a
 * second instance's argv), resolved against the directory it was started in.
 */
export function tktPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv.slice(1).filter(isTktPath).map((p) => (isAbsolute(p) ? p : resolve(cwd, p)));
}

/**
 * Files opened from the file manager wait here until the renderer takes them:
 * they can arrive before the window exists (macOS 'open-file' before ready,
 * argv at start-up), so main queues and the renderer pulls.
 */
export class OpenedFilesQueue {
  private files: OpenedFile[] = [];

  constructor(
    private readonly onAdded: () => void,
    /** Told about each file that could not be queued (unreadable, over the size limit), with a Vietnamese message. */
    private readonly onRejected: (path: string, message: string) => void = () => {},
  ) {}

  /** Reads each path and queues it; a file that cannot be read is reported and skipped. */
  async add(paths: readonly string[]): Promise<void> {
    let added = 0;
    for (const p of paths) {
      try {
        // Read first, then push: take() may swap the array while the read is pending.
        const file = await readUserFile(p);
        this.files.push(file);
        added++;
      } catch (e) {
        this.onRejected(p, (e as Error).message);
      }
    }
    if (added > 0) this.onAdded();
  }

  take(): OpenedFile[] {
    const out = this.files;
    this.files = [];
    return out;
  }
}
