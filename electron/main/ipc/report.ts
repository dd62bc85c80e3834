import { z } from 'zod';
import { askSavePath } from '../services/dialogs';
import { writeUserFile } from '../services/files';
import { withPdfInfo } from '../../../shared/report/pdfInfo';
import { renderPdf } from '../services/pdf';
import { printPage } from '../services/print';
import type { ChannelDef } from './register';
import { empty, safeFileName } from './schemas';

const PDF_FILTERS = [{ name: 'Tài liệu PDF', extensions: ['pdf'] }];

export const reportSavePdf: ChannelDef<'report:save-pdf'> = {
  schema: z.strictObject({
    suggestedName: safeFileName,
    info: z
      .strictObject({
        title: z.string().max(1000),
        subject: z.string().max(1000),
        author: z.string().max(300),
        keywords: z.string().max(500),
        creator: z.string().max(100),
      })
      .optional(),
  }),
  async handle(req, { sender }) {
    // Ask first: a cancelled dialog then costs no rendering.
    const path = await askSavePath(sender, req.suggestedName, PDF_FILTERS, 'Lưu báo cáo dạng PDF');
    if (path === null) return null;
    const pdf = await renderPdf(sender);
    await writeUserFile(path, req.info ? withPdfInfo(pdf, req.info) : pdf);
    return { path };
  },
};

export const reportPrint: ChannelDef<'report:print'> = {
  schema: empty,
  async handle(_req, { sender }) {
    return { printed: await printPage(sender) };
  },
};
