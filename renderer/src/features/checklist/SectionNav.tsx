import type { DerivedState } from '../../../../shared/domain/derive';
import type { TemplateSection } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';
import { progressText, sectionProgress } from './progress';

interface Props {
  inspectionId: string;
  unitId: string;
  sectionId: string;
  sections: TemplateSection[];
  state: DerivedState;
}

/** The sections of the checklist for the current unit, each with answered/total. */
export function SectionNav({ inspectionId, unitId, sectionId, sections, state }: Props) {
  return (
    <nav aria-label="Nội dung kiểm tra" className="side-nav">
      <h2>Nội dung kiểm tra</h2>
      <ul>
        {sections.map((s) => {
          const p = sectionProgress(state, unitId, s);
          return (
            <li key={s.id}>
              <a href={routeToHash({ page: 'checklist', inspectionId, unitId, sectionId: s.id })} aria-current={s.id === sectionId ? 'page' : undefined}>
                <span className="nav-name">
                  {s.number}. {s.shortTitle}
                </span>
                <span className={`progress ${p.answered === p.total ? 'done' : ''}`} aria-label={`đã trả lời ${p.answered} trên ${p.total} tiêu chí`}>
                  {progressText(p)}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
