/**
 * Structural sharing between two builds of the draft: a part whose content
 * did not change keeps the object of the previous build. Saving one part (or
 * any answer) rebuilds the model, and with the same objects the memoised
 * editors and preview parts of the other parts skip their re-render instead
 * of walking thousands of unchanged paragraphs.
 */
import type { ReportModel, ReportParagraph, ReportPartBlock } from '../../../../shared/report';

function sameParagraphs(a: readonly ReportParagraph[], b: readonly ReportParagraph[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].kind !== b[i].kind || a[i].text !== b[i].text) return false;
  return true;
}

export function samePart(a: ReportPartBlock, b: ReportPartBlock): boolean {
  return a === b || (a.id === b.id && a.label === b.label && a.edited === b.edited && a.draftText === b.draftText && sameParagraphs(a.paragraphs, b.paragraphs));
}

/** `next` with each unchanged part replaced by the previous build's object. */
export function reuseUnchangedParts(prev: ReportModel | undefined, next: ReportModel): ReportModel {
  if (!prev) return next;
  const before = new Map<string, ReportPartBlock>();
  for (const b of prev.body) if (b.type === 'part') before.set(b.id, b);
  let reused = false;
  const body = next.body.map((b) => {
    if (b.type !== 'part') return b;
    const old = before.get(b.id);
    if (old && samePart(old, b)) {
      reused = true;
      return old;
    }
    return b;
  });
  return reused ? { ...next, body } : next;
}
