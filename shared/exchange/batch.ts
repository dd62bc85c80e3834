/**
 * Check and preview a batch of chosen files without writing anything: each
 * file against this laptop's data plus the files before it in the batch, so a
 * file chosen twice shows nothing new the second time and two members'
 * answers show their disagreement. Pure over the edits `loadEdits` hands in,
 * so it runs in the app's worker as well as in Node tests.
 */
import type { Edit } from '../domain/edit';
import { checkPackage, type CheckContext, type CheckedPackage } from './check';
import type { DeriveFn } from './crypto';
import { uncheckable, type ExchangeError } from './errors';
import { openPackage, type OpenedPackage, type Result } from './open';
import { extendIndex } from './partial';
import { previewImport, type ImportPreview } from './preview';

export interface ImportFile {
  name: string;
  data: Uint8Array;
  passphrase?: string;
}

export type FileCheck =
  | { fileName: string; ok: true; preview: ImportPreview; pkg: CheckedPackage }
  | { fileName: string; ok: false; error: ExchangeError };

/** What the screens need of a check: the preview or the reason, without the package itself. */
export type ImportCheck = { fileName: string; ok: true; preview: ImportPreview } | { fileName: string; ok: false; error: ExchangeError };

export interface BatchOptions {
  /** The inspection open on screen (undefined on the list page, where any inspection may come in). */
  expectedInspectionId?: string;
  /** This laptop's edits of one inspection (empty when it has none). */
  loadEdits: (inspectionId: string) => Promise<Edit[]>;
  /** Called before each file: `index` files are done out of `total`. */
  onProgress?: (index: number, total: number, fileName: string) => void;
  /** Where scrypt runs for passphrase-protected files (default: this thread, which in the app is the core worker). */
  derive?: DeriveFn;
  /** This laptop's public key, and who uses it per inspection: what authority.ts decides with. */
  ownKey?: string;
  me?: Record<string, string>;
  /** Leader keys pinned on this laptop, by inspection. */
  leaderKeys?: Record<string, string>;
}

export async function checkImportBatch(files: readonly ImportFile[], opts: BatchOptions): Promise<FileCheck[]> {
  const cache = new Map<string, Edit[]>();
  const out: FileCheck[] = [];
  for (const [i, f] of files.entries()) {
    opts.onProgress?.(i, files.length, f.name);
    const opened = await openPackage(f.name, f.data, { passphrase: f.passphrase, derive: opts.derive });
    if (!opened.ok) {
      out.push({ fileName: f.name, ok: false, error: opened.error });
      continue;
    }
    // Load this laptop's copy of the inspections the file names, then check synchronously against it.
    for (const ref of opened.package.manifest.inspections) if (!cache.has(ref.id)) cache.set(ref.id, await opts.loadEdits(ref.id));
    const current = (id: string) => cache.get(id) ?? [];
    const checked = safeCheck(opened.package, { expectedInspectionId: opts.expectedInspectionId, currentEdits: current, ownKey: opts.ownKey, me: (id) => opts.me?.[id], pinnedLeaderKey: (id) => opts.leaderKeys?.[id] });
    if (!checked.ok) {
      out.push({ fileName: f.name, ok: false, error: checked.error });
      continue;
    }
    const preview = previewImport(checked.package, current);
    out.push({ fileName: f.name, ok: true, pkg: checked.package, preview });
    for (const ref of preview.inspections) {
      const before = current(ref.id);
      const added = preview.newEdits.filter((e) => e.inspectionId === ref.id);
      const next = before.concat(added);
      // The next file is checked against this list: grow the index of the last one instead of building it anew.
      extendIndex(before, next, added);
      cache.set(ref.id, next);
    }
  }
  opts.onProgress?.(files.length, files.length, '');
  return out;
}

/** The check without the opened package: what crosses from the worker to the window. */
export function withoutPackage(c: FileCheck): ImportCheck {
  return c.ok ? { fileName: c.fileName, ok: true, preview: c.preview } : c;
}

function safeCheck(pkg: OpenedPackage, ctx: CheckContext): Result<CheckedPackage> {
  try {
    return checkPackage(pkg, ctx);
  } catch {
    return { ok: false, error: uncheckable(pkg.fileName) };
  }
}
