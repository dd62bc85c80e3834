import type { WebContents } from 'electron';
import { AppError } from '../errors';

/**
 * Prints the window's current page (the report's print view) to PDF bytes:
 * A4 unless the page's own @page rule says otherwise, with backgrounds, so
 * the PDF matches the preview (the print CSS keeps the page white). Not
 * tagged: Chromium's structure tree made a 460-page report print about eight
 * times slower; the language (/Lang vi) is added to the catalog afterwards
 * with the document properties (shared/report/pdfInfo.ts). The title comes
 * from the page title, which the report screen sets to the report's.
 */
export async function renderPdf(contents: WebContents): Promise<Uint8Array> {
  try {
    const buf = await contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(buf);
  } catch (e) {
    throw new AppError('pdf-failed', (e as Error).message);
  }
}
