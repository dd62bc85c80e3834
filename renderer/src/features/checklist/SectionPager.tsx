import type { TemplateSection } from '../../../../shared/templates';
import { routeToHash } from '../../app/router';

interface Props {
  inspectionId: string;
  unitId: string;
  sectionId: string;
  sections: readonly TemplateSection[];
}

/** Previous and next section of the current unit, at the end of a section. */
export function SectionPager({ inspectionId, unitId, sectionId, sections }: Props) {
  const i = sections.findIndex((s) => s.id === sectionId);
  if (i < 0) return null;
  const prev = sections[i - 1];
  const next = sections[i + 1];
  const href = (s: TemplateSection) => routeToHash({ page: 'checklist', inspectionId, unitId, sectionId: s.id });
  return (
    <nav aria-label="Nội dung trước và tiếp theo" className="section-pager">
      {prev ? (
        <a className="button" href={href(prev)} rel="prev">
          ← Nội dung trước: {prev.number}. {prev.shortTitle}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a className="button" href={href(next)} rel="next">
          Nội dung tiếp theo: {next.number}. {next.shortTitle} →
        </a>
      )}
    </nav>
  );
}
