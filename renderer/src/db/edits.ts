/**
 * The one writer of edit records. Keeps this laptop's hybrid logical clock,
 * persists it in the same transaction as the edits it stamped, and reads edit
 * sets for the screens.
 */
import { initialClock, receive, recoverClock, tick, type HlcState } from '../../../shared/domain/clock';
import type { Edit, EntityKind } from '../../../shared/domain/edit';
import { appendEdits, boundTables, writeTables, type Tables } from './readModel';
import type { AppDB } from './schema';

const CLOCK_KEY = 'clock';
const DEVICE_KEY = 'deviceId';

function randomNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class EditStore {
  private clock: HlcState;

  private constructor(
    readonly db: AppDB,
    clock: HlcState,
    private readonly now: () => number,
  ) {
    this.clock = clock;
  }

  /** Opens the store, creating this laptop's device id on first use. */
  static async open(db: AppDB, now: () => number = Date.now): Promise<EditStore> {
    return db.transaction('rw', db.settings, async () => {
      let node = (await db.settings.get(DEVICE_KEY))?.value as string | undefined;
      if (!node) {
        node = randomNodeId();
        await db.settings.put({ key: DEVICE_KEY, value: node });
      }
      const saved = (await db.settings.get(CLOCK_KEY))?.value as HlcState | undefined;
      let clock = saved && saved.node === node ? saved : initialClock(node);
      const recovered = recoverClock(clock, now(), now());
      if (recovered !== clock) {
        // A corrupt clock (from a wrong laptop's far-future time) is put back at start; records stay untouched.
        clock = recovered;
        await db.settings.put({ key: CLOCK_KEY, value: clock });
      }
      return new EditStore(db, clock, now);
    });
  }

  get deviceId(): string {
    return this.clock.node;
  }

  /** A fresh timestamp, strictly after every timestamp this laptop has made or seen. */
  nextId = (): string => {
    const { state, ts } = tick(this.clock, this.now());
    this.clock = state;
    return ts;
  };

  /** Move the clock past edits received from others (import), or ids reserved before a crash (draft journal). */
  observe(edits: Iterable<{ id: string }>): void {
    let max = '';
    for (const e of edits) if (e.id > max) max = e.id;
    if (max) this.clock = receive(this.clock, max, this.now());
  }

  /**
   * Write edits atomically with the read model and the clock state. Durable
   * when the promise resolves. Joins the caller's transaction when there is
   * one (it must span writeTables). Returns how many edits were new.
   */
  async write(edits: readonly Edit[], onProgress?: (done: number, total: number) => void): Promise<number> {
    if (edits.length === 0) return 0;
    return this.db.transaction('rw', writeTables(this.db), (trans) => this.appendHere(boundTables(trans), edits, onProgress));
  }

  /** write() inside the caller's transaction over writeTables, through tables bound to it (the storage port's use cases). */
  async appendHere(tables: Tables, edits: readonly Edit[], onProgress?: (done: number, total: number) => void): Promise<number> {
    if (edits.length === 0) return 0;
    const n = await appendEdits(tables, edits, onProgress);
    // The clock is saved with the edits it stamped; nothing written, nothing to save.
    if (n > 0) await tables.settings.put({ key: CLOCK_KEY, value: this.clock });
    return n;
  }
}

/** Every edit of an inspection (report, exchange). */
export function inspectionEdits(db: AppDB, inspectionId: string): Promise<Edit[]> {
  return db.edits.where('inspectionId').equals(inspectionId).toArray();
}

/** A page of an inspection's edits (the import check reads them a page at a time into the worker). */
export function inspectionEditsPage(db: AppDB, inspectionId: string, offset: number, limit: number): Promise<Edit[]> {
  return db.edits.where('inspectionId').equals(inspectionId).offset(offset).limit(limit).toArray();
}

/** The edits of one kind of record of an inspection (e.g. the report's parts), through the [inspectionId+entity] index. */
export function entityEdits(db: AppDB, inspectionId: string, entity: EntityKind): Promise<Edit[]> {
  return db.edits.where('[inspectionId+entity]').equals([inspectionId, entity]).toArray();
}

/** The inspection-wide edits (set-up: inspection, units, members, report parts) plus one unit's. */
export async function unitEdits(db: AppDB, inspectionId: string, unitId: string): Promise<Edit[]> {
  const [common, unit] = await Promise.all([
    db.edits.where('[inspectionId+unitId]').equals([inspectionId, '']).toArray(),
    unitId ? db.edits.where('[inspectionId+unitId]').equals([inspectionId, unitId]).toArray() : Promise.resolve([]),
  ]);
  return common.concat(unit);
}
