/**
 * The unit × section matrix of the team dashboard: per cell how many items
 * have an answer, the verdicts given and the open disagreements, and a tone
 * that colours the cell. Counts use the same rule as the checklist's
 * "answered/total" (isAnswered), so the two can never disagree.
 */
import { disagreements, type DerivedState } from '../domain/derive';
import { responseId } from '../domain/edit';
import { VERDICTS, type Verdict } from '../domain/schemas';
import { isAnswered, responseOf } from '../domain/views';
import type { ChecklistTemplate, TemplateSection } from '../templates/types';

export type VerdictCounts = Record<Verdict, number>;

/**
 * How a cell is coloured:
 * - empty: nothing answered yet;
 * - started: some answers, none below the mark;
 * - done: every item answered, none below the mark;
 * - partly: at least one "đạt một phần", no "không đạt";
 * - failing: at least one "không đạt".
 */
export type CellTone = 'empty' | 'started' | 'done' | 'partly' | 'failing';

export interface MatrixCell {
  unitId: string;
  sectionId: string;
  answered: number;
  total: number;
  verdicts: VerdictCounts;
  /** Fields of this unit's responses in this section where members' values still differ. */
  disagreements: number;
  tone: CellTone;
}

export interface MatrixRow {
  unitId: string;
  unitName: string;
  cells: MatrixCell[];
  answered: number;
  total: number;
}

export function emptyVerdictCounts(): VerdictCounts {
  return { dat: 0, 'dat-mot-phan': 0, 'khong-dat': 0, 'khong-phat-sinh': 0 };
}

function toneOf(answered: number, total: number, v: VerdictCounts): CellTone {
  if (v['khong-dat'] > 0) return 'failing';
  if (v['dat-mot-phan'] > 0) return 'partly';
  if (answered === 0) return 'empty';
  return answered >= total ? 'done' : 'started';
}

/** Open disagreements on responses, counted per "unit~section". */
function responseDisagreements(state: DerivedState, template: ChecklistTemplate): Map<string, number> {
  const sectionOfItem = new Map<string, string>();
  for (const s of template.sections) for (const i of s.items) sectionOfItem.set(i.id, s.id);
  const out = new Map<string, number>();
  for (const d of disagreements(state)) {
    if (d.entity !== 'response') continue;
    const itemId = d.recordId.slice(d.recordId.indexOf('~') + 1);
    const sectionId = sectionOfItem.get(itemId);
    if (!sectionId) continue;
    const key = `${d.unitId}~${sectionId}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function matrixCell(state: DerivedState, unitId: string, section: TemplateSection, conflicts = 0): MatrixCell {
  const verdicts = emptyVerdictCounts();
  let answered = 0;
  for (const item of section.items) {
    const values = responseOf(state, unitId, item.id)?.values;
    if (!isAnswered(values)) continue;
    answered++;
    const v = values?.verdict;
    if (v && (VERDICTS as readonly string[]).includes(v)) verdicts[v]++;
  }
  const total = section.items.length;
  return { unitId, sectionId: section.id, answered, total, verdicts, disagreements: conflicts, tone: toneOf(answered, total, verdicts) };
}

/** One row per unit (in the order given), one cell per section. */
export function progressMatrix(
  state: DerivedState,
  template: ChecklistTemplate,
  units: readonly { id: string; name: string }[],
  sections: readonly TemplateSection[] = template.sections,
): MatrixRow[] {
  const conflicts = responseDisagreements(state, template);
  return units.map((u) => {
    const cells = sections.map((s) => matrixCell(state, u.id, s, conflicts.get(`${u.id}~${s.id}`) ?? 0));
    return {
      unitId: u.id,
      unitName: u.name,
      cells,
      answered: cells.reduce((n, c) => n + c.answered, 0),
      total: cells.reduce((n, c) => n + c.total, 0),
    };
  });
}

/** The response record ids a cell covers (for tests and links). */
export function cellResponseIds(unitId: string, section: TemplateSection): string[] {
  return section.items.map((i) => responseId(unitId, i.id));
}
