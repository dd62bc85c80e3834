/**
 * Which checklist answers each unit has, for the unit list's "answered/total",
 * without deriving the whole inspection.
 *
 * Deriving every unit's records to show thirty small counts read and kept all
 * the edits of a large inspection (100 000 records, 70 MB) and slowed the
 * checklist's opening. Here only response edits are folded, keeping the
 * standing value per field and nothing else, and reading happens only when a
 * unit's edits changed: a live count per unit tells which ones did.
 */
import { liveQuery, type Subscription } from 'dexie';
import { DELETED_FIELD, type Edit, type Json } from '../../../shared/domain/edit';
import type { ResponseValues } from '../../../shared/domain/schemas';
import { isAnswered } from '../../../shared/domain/views';
import type { AppDB } from './schema';

/** Answered response record ids, per unit id. */
export type UnitAnswers = ReadonlyMap<string, ReadonlySet<string>>;

interface FieldFold {
  /** The standing head: the greatest id among edits nothing replaces. */
  top: Edit;
  /** Whether every standing head was seen by a deletion (as deriveState decides deletion). */
  allSeenByDelete: boolean;
}

/**
 * The answered responses among `edits`, grouped by unit: exactly the records
 * for which isAnswered(responseOf(deriveState(edits))) holds (same rules for
 * replaced edits, standing values and deletion), but without building every
 * record's heads. Edits of other kinds only count for what they replace.
 */
export function answeredResponses(edits: readonly Edit[]): Map<string, Set<string>> {
  const replaced = new Set<string>();
  const seenByDelete = new Set<string>();
  for (const e of edits) {
    if (e.replaces.length === 0) continue;
    if (e.field === DELETED_FIELD) for (const r of e.replaces) (seenByDelete.add(r), replaced.add(r));
    else for (const r of e.replaces) replaced.add(r);
  }
  const records = new Map<string, { unitId: string; createdAt: string; fields: Map<string, FieldFold> }>();
  for (const e of edits) {
    if (e.entity !== 'response') continue;
    let rec = records.get(e.recordId);
    if (!rec) records.set(e.recordId, (rec = { unitId: e.unitId, createdAt: e.id, fields: new Map() }));
    else if (e.id < rec.createdAt) {
      // deriveState takes the unit from the record's first edit.
      rec.createdAt = e.id;
      rec.unitId = e.unitId || rec.unitId;
    }
    if (replaced.has(e.id)) continue;
    const seen = seenByDelete.has(e.id);
    const f = rec.fields.get(e.field);
    if (!f) rec.fields.set(e.field, { top: e, allSeenByDelete: seen });
    else {
      if (e.id > f.top.id) f.top = e;
      f.allSeenByDelete &&= seen;
    }
  }
  const out = new Map<string, Set<string>>();
  for (const [recordId, rec] of records) {
    const del = rec.fields.get(DELETED_FIELD);
    if (del && del.top.value === true) {
      let deleted = true;
      for (const [name, f] of rec.fields) if (name !== DELETED_FIELD && !f.allSeenByDelete) deleted = false;
      if (deleted) continue;
    }
    const values: Record<string, Json> = {};
    for (const [name, f] of rec.fields) if (name !== DELETED_FIELD) values[name] = f.top.value;
    if (!isAnswered(values as Partial<ResponseValues>)) continue;
    let set = out.get(rec.unitId);
    if (!set) out.set(rec.unitId, (set = new Set()));
    set.add(recordId);
  }
  return out;
}

/** One query for every unit: the inspection's response edits only (no evidence, findings or set-up). */
export async function readAllUnitAnswers(db: AppDB, inspectionId: string): Promise<Map<string, Set<string>>> {
  return answeredResponses(await db.edits.where('[inspectionId+entity]').equals([inspectionId, 'response']).toArray());
}

/** One unit's answers, from that unit's own edits. */
export async function readUnitAnswers(db: AppDB, inspectionId: string, unitId: string): Promise<Set<string>> {
  const edits = await db.edits.where('[inspectionId+unitId]').equals([inspectionId, unitId]).toArray();
  return answeredResponses(edits).get(unitId) ?? new Set();
}

/** Up to this many changed units are re-read one by one; more (an import) take the one query for all. */
const FEW_UNITS = 2;

/**
 * Keeps every unit's answers up to date. Edits are only ever added, so a
 * unit's edit count (an index count, no record read) changes exactly when its
 * edits do; only those units are read again. The unit being worked on is
 * skipped while it is current, since the checklist already holds its state,
 * and re-read once it is left if it changed.
 */
export class UnitAnswersTracker {
  private readonly answers = new Map<string, Set<string>>();
  /** The edit count each unit's answers were read at. */
  private readonly readAt = new Map<string, number>();
  private counts: number[] | undefined;
  private subscription: Subscription | undefined;
  private pending: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: AppDB,
    private readonly inspectionId: string,
    private readonly unitIds: readonly string[],
    private current: string,
    private readonly onChange: (answers: UnitAnswers) => void,
  ) {}

  start(): void {
    if (this.stopped || this.subscription) return;
    const { db, inspectionId, unitIds } = this;
    this.subscription = liveQuery(() => Promise.all(unitIds.map((u) => db.edits.where('[inspectionId+unitId]').equals([inspectionId, u]).count()))).subscribe({
      next: (counts) => {
        this.counts = counts;
        void this.refresh();
      },
      // A failed read leaves the counts unshown rather than wrong.
      error: () => undefined,
    });
  }

  /** The unit the checklist now shows; the one left is re-read on the next refresh if it changed. */
  setCurrent(unitId: string): void {
    this.current = unitId;
  }

  stop(): void {
    this.stopped = true;
    this.subscription?.unsubscribe();
  }

  /** Resolves once the answers match the latest counts (tests wait on it). */
  refresh(): Promise<void> {
    this.again = true;
    // One read at a time; a change during a read asks for one more round.
    this.pending ??= this.readWhileStale().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async readWhileStale(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        await this.readStale();
      } catch {
        // Leave what was shown; the next change tries again.
      }
    }
  }

  private async readStale(): Promise<void> {
    const counts = this.counts;
    if (!counts || this.stopped) return;
    const stale = this.unitIds.filter((u, i) => u !== this.current && this.readAt.get(u) !== counts[i]);
    if (stale.length === 0) return;
    if (stale.length > FEW_UNITS) {
      // Counts were taken before this read, so anything written since is read too, or counted again later.
      const all = await readAllUnitAnswers(this.db, this.inspectionId);
      this.unitIds.forEach((u, i) => {
        this.answers.set(u, all.get(u) ?? new Set());
        this.readAt.set(u, counts[i]);
      });
    } else {
      for (const u of stale) {
        const set = await readUnitAnswers(this.db, this.inspectionId, u);
        this.answers.set(u, set);
        this.readAt.set(u, counts[this.unitIds.indexOf(u)]);
      }
    }
    if (!this.stopped) this.onChange(new Map(this.answers));
  }
}
