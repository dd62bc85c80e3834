/**
 * At start, drafts left in the journal (the browser was killed or the power
 * cut before their debounce ended) become edits, each with the id reserved
 * when it was typed, so its time is the time of typing. Drafts the checks
 * refuse stay in the journal with their message, to be shown and corrected.
 */
import { responseId, type Edit } from '../../../../shared/domain/edit';
import { responseOf } from '../../../../shared/domain/views';
import { planFieldEdits } from '../../../../shared/domain/write';
import { allDrafts, clearStoredDrafts, markRefused, type DraftRow } from '../../db/drafts';
import type { EditStore } from '../../db/edits';
import { authorFor, InspectionRepo } from '../../db/inspections';
import type { AppDB } from '../../db/schema';
import { checkDrafts, heldMessage, type Drafts, type ResponseField } from './responseDraft';

export interface ReplayResult {
  /** Edits written from the journal. */
  written: number;
  /** Drafts kept because the checks refuse them. */
  refused: number;
}

function byResponse(rows: DraftRow[]): Map<string, DraftRow[]> {
  const m = new Map<string, DraftRow[]>();
  for (const r of rows) {
    const k = `${r.inspectionId}|${r.unitId}|${r.itemId}`;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

export async function replayJournal(db: AppDB, store: EditStore): Promise<ReplayResult> {
  const rows = await allDrafts(db);
  if (rows.length === 0) return { written: 0, refused: 0 };
  // Ids reserved before the crash may be later than the saved clock: move past them first.
  store.observe(rows);
  let written = 0;
  let refused = 0;
  for (const group of byResponse(rows).values()) {
    const { inspectionId, unitId, itemId } = group[0];
    const repo = new InspectionRepo(db, store, inspectionId);
    const state = await repo.state(unitId);
    const stored = responseOf(state, unitId, itemId)?.values ?? {};
    const drafts: Drafts = {};
    for (const r of group) drafts[r.field as ResponseField] = r.text;
    const { values, errors } = checkDrafts(stored, drafts);
    const author = await authorFor(db, inspectionId);
    const edits: Edit[] = [];
    for (const r of group) {
      const f = r.field as ResponseField;
      if (!(f in values)) continue;
      // One field at a time so each edit carries the id reserved for it when typed.
      edits.push(...planFieldEdits(state, { inspectionId, author, nextId: () => r.id }, 'response', responseId(unitId, itemId), unitId, { [f]: values[f] }));
    }
    await store.write(edits);
    written += edits.length;
    await clearStoredDrafts(
      db,
      group.filter((r) => r.field in values),
    );
    const kept = group.filter((r) => !(r.field in values));
    refused += kept.length;
    const marked = kept.map((r) => ({ ...r, error: heldMessage(r.field as ResponseField, errors) }));
    await markRefused(db, marked);
  }
  return { written, refused };
}
