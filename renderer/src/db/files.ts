/**
 * Attached files on this laptop: stored once by SHA-256 in the `files` table,
 * named by attachment edits. Also what a package carries of them, and which
 * ones this laptop already sent to the leader (so each goes only once).
 */
import type { Edit } from '../../../shared/domain/edit';
import { sha256HexAsync } from '../../../shared/exchange/crypto';
import { chooseFilesToSend } from '../../../shared/exchange/attachments';
import type { PackageKind } from '../../../shared/exchange/manifest';
import { imagePolicyFrom, type ImagePolicy } from '../../../shared/checklist/attachments';
import type { AppDB, FileRow } from './schema';
import { getSetting, setSetting } from './settings';

/** Store bytes under their hash (nothing written when the same file is there already); returns the hash. */
export async function storeFile(db: AppDB, data: Uint8Array, thumb?: Uint8Array): Promise<string> {
  const sha256 = await sha256HexAsync(data);
  await db.transaction('rw', db.files, async () => {
    const had = await db.files.get(sha256);
    if (!had) await db.files.add({ sha256, size: data.length, data, ...(thumb ? { thumb } : {}), addedAt: Date.now() });
    else if (thumb && !had.thumb) await db.files.update(sha256, { thumb });
  });
  return sha256;
}

export function getFile(db: AppDB, sha256: string): Promise<FileRow | undefined> {
  return db.files.get(sha256);
}

export async function addThumb(db: AppDB, sha256: string, thumb: Uint8Array): Promise<void> {
  await db.files.update(sha256, { thumb });
}

/**
 * Files received in packages, already checked against their hashes by
 * shared/exchange/open.ts. Written before the edits that name them, so an
 * attachment never arrives without its file; a file whose edits then fail
 * to land is harmless (it is only ever found by its hash).
 */
export async function storeReceivedFiles(db: AppDB, files: Readonly<Record<string, Uint8Array>>): Promise<number> {
  const hashes = Object.keys(files);
  if (hashes.length === 0) return 0;
  return db.transaction('rw', db.files, async () => {
    const had = await db.files.bulkGet(hashes);
    const now = Date.now();
    const fresh = hashes.filter((_, i) => !had[i]).map((sha256) => ({ sha256, size: files[sha256].length, data: files[sha256], addedAt: now }));
    await db.files.bulkAdd(fresh);
    return fresh.length;
  });
}

const sentKey = (inspectionId: string) => `filesSent:${inspectionId}`;

/** Hashes of the files this laptop already sent to the leader for one inspection. */
export async function sentFiles(db: AppDB, inspectionId: string): Promise<Set<string>> {
  return new Set((await getSetting<string[]>(db, sentKey(inspectionId))) ?? []);
}

/** After a results file is saved: its files need not travel again. */
export async function noteFilesSent(db: AppDB, inspectionId: string, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return;
  const had = await sentFiles(db, inspectionId);
  for (const h of hashes) had.add(h);
  await setSetting(db, sentKey(inspectionId), [...had]);
}

export interface PackageFiles {
  /** Bytes by hash, for buildSignedPackage. */
  bytes: Record<string, Uint8Array>;
  /** Hashes carried. */
  sent: string[];
  /** Files that wait for the next package (over the package's bound). */
  waiting: number;
}

/**
 * The files a package carries: those its attachment edits name and this
 * laptop holds. A member's results leave out files already sent to the
 * leader; set-up files carry none; merged state and backups carry all.
 */
export async function filesForPackage(db: AppDB, kind: PackageKind, edits: readonly Edit[], inspectionId: string | undefined): Promise<PackageFiles> {
  const none: PackageFiles = { bytes: {}, sent: [], waiting: 0 };
  if (kind === 'setup') return none;
  const named = [...new Set(edits.filter((e) => e.entity === 'attachment' && e.field === 'sha256' && typeof e.value === 'string').map((e) => e.value as string))];
  if (named.length === 0) return none;
  const rows = (await db.files.bulkGet(named)).filter((r): r is FileRow => !!r);
  const already = kind === 'results' && inspectionId ? await sentFiles(db, inspectionId) : new Set<string>();
  const chosen = chooseFilesToSend(rows.map((r) => ({ sha256: r.sha256, size: r.size })), already);
  const byHash = new Map(rows.map((r) => [r.sha256, r.data]));
  const bytes: Record<string, Uint8Array> = {};
  for (const h of chosen.send) bytes[h] = byHash.get(h)!;
  return { bytes, sent: chosen.send, waiting: chosen.waiting.length };
}

/** The photo policy of this laptop (settings key `imagePolicy`), defaults where unset. */
export async function imagePolicy(db: AppDB): Promise<ImagePolicy> {
  return imagePolicyFrom(await getSetting(db, 'imagePolicy'));
}
