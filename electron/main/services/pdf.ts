import type { WebContents } from 'electron';
import { AppError } from '../errors';

/**
 * Prints the window's current page (the report's print view) to PDF bytes:
 * A4 unless the page's own @page rule says otherwise, with backgrounds, so
 * the PDF matches the preview.
 */
export async function renderPdf(contents: WebContents): Promise<Uint8Array> {
  try {
    const buf = await contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(buf);
  } catch (e) {
    throw new AppError('pdf-failed', (e as Error).message);
  }
}
