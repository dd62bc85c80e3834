import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Versions before 0.2 served the app from file://; this one serves it from
 * app://tkt, another origin, so Chromium gives it another, empty IndexedDB.
 * Once, at the first start of this version, the old page is opened hidden to
 * hand its whole database over (as bytes in one file here), and the new page
 * takes it in before it opens its own. The marker ends it; the old folder is
 * left on disk untouched.
 */
export class OriginMove {
  private readonly legacyDir: string;
  private readonly pendingFile: string;
  private readonly markerFile: string;

  constructor(userData: string) {
    this.legacyDir = join(userData, 'IndexedDB', 'file__0.indexeddb.leveldb');
    this.pendingFile = join(userData, 'origin-move', 'file-origin.json');
    this.markerFile = join(userData, 'origin-move', 'done');
  }

  /** The old page must still hand its data over: there is a file:// database and nothing has been handed yet. */
  needsExport(): boolean {
    return existsSync(this.legacyDir) && !existsSync(this.markerFile) && !existsSync(this.pendingFile);
  }

  async store(data: Uint8Array): Promise<void> {
    await mkdir(dirname(this.pendingFile), { recursive: true });
    // Written beside, then renamed: a crash never leaves half a database to import.
    await writeFile(`${this.pendingFile}.part`, data);
    await rename(`${this.pendingFile}.part`, this.pendingFile);
  }

  async take(): Promise<Uint8Array | null> {
    if (existsSync(this.markerFile) || !existsSync(this.pendingFile)) return null;
    return new Uint8Array(await readFile(this.pendingFile));
  }

  async done(): Promise<void> {
    await mkdir(dirname(this.markerFile), { recursive: true });
    await writeFile(this.markerFile, new Date().toISOString());
    await rm(this.pendingFile, { force: true });
  }
}
