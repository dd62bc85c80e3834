import type { ReportParagraph } from './types';

const LIST_RE = /^[-+]\s/;

/**
 * Split a part's plain text into paragraphs: one per non-empty line; a line
 * starting "- " or "+ " is a list paragraph (the seeds' convention). Text is
 * kept verbatim apart from surrounding whitespace, never interpreted as markup.
 */
export function textToParagraphs(text: string): ReportParagraph[] {
  const out: ReportParagraph[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    out.push({ kind: LIST_RE.test(line) ? 'list' : 'text', text: line });
  }
  return out;
}

export function paragraphsToText(paragraphs: readonly ReportParagraph[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}
