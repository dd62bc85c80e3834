import { useMemo } from 'react';
import { indicatorRows } from '../../../../shared/dashboard/indicators';
import { progressMatrix } from '../../../../shared/dashboard/matrix';
import { disagreementsByUnit, memberProgress } from '../../../../shared/dashboard/members';
import type { DerivedState } from '../../../../shared/domain/derive';
import { assignmentOf } from '../../../../shared/domain/progress';
import { inspectionOf, membersOf, unitsOf } from '../../../../shared/domain/views';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';

/**
 * Everything the dashboard shows, from the inspection's state. With
 * `onlyMemberId` the matrix, indicators and bars keep to that member's
 * assignment (their units and sections).
 */
export function useDashboard(state: DerivedState | undefined, inspectionId: string, onlyMemberId: string | undefined) {
  return useMemo(() => {
    if (!state) return undefined;
    const inspection = inspectionOf(state, inspectionId);
    if (!inspection) return { inspection: undefined } as const;
    const template = getTemplate(inspection.values.templateId ?? '', inspection.values.templateVersion ?? 0) ?? DEFAULT_TEMPLATE;
    const allUnits = unitsOf(state).map((u) => ({ id: u.id, name: u.values.name ?? '' }));
    const members = membersOf(state);
    const me = onlyMemberId ? members.find((m) => m.id === onlyMemberId) : undefined;
    const scope = me ? assignmentOf(me.values, allUnits.map((u) => u.id)) : undefined;
    const units = scope ? allUnits.filter((u) => scope.unitIds.includes(u.id)) : allUnits;
    const sections = scope?.sectionIds.length ? template.sections.filter((s) => scope.sectionIds.includes(s.id)) : template.sections;
    const sectionIds = new Set(sections.map((s) => s.id));
    const unitIds = units.map((u) => u.id);
    const names = new Map(members.map((m) => [m.id, m.values.name ?? '']));
    return {
      inspection,
      template,
      allUnits,
      units,
      sections,
      matrix: progressMatrix(state, template, units, sections),
      indicators: indicatorRows(state, { ...template, sections: template.sections.filter((s) => sectionIds.has(s.id)) }, unitIds),
      members: memberProgress(state, template, me ? [me] : members, allUnits.map((u) => u.id)),
      disagreements: disagreementsByUnit(state),
      nameOf: (id: string) => names.get(id) || (id === 'setup' ? 'Người thiết lập' : 'Thành viên khác'),
    } as const;
  }, [state, inspectionId, onlyMemberId]);
}
