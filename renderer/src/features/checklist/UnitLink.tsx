import { memo } from 'react';
import { routeToHash } from '../../app/router';
import { useUnitOwnState } from '../../db/summaries';
import type { ChecklistTemplate } from '../../../../shared/templates';
import { progressText, unitProgress } from './progress';

interface Props {
  inspectionId: string;
  unitId: string;
  name: string;
  sectionId?: string;
  current: boolean;
  template: ChecklistTemplate;
}

/** A unit in the navigation with its own progress; reads only that unit's records, so it re-renders only when they change. */
function UnitLinkView({ inspectionId, unitId, name, sectionId, current, template }: Props) {
  const state = useUnitOwnState(inspectionId, unitId);
  const p = state ? unitProgress(state, unitId, template) : undefined;
  return (
    <li>
      <a href={routeToHash({ page: 'checklist', inspectionId, unitId, sectionId })} aria-current={current ? 'page' : undefined}>
        <span className="nav-name">{name}</span>
        {p && (
          <span className="progress" aria-label={`đã trả lời ${p.answered} trên ${p.total} tiêu chí`}>
            {progressText(p)}
          </span>
        )}
      </a>
    </li>
  );
}

export const UnitLink = memo(UnitLinkView);
