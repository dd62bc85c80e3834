/** Progress: how many checklist items are answered, for a unit, a section or a member's assignment. */
import type { DerivedState } from './derive';
import { getRecord, valuesOf } from './derive';
import { responseId } from './edit';
import type { ResponseValues, MemberValues } from './schemas';
import type { ChecklistTemplate } from '../templates/types';
import { isAnswered } from './views';

export interface Progress {
  answered: number;
  total: number;
}

/** Answered items over units × sections (all sections when sectionIds is empty or missing). */
export function progressOf(state: DerivedState, template: ChecklistTemplate, unitIds: readonly string[], sectionIds?: readonly string[]): Progress {
  let answered = 0;
  let total = 0;
  const sections = sectionIds?.length ? template.sections.filter((s) => sectionIds.includes(s.id)) : template.sections;
  for (const unitId of unitIds) {
    for (const section of sections) {
      for (const item of section.items) {
        total++;
        const rec = getRecord(state, 'response', responseId(unitId, item.id));
        if (rec && isAnswered(valuesOf(rec) as Partial<ResponseValues>)) answered++;
      }
    }
  }
  return { answered, total };
}

/** A member's assignment: their units (all when none assigned) and their sections (all when none). */
export function assignmentOf(member: Partial<MemberValues>, allUnitIds: readonly string[]): { unitIds: string[]; sectionIds: string[] } {
  const unitIds = member.unitIds?.length ? member.unitIds.filter((u) => allUnitIds.includes(u)) : [...allUnitIds];
  return { unitIds, sectionIds: member.sectionIds ?? [] };
}

/** How many answers, findings and recommendations a member wrote (standing values they authored). */
export function authoredCounts(state: DerivedState, memberId: string): { answers: number; findings: number; recommendations: number } {
  let answers = 0;
  let findings = 0;
  let recommendations = 0;
  for (const rec of state.records.values()) {
    if (rec.deleted) continue;
    if (rec.entity === 'response' && Object.values(rec.fields).some((f) => f.heads.some((h) => h.author === memberId))) answers++;
    else if (rec.entity === 'finding' && rec.createdBy === memberId) findings++;
    else if (rec.entity === 'recommendation' && rec.createdBy === memberId) recommendations++;
  }
  return { answers, findings, recommendations };
}
