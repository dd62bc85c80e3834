import { memo } from 'react';
import type { ReportPartBlock } from '../../../../shared/report';

/**
 * One part of the print view. Memoised: a part whose object did not change
 * (stableModel.ts keeps it across builds) is not walked again when another
 * part or answer is saved.
 */
export const PreviewPart = memo(function PreviewPart({ part }: { part: ReportPartBlock }) {
  return (
    <div className="rp-part" data-part={part.id}>
      {part.paragraphs.map((p, k) => (
        <p key={k} className={p.kind === 'list' ? 'rp-p rp-list' : 'rp-p'}>
          {p.text}
        </p>
      ))}
    </div>
  );
});
