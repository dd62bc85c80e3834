import { memo } from 'react';
import { routeToHash } from '../../app/router';
import { progressText, type Progress } from './progress';

interface Props {
  inspectionId: string;
  unitId: string;
  name: string;
  sectionId?: string;
  current: boolean;
  /** Not shown until known (the other units' counts are read after the checklist opens). */
  answered?: number;
  total?: number;
}

/** A unit in the navigation with its progress; plain numbers in, so it re-renders only when they change. */
function UnitLinkView({ inspectionId, unitId, name, sectionId, current, answered, total }: Props) {
  const p: Progress | undefined = answered !== undefined && total !== undefined ? { answered, total } : undefined;
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
