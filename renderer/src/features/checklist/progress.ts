import type { DerivedState } from '../../../../shared/domain/derive';
import { responseId } from '../../../../shared/domain/edit';
import { isAnswered, responseOf } from '../../../../shared/domain/views';
import type { ChecklistTemplate, TemplateSection } from '../../../../shared/templates';

export interface Progress {
  answered: number;
  total: number;
}

export function sectionProgress(state: DerivedState, unitId: string, section: TemplateSection): Progress {
  let answered = 0;
  for (const item of section.items) if (isAnswered(responseOf(state, unitId, item.id)?.values)) answered++;
  return { answered, total: section.items.length };
}

export function unitProgress(state: DerivedState, unitId: string, template: ChecklistTemplate, sectionIds?: ReadonlySet<string>): Progress {
  const p: Progress = { answered: 0, total: 0 };
  for (const s of template.sections) {
    if (sectionIds && !sectionIds.has(s.id)) continue;
    const sp = sectionProgress(state, unitId, s);
    p.answered += sp.answered;
    p.total += sp.total;
  }
  return p;
}

/** A unit's progress from its answered response ids (see db/progress.ts), without its records. */
export function progressFromAnswers(answered: ReadonlySet<string>, unitId: string, template: ChecklistTemplate): Progress {
  const p: Progress = { answered: 0, total: 0 };
  for (const s of template.sections)
    for (const item of s.items) {
      p.total++;
      if (answered.has(responseId(unitId, item.id))) p.answered++;
    }
  return p;
}

export function progressText(p: Progress): string {
  return `${p.answered}/${p.total}`;
}
