import { useEffect, useMemo } from 'react';
import { inspectionOf, membersOf, unitsOf } from '../../../../shared/domain/views';
import { DEFAULT_TEMPLATE, getTemplate } from '../../../../shared/templates';
import { navigate, routeToHash } from '../../app/router';
import { NotFound } from '../../components/NotFound';
import { useInspectionState, useMe, useUnitState } from '../../db/hooks';
import { useRepo } from '../../db/StorageContext';
import { useUi } from '../../store';
import { ChecklistFilters } from './ChecklistFilters';
import { FollowUpPanel } from '../followup/FollowUpPanel';
import { ChooseMe } from './ChooseMe';
import { memberNames } from './memberNames';
import { useFlushOnHide } from './pendingSaves';
import { SearchResults } from './SearchResults';
import { SectionNav } from './SectionNav';
import { SectionPager } from './SectionPager';
import { useSectionScroll } from './useSectionScroll';
import { SectionView } from './SectionView';
import { UnitNav } from './UnitNav';
import './checklist.css';

interface Props {
  inspectionId: string;
  unitId?: string;
  sectionId?: string;
}

/** #/i/:id/checklist/:unit/:section — the inspector's working screen. */
export function ChecklistPage({ inspectionId, unitId, sectionId }: Props) {
  useFlushOnHide();
  const state = useUnitState(inspectionId, unitId ?? '');
  const me = useMe(inspectionId);
  const repo = useRepo(inspectionId);
  const onlyMine = useUi((s) => s.onlyMine);
  const search = useUi((s) => s.search);
  const itemFilter = useUi((s) => s.itemFilter);
  const query = search.trim();
  // Search covers every unit, so it reads the whole inspection, but only while a search is typed.
  const searchState = useInspectionState(query ? inspectionId : undefined);

  const inspection = state ? inspectionOf(state, inspectionId) : undefined;
  const template = (inspection && getTemplate(inspection.values.templateId ?? '', inspection.values.templateVersion ?? 0)) || DEFAULT_TEMPLATE;
  const units = useMemo(() => (state ? unitsOf(state) : []), [state]);
  const unitIds = useMemo(() => units.map((u) => u.id), [units]);
  const members = useMemo(() => (state ? membersOf(state) : []), [state]);
  const namesVersion = members.map((m) => `${m.id}=${m.values.name ?? ''}`).join('|');
  // Names only change when members do, so item cards are not re-rendered by other writes.
  const names = useMemo(() => (state ? memberNames(state) : new Map<string, string>()), [namesVersion]);
  const myself = members.find((m) => m.id === me);
  const myUnits = myself?.values.unitIds ?? [];
  const mySections = myself?.values.sectionIds ?? [];
  const visibleUnits = onlyMine && myUnits.length ? units.filter((u) => myUnits.includes(u.id)) : units;
  const visibleSections = onlyMine && mySections.length ? template.sections.filter((s) => mySections.includes(s.id)) : template.sections;

  const unit = units.find((u) => u.id === unitId);
  const section = template.sections.find((s) => s.id === sectionId);
  const fallbackUnit = visibleUnits[0] ?? units[0];
  const fallbackSection = visibleSections[0] ?? template.sections[0];
  const highlighted = useSectionScroll(unit?.id ?? '', section?.id ?? '', !!state && !query);
  const unitNames = useMemo(() => units.map((u) => ({ id: u.id, name: u.values.name ?? '' })), [units]);

  // A missing or stale unit/section in the address falls back to the first one (of mine, when filtered).
  useEffect(() => {
    if (!inspection || !fallbackUnit) return;
    if (!unit || !section) navigate({ page: 'checklist', inspectionId, unitId: unit?.id ?? fallbackUnit.id, sectionId: section?.id ?? fallbackSection.id }, true);
  }, [inspection, unit, section, fallbackUnit, fallbackSection, inspectionId]);

  if (!state) return <p aria-busy="true">Đang tải…</p>;
  if (!inspection) return <NotFound />;
  // Nobody chosen on this laptop yet: choose first, so no answer is recorded under the wrong name.
  if (me === undefined && members.length > 0) return <ChooseMe inspectionId={inspectionId} members={members} units={units} template={template} />;
  if (units.length === 0)
    return (
      <section className="card">
        <h1>Chưa có đơn vị được kiểm tra</h1>
        <p>
          Hãy thêm các đơn vị trong <a href={routeToHash({ page: 'setup', inspectionId })}>Thiết lập</a>.
        </p>
      </section>
    );
  if (!unit || !section) return <p aria-busy="true">Đang mở…</p>;

  return (
    <div className="checklist">
      <aside className="checklist-side">
        <ChecklistFilters hasMe={!!myself} />
        <UnitNav inspectionId={inspectionId} allUnitIds={unitIds} units={visibleUnits} unitId={unit.id} sectionId={section.id} template={template} state={state} />
        <SectionNav inspectionId={inspectionId} unitId={unit.id} sectionId={section.id} sections={visibleSections} state={state} />
      </aside>
      <div className="checklist-main">
        {query ? (
          <SearchResults state={searchState} template={template} inspectionId={inspectionId} units={unitNames} unitId={unit.id} query={query} />
        ) : (
          <>
            <FollowUpPanel repo={repo} state={state} unitId={unit.id} unitName={unit.values.name ?? ''} />
            <SectionView
              repo={repo}
              state={state}
              unitId={unit.id}
              unitName={unit.values.name ?? ''}
              section={section}
              names={names}
              namesVersion={namesVersion}
              filter={itemFilter}
              highlighted={highlighted}
            />
            <SectionPager inspectionId={inspectionId} unitId={unit.id} sectionId={section.id} sections={visibleSections.some((s) => s.id === section.id) ? visibleSections : template.sections} />
          </>
        )}
      </div>
    </div>
  );
}
