import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveState, mergeEdits } from '../../shared/domain/derive';
import { DELETED_FIELD, responseId, type Edit, type Json } from '../../shared/domain/edit';
import { progressOf } from '../../shared/domain/progress';
import { isAnswered, responseOf } from '../../shared/domain/views';
import { CCHC_TEMPLATE } from '../../shared/templates';
import { EditStore } from '../../renderer/src/db/edits';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { answeredResponses, UnitAnswersTracker, type UnitAnswers } from '../../renderer/src/db/progress';
import { openDb, type AppDB } from '../../renderer/src/db/schema';
import { meKey, setSetting } from '../../renderer/src/db/settings';
import { progressFromAnswers } from '../../renderer/src/features/checklist/progress';
import { QUICK, generateInspection } from '../bench/generator';

const ITEMS = CCHC_TEMPLATE.sections.flatMap((s) => s.items);

/** The answered count of every unit both ways: the light fold and progressOf over the full derived state. */
function bothWays(edits: Edit[], unitIds: string[]): { fold: number[]; derived: number[] } {
  const answers = answeredResponses(edits);
  const state = deriveState(edits);
  return {
    fold: unitIds.map((u) => progressFromAnswers(answers.get(u) ?? new Set(), u, CCHC_TEMPLATE).answered),
    derived: unitIds.map((u) => progressOf(state, CCHC_TEMPLATE, [u]).answered),
  };
}

describe('answered responses without deriving every record', () => {
  it('gives the same answered counts as progressOf on a generated inspection with histories and disagreements', () => {
    const li = generateInspection({ ...QUICK, edits: 6_000 });
    const edits = mergeEdits(...li.byMember);
    const units = li.units.map((u) => u.id);
    const { fold, derived } = bothWays(edits, units);
    expect(fold).toEqual(derived);
    // Not a vacuous comparison: most items are answered, a few are not.
    expect(derived.every((n) => n > 0 && n < ITEMS.length)).toBe(true);
    // Each unit's own edits give that unit's answers (the per-unit re-read).
    for (const u of units) expect(answeredResponses(edits.filter((e) => e.unitId === u)).get(u)).toEqual(answeredResponses(edits).get(u));
  });

  it('agrees with isAnswered(responseOf(deriveState)) on random histories with deletions, un-deletions and concurrent writers', () => {
    const records = [responseId('u1', ITEMS[0].id), responseId('u1', ITEMS[1].id), responseId('u2', ITEMS[0].id)];
    const fields = ['verdict', 'numerator', 'denominator', 'count', 'date', 'text', 'comment', DELETED_FIELD];
    const values: Json[] = ['dat', '', null, 0, 5, 'Có kế hoạch', '2025-09-01', true, false];
    const step = fc.record({
      record: fc.nat({ max: records.length - 1 }),
      field: fc.nat({ max: fields.length - 1 }),
      value: fc.nat({ max: values.length - 1 }),
      // Which earlier edits it replaces (the writer saw them) and whether it is a copy of an earlier edit (merge duplicates).
      replaces: fc.array(fc.nat({ max: 200 }), { maxLength: 4 }),
      duplicate: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.boolean(), (steps, shuffle) => {
        const edits: Edit[] = [];
        steps.forEach((s, i) => {
          if (s.duplicate && edits.length) {
            edits.push({ ...edits[(s.replaces[0] ?? 0) % edits.length] });
            return;
          }
          const recordId = records[s.record];
          const field = fields[s.field];
          const earlier = edits.filter((e) => e.recordId === recordId && (field === DELETED_FIELD || e.field === field));
          const replaces = [...new Set(s.replaces.filter((r) => r < earlier.length).map((r) => earlier[r].id))];
          const value = field === DELETED_FIELD ? s.value % 2 === 0 : values[s.value];
          edits.push({ id: `${String(i).padStart(4, '0')}-n`, inspectionId: 'i', entity: 'response', recordId, field, value, author: 'm', unitId: recordId.split('~')[0], replaces });
        });
        const list = shuffle ? [...edits].reverse() : edits;
        const state = deriveState(list);
        const answers = answeredResponses(list);
        for (const recordId of records) {
          const [unitId, itemId] = recordId.split('~');
          expect(answers.get(unitId)?.has(recordId) ?? false).toBe(isAnswered(responseOf(state, unitId, itemId)?.values));
        }
      }),
      { numRuns: 400 },
    );
  });
});

let db: AppDB;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

/** Waits until the tracker has shown answers that satisfy `ok` (the test's time-out fails it otherwise). */
async function until(latest: () => UnitAnswers | undefined, ok: (a: UnitAnswers) => boolean): Promise<UnitAnswers> {
  for (;;) {
    const a = latest();
    if (a && ok(a)) return a;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('UnitAnswersTracker', () => {
  it('keeps every unit answered count live: typing in another unit, leaving the current unit, an import', async () => {
    db = openDb(`t-${Math.random()}`);
    const store = await EditStore.open(db);
    await setSetting(db, meKey('i1'), 'm-lan');
    const repo = new InspectionRepo(db, store, 'i1');
    const [a, b, c] = ITEMS.map((i) => i.id);
    const count = (x: UnitAnswers, u: string) => x.get(u)?.size ?? 0;
    await repo.setFields('response', responseId('u1', a), 'u1', { verdict: 'dat' });
    await repo.setFields('response', responseId('u2', a), 'u2', { numerator: 3, denominator: 4 });
    await repo.setFields('response', responseId('u2', b), 'u2', { comment: 'chưa trả lời' });

    let latest: UnitAnswers | undefined;
    let reads = 0;
    const tracker = new UnitAnswersTracker(db, 'i1', ['u1', 'u2', 'u3', 'u4'], 'u1', (x) => ((latest = x), reads++));
    tracker.start();
    try {
      let x = await until(() => latest, (x) => x.has('u4'));
      expect([count(x, 'u1'), count(x, 'u2'), count(x, 'u3'), count(x, 'u4')]).toEqual([1, 1, 0, 0]);

      // An answer in a unit that is not current (another window) shows up.
      await repo.setFields('response', responseId('u3', c), 'u3', { text: 'Đã niêm yết' });
      x = await until(() => latest, (x) => count(x, 'u3') === 1);

      // Answers in the current unit are not re-read while it is current (the checklist holds them) …
      await repo.setFields('response', responseId('u1', b), 'u1', { verdict: 'khong-dat' });
      await tracker.refresh();
      expect(count(latest!, 'u1')).toBe(1);
      // … but are once it is left.
      tracker.setCurrent('u2');
      void tracker.refresh();
      x = await until(() => latest, (x) => count(x, 'u1') === 2);

      // Clearing an answer takes it off the count.
      await repo.setFields('response', responseId('u1', a), 'u1', { verdict: '' });
      x = await until(() => latest, (x) => count(x, 'u1') === 1);

      // An import writing into every unit at once (read with the one query for all units).
      const before = reads;
      const imported: Edit[] = ['u1', 'u2', 'u3', 'u4'].flatMap((u, k) => [
        { id: `2099-0${k}-imp`, inspectionId: 'i1', entity: 'response', recordId: responseId(u, ITEMS[10].id), field: 'count', value: 7, author: 'm-minh', unitId: u, replaces: [] },
      ]);
      await store.write(imported);
      x = await until(() => latest, (x) => count(x, 'u4') === 1);
      expect([count(x, 'u1'), count(x, 'u3'), count(x, 'u4')]).toEqual([2, 2, 1]);
      expect(reads).toBeGreaterThan(before);
    } finally {
      tracker.stop();
    }
  });
});
