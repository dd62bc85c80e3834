/** The read model of a whole edit log, as rows to store (the version 2 upgrade builds it from existing edits). */
import { rebuildReadModel } from '../../../shared/core/memoryStore';
import type { CountRow, HeadRow, RecordRow } from '../../../shared/core/readModel';
import type { Edit } from '../../../shared/domain/edit';

export function buildReadModel(edits: readonly Edit[]): { records: RecordRow[]; heads: HeadRow[]; counts: CountRow[] } {
  const m = rebuildReadModel(edits);
  return { records: [...m.records.values()], heads: [...m.heads.values()], counts: [...m.counts.values()] };
}
