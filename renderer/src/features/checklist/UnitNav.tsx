import type { DerivedState } from '../../../../shared/domain/derive';
import type { WithMeta } from '../../../../shared/domain/views';
import type { UnitValues } from '../../../../shared/domain/schemas';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { useUnitAnswers } from '../../db/summaries';
import { progressFromAnswers, unitProgress } from './progress';
import { UnitLink } from './UnitLink';

interface Props {
  inspectionId: string;
  /** Every unit of the inspection, so the filter "only mine" does not make the counts be read again. */
  allUnitIds: readonly string[];
  units: WithMeta<UnitValues>[];
  unitId: string;
  sectionId: string;
  template: ChecklistTemplate;
  /** The checklist's state: holds the current unit's records, so its count is live as the inspector types. */
  state: DerivedState;
}

/** The units under inspection, each with answered/total. */
export function UnitNav({ inspectionId, allUnitIds, units, unitId, sectionId, template, state }: Props) {
  const answers = useUnitAnswers(inspectionId, allUnitIds, unitId);
  return (
    <nav aria-label="Đơn vị được kiểm tra" className="side-nav">
      <h2>Đơn vị</h2>
      <ul>
        {units.map((u) => {
          const current = u.id === unitId;
          const known = answers?.get(u.id);
          const p = current ? unitProgress(state, u.id, template) : known ? progressFromAnswers(known, u.id, template) : undefined;
          return (
            <UnitLink key={u.id} inspectionId={inspectionId} unitId={u.id} name={u.values.name ?? ''} sectionId={sectionId} current={current} answered={p?.answered} total={p?.total} />
          );
        })}
      </ul>
    </nav>
  );
}
