/**
 * The draft with the leader's part texts laid over it. The rest of the model
 * depends on the inspection's data, not on the parts, so a screen builds it
 * once per change of the data and, when a part is saved, rebuilds only that
 * part here (and takes the new data hash, which names every edit). Equal to
 * buildReportModel over the data and the parts together.
 */
import { partBlock } from './model';
import type { ReportModel } from './types';

/** `base`: buildReportModel over the inspection without its report parts. */
export function applyPartTexts(base: ReportModel, partTexts: ReadonlyMap<string, string>, dataHash: string): ReportModel {
  const body = base.body.map((b) => {
    if (b.type !== 'part') return b;
    const text = partTexts.get(b.id);
    if (text === undefined && !b.edited) return b;
    return partBlock(b.id, b.label, b.draftText, text);
  });
  return { ...base, dataHash, body };
}
