/**
 * The Excel export of results: rows from the derived state (shared/export),
 * the workbook written in a worker, the file saved through the platform.
 */
import { wrap } from 'comlink';
import type { DerivedState } from '../../../../shared/domain/derive';
import { resultSheets, type ResultSheet } from '../../../../shared/export/resultRows';
import type { WorkbookMeta } from '../../../../shared/export/workbook';
import type { ChecklistTemplate } from '../../../../shared/templates';
import type { ExcelWorkerApi } from './excel.worker';

export const XLSX_FILTERS = [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }];

/** Runs the build in a worker; where a worker cannot start (an old file:// page), in this thread instead. */
async function buildWorkbook(sheets: ResultSheet[], meta: WorkbookMeta): Promise<Uint8Array> {
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./excel.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
  }
  if (worker) {
    const w = worker;
    try {
      const failed = new Promise<never>((_, reject) => w.addEventListener('error', () => reject(new Error('worker'))));
      return await Promise.race([wrap<ExcelWorkerApi>(w).build(sheets, meta), failed]);
    } catch {
      // Fall through to building here: slower, but the leader still gets the file.
    } finally {
      w.terminate();
    }
  }
  const { resultWorkbook } = await import('../../../../shared/export/workbook');
  return resultWorkbook(sheets, meta);
}

export async function buildResultsFile(
  state: DerivedState,
  template: ChecklistTemplate,
  units: readonly { id: string; name: string }[],
  nameOf: (memberId: string) => string,
  title: string,
): Promise<Uint8Array> {
  const sheets = resultSheets(state, template, units, nameOf);
  const now = Date.now();
  return buildWorkbook(sheets, { title, timezoneOffsetMinutes: new Date(now).getTimezoneOffset(), createdAt: now });
}

/** "ket-qua-kiem-tra-2025-10-08.xlsx": plain ASCII, so every file system and mail client keeps it. */
export function resultsFileName(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `ket-qua-kiem-tra-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.xlsx`;
}

