/**
 * The one contract between the window and the core worker: every heavy,
 * pure job the screens hand off, with plain data in and out. Storage stays
 * on the window side: a job that needs stored data receives a function that
 * reads it (comlink runs it back in the window).
 */
import type { Edit } from '../../../shared/domain/edit';
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
  /** Open, check and preview chosen `.tkt` files (nothing is written). */
  checkImport(
    req: CheckImportRequest,
    loadEdits: (inspectionId: string) => Promise<Edit[]>,
    onProgress: (index: number, total: number, fileName: string) => void,
  ): Promise<CheckWithFiles<ImportCheck>[]>;
  /** The report as a DOCX file. */
  reportDocx(model: ReportModel): Promise<Uint8Array>;
}
