import { z } from 'zod';
import { askSavePath } from '../services/dialogs';
import { writeUserFile } from '../services/files';
import { renderPdf } from '../services/pdf';
import { printPage } from '../services/print';
import type { ChannelDef } from './register';
import { empty, safeFileName } from './schemas';

const PDF_FILTERS = [{ name: 'Tài liệu PDF', extensions: ['pdf'] }];

export const reportSavePdf: ChannelDef<'report:save-pdf'> = {
  schema: z.strictObject({ suggestedName: safeFileName }),
  async handle(req, { sender }) {
    // Ask first: a cancelled dialog then costs no rendering.
    const path = await askSavePath(sender, req.suggestedName, PDF_FILTERS, 'Lưu báo cáo dạng PDF');
    if (path === null) return null;
    await writeUserFile(path, await renderPdf(sender));
    return { path };
  },
};

export const reportPrint: ChannelDef<'report:print'> = {
  schema: empty,
  async handle(_req, { sender }) {
    return { printed: await printPage(sender) };
  },
};
