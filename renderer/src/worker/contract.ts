/**
 * The one contract between the window and the core worker: every heavy,
 * pure job the screens hand off, with plain data in and out. Storage stays
 * on the window side: a job that needs stored data receives a function that
 * reads it (comlink runs it back in the window).
 */
import type { Edit } from '../../../shared/domain/edit';
import type { StoredSegment } from '../../../shared/exchange/segments';
import type { ImportCheck, ImportFile } from '../../../shared/exchange/batch';
import type { CheckWithFiles } from '../../../shared/exchange/attachments';
import type { ReportModel } from '../../../shared/report';

export interface CheckImportRequest {
  files: ImportFile[];
  expectedInspectionId?: string;
  /** This laptop's public key and who uses it per inspection (authority.ts). */
  ownKey?: string;
  me?: Record<string, string>;
  leaderKeys?: Record<string, string>;
}

export interface CoreApi {
  /**
   * Open, check and preview chosen `.tkt` files (nothing is written). This
   * laptop's edits come a page at a time, and the new records stay in the
   * worker (each preview has `newCount` and `recordsHandle`): copying 100,000
   * records across in one message held the window for a third of a second.
   */
  checkImport(
    req: CheckImportRequest,
    loadEditsPage: (inspectionId: string, offset: number, limit: number) => Promise<Edit[]>,
    onProgress: (index: number, total: number, fileName: string) => void,
  ): Promise<CheckWithFiles<ImportCheck>[]>;
  /** A page of the new records a check kept, for "Nhập". */
  takeRecords(handle: number, offset: number, limit: number): Promise<Edit[]>;
  /** One of the author segments a check kept (to store for relaying), for "Nhập". */
  takeSegment(handle: number, index: number): Promise<StoredSegment>;
  /** Forget the records of earlier checks. */
  releaseRecords(handles: number[]): Promise<void>;
  /** The report as a DOCX file. */
  reportDocx(model: ReportModel): Promise<Uint8Array>;
}
