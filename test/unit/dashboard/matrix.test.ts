import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
import { VERDICTS } from '../../../shared/domain/schemas';
import { responseOf } from '../../../shared/domain/views';
import { indicatorRows } from '../../../shared/dashboard/indicators';
import { progressMatrix } from '../../../shared/dashboard/matrix';
import { disagreementsByUnit, memberProgress } from '../../../shared/dashboard/members';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { sectionProgress } from '../../../renderer/src/features/checklist/progress';
import { answer, author, sampleState, UNITS } from '../export/fixture';

const section = (id: string) => CCHC_TEMPLATE.sections.find((s) => s.id === id)!;

describe('the dashboard matrix', () => {
  it('counts per unit × section what the checklist counts, with the verdicts and a tone for the worst one', () => {
    const state = sampleState();
    const rows = progressMatrix(state, CCHC_TEMPLATE, UNITS);
    const office = rows[0].cells.find((c) => c.sectionId === 'tthc')!;
    expect(office).toMatchObject({ answered: 2, total: section('tthc').items.length, tone: 'partly' });
    expect(office.verdicts).toEqual({ dat: 1, 'dat-mot-phan': 1, 'khong-dat': 0, 'khong-phat-sinh': 0 });
    expect(rows[1].cells.find((c) => c.sectionId === 'tthc')!.tone).toBe('failing');
    expect(rows[0].cells.find((c) => c.sectionId === 'bo-may')!.tone).toBe('empty');
    expect(rows[0].cells.find((c) => c.sectionId === 'cong-vu')!.tone).toBe('started');
    // The concurrent verdicts on 1.5 of the second unit are one open disagreement there.
    expect(rows[1].cells.find((c) => c.sectionId === 'the-che')!.disagreements).toBe(1);
    expect(rows[0].cells.find((c) => c.sectionId === 'the-che')!.disagreements).toBe(0);
    expect(rows[0].answered).toBe(4);
  });

  it('agrees with the checklist’s section counts for any answers, including cleared and disputed ones', () => {
    const items = CCHC_TEMPLATE.sections.flatMap((s) => s.items.map((i) => i.id));
    const value = fc.oneof(
      fc.record({ verdict: fc.constantFrom(...VERDICTS, null) }),
      fc.record({ numerator: fc.nat(50), denominator: fc.integer({ min: 50, max: 100 }) }),
      fc.record({ count: fc.option(fc.nat(9), { nil: null }) }),
      fc.record({ text: fc.constantFrom('', 'Kế hoạch số 14/KH') }),
    );
    const step = fc.record({ who: fc.constantFrom('lan', 'minh'), unit: fc.constantFrom('u1', 'u2'), item: fc.constantFrom(...items), value });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        // Two members write apart, then their work is merged (so some answers disagree).
        const ctx = { lan: author('lan', 'aa'), minh: author('minh', 'bb', 1_760_000_000_500) };
        let lan: Edit[] = [];
        let minh: Edit[] = [];
        for (const s of steps) {
          if (s.who === 'lan') lan = answer(lan, ctx.lan, s.unit, s.item, s.value);
          else minh = answer(minh, ctx.minh, s.unit, s.item, s.value);
        }
        const state = deriveState(mergeEdits(lan, minh));
        for (const row of progressMatrix(state, CCHC_TEMPLATE, UNITS))
          for (const cell of row.cells) {
            const s = section(cell.sectionId);
            const checklist = sectionProgress(state, row.unitId, s);
            expect([cell.answered, cell.total]).toEqual([checklist.answered, checklist.total]);
            const verdicts = s.items.map((i) => responseOf(state, row.unitId, i.id)?.values.verdict).filter((v) => v);
            expect(Object.values(cell.verdicts).reduce((a, b) => a + b, 0)).toBe(verdicts.length);
          }
      }),
      { numRuns: 60 },
    );
  });
});

describe('indicators, members and disagreements for the dashboard', () => {
  it('gives each indicator per unit and in total as the sum of numerators over the sum of denominators', () => {
    const rows = indicatorRows(sampleState(), CCHC_TEMPLATE, UNITS.map((u) => u.id));
    const onTime = rows.find((r) => r.itemId === 'tthc.ho-so-dung-han')!;
    expect(onTime.number).toBe('2.9.');
    expect(onTime.byUnit.get('u1')).toMatchObject({ numerator: 1114, denominator: 1114, met: true });
    expect(onTime.byUnit.get('u2')).toMatchObject({ numerator: 40, denominator: 52, met: false });
    expect(onTime.total).toMatchObject({ numerator: 1154, denominator: 1166, met: false });
    expect(onTime.total!.percent).toBeCloseTo((1154 / 1166) * 100, 9);
    const none = rows.find((r) => r.itemId === 'chi-tieu.hai-long')!;
    expect(none.total).toBeUndefined();
    // Every ratio item with a target, and nothing else.
    expect(rows.every((r) => r.targetPercent > 0)).toBe(true);
    expect(rows.map((r) => r.itemId)).toContain('chi-tieu.dvc-toan-trinh');
    expect(rows.map((r) => r.itemId)).not.toContain('tthc.dvc-toan-trinh');
  });

  it('measures each member against their own assignment and counts open disagreements per unit', () => {
    const state = sampleState();
    const members = [
      { id: 'lan', values: { name: 'Lan', unitIds: ['u1'], sectionIds: ['tthc'] } },
      { id: 'minh', values: { name: 'Minh' } },
    ];
    const [lan, minh] = memberProgress(state, CCHC_TEMPLATE, members, ['u1', 'u2']);
    expect(lan).toMatchObject({ answered: 2, total: section('tthc').items.length });
    const all = CCHC_TEMPLATE.sections.reduce((n, s) => n + s.items.length, 0);
    expect(minh).toMatchObject({ answered: 7, total: 2 * all });
    expect(disagreementsByUnit(state)).toEqual(new Map([['u2', 1]]));
  });
});
