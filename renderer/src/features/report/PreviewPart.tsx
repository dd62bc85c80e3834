import { memo } from 'react';
import type { ReportParagraph, ReportPartBlock } from '../../../../shared/report';
import { routeToHash } from '../../app/router';

/** Paragraphs per screen page of the preview: about one A4 page of a long part. */
const PAGE_PARAGRAPHS = 12;

function pages(paragraphs: readonly ReportParagraph[]): ReportParagraph[][] {
  const out: ReportParagraph[][] = [];
  for (let i = 0; i < paragraphs.length; i += PAGE_PARAGRAPHS) out.push(paragraphs.slice(i, i + PAGE_PARAGRAPHS));
  return out;
}

/**
 * One part of the print view, page by page: on screen each page is laid out
 * and painted only when it is scrolled near (report.css, content-visibility),
 * so a report of hundreds of pages opens and re-renders at the cost of what
 * is visible; printing and the PDF lay out every page as before. Memoised: a
 * part whose object did not change (stableModel.ts keeps it across builds) is
 * not walked again when another part or answer is saved. Open disagreements
 * in the part are marked on screen, never on paper.
 */
export const PreviewPart = memo(function PreviewPart({ part, marks, inspectionId }: { part: ReportPartBlock; marks?: string[]; inspectionId?: string }) {
  return (
    <div className="rp-part" data-part={part.id} id={`rp-part-${part.id}`}>
      {marks && marks.length > 0 && (
        <aside className="rp-mark no-print" role="note" aria-label="Ý kiến chưa thống nhất">
          {marks.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
          {inspectionId && <a href={routeToHash({ page: 'team', inspectionId })}>Thống nhất tại “Tổng hợp đoàn”</a>}
        </aside>
      )}
      {pages(part.paragraphs).map((page, n) => (
        <div key={n} className="rp-page">
          {page.map((p, k) => (
            <p key={k} className={p.kind === 'list' ? 'rp-p rp-list' : 'rp-p'}>
              {p.text}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
});
