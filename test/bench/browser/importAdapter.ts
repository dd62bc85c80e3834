/**
 * The app's real import path (renderer/src/db/exchange.ts), called as the
 * exchange page calls it: check and preview every file (nothing written),
 * then write all new records in one transaction with progress.
 */
import { EditStore } from '../../../renderer/src/db/edits';
import { applyImport, checkImportFiles } from '../../../renderer/src/db/exchange';
import type { AppDB } from '../../../renderer/src/db/schema';

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
}

/** Milliseconds spent checking and writing, measured apart: the person waits for both. */
export interface ImportSteps {
  checkMs: number;
  writeMs: number;
}

export async function importFiles(db: AppDB, inspectionId: string, files: BenchFile[], onProgress: (fraction: number) => void): Promise<ImportSteps> {
  const store = await EditStore.open(db);
  const t0 = performance.now();
  const checks = await checkImportFiles(
    db,
    files.map((f) => ({ name: f.name, data: f.bytes })),
    inspectionId,
  );
  const refused = checks.find((c) => !c.ok);
  if (refused && !refused.ok) throw new Error(`${refused.fileName}: ${refused.error.message}`);
  const t1 = performance.now();
  await applyImport(db, store, checks, (done, total) => onProgress(total ? done / total : 1));
  return { checkMs: t1 - t0, writeMs: performance.now() - t1 };
}
