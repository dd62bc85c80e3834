import { mkdir, readdir, readFile, rm, stat, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { AppError } from '../errors';

/** How many rolling backups are kept; older ones are deleted after each write. */
export const BACKUPS_KEPT = 10;

/**
 * A backup's file name: `${label}-${YYYYMMDDTHHMMSSmmmZ}[-n].tkt`. The label is
 * reduced to letters, digits, '-' and '_' (labelSlug); the timestamp
 * sorts as text, and `-n` separates backups written in the same millisecond.
 */
const NAME_RE = /^(.+)-(\d{8}T\d{9}Z)(?:-(\d{1,4}))?\.tkt$/u;

/** A label as a file-name part: letters and digits kept (with diacritics), anything else becomes '-'. */
export function labelSlug(label: string): string {
  const slug = label
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'sao-luu';
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

/** Sort key: timestamp then same-millisecond sequence, so newest first is a reverse text sort. */
function sortKey(name: string): string | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  return `${m[2]}-${(m[3] ?? '0').padStart(4, '0')}`;
}

/**
 * Rolling backups of full `.tkt` packages in one folder (userData/backups).
 * The folder only ever holds files this store wrote; names coming from the
 * renderer are checked against the folder listing, so none can point elsewhere.
 */
export class BackupStore {
  /** Resolvers waiting for the next completed write (used to let a quit wait for the last backup). */
  private waiters: (() => void)[] = [];

  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  async write(data: Uint8Array, label: string): Promise<BackupInfo> {
    await mkdir(this.dir, { recursive: true });
    const base = `${labelSlug(label)}-${stamp(this.now())}`;
    const existing = new Set(await this.names());
    let name = `${base}.tkt`;
    for (let n = 1; existing.has(name); n++) name = `${base}-${n}.tkt`;
    const path = join(this.dir, name);
    // Write beside, then rename: a crash mid-write never leaves a truncated backup under a real name.
    const tmp = `${path}.part`;
    try {
      await writeFile(tmp, data);
      await rename(tmp, path);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new AppError('file-write-failed', (e as Error).message);
    }
    await this.prune();
    const st = await stat(path);
    const info = { name, size: st.size, mtime: st.mtimeMs };
    this.release();
    return info;
  }

  /** Wake whoever waits for the next backup: one was written, or the renderer has nothing new to write. */
  release(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  /** Newest first. */
  async list(): Promise<BackupInfo[]> {
    const names = await this.names();
    const out: BackupInfo[] = [];
    for (const name of names) {
      try {
        const st = await stat(join(this.dir, name));
        if (st.isFile()) out.push({ name, size: st.size, mtime: st.mtimeMs });
      } catch {
        // Deleted between listing and stat: simply not listed.
      }
    }
    return out;
  }

  async read(name: string): Promise<Uint8Array> {
    // Only a name that is in the folder listing is read, whatever the caller sent.
    if (!(await this.names()).includes(name)) throw new AppError('backup-not-found');
    try {
      return new Uint8Array(await readFile(join(this.dir, name)));
    } catch {
      throw new AppError('backup-not-found');
    }
  }

  /** Resolves when the next backup write completes. */
  nextWrite(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }

  /** Backup file names, newest first. */
  private async names(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch {
      return [];
    }
    return entries
      .map((name) => ({ name, key: sortKey(name) }))
      .filter((e): e is { name: string; key: string } => e.key !== null)
      .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
      .map((e) => e.name);
  }

  private async prune(): Promise<void> {
    const names = await this.names();
    for (const old of names.slice(BACKUPS_KEPT)) await rm(join(this.dir, old), { force: true });
  }
}
