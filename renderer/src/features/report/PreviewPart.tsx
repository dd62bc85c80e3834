import { memo } from 'react';
import type { ReportPartBlock } from '../../../../shared/report';
import { routeToHash } from '../../app/router';

/**
 * One part of the print view. Memoised: a part whose object did not change
 * (stableModel.ts keeps it across builds) is not walked again when another
 * part or answer is saved. Open disagreements in the part are marked on
 * screen, never on paper.
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
      {part.paragraphs.map((p, k) => (
        <p key={k} className={p.kind === 'list' ? 'rp-p rp-list' : 'rp-p'}>
          {p.text}
        </p>
      ))}
    </div>
  );
});
