import { z } from 'zod';
import { askOpenPaths, askSavePath } from '../services/dialogs';
import { readUserFile, writeUserFile } from '../services/files';
import type { ChannelDef } from './register';
import { bytes, fileFilters, safeFileName } from './schemas';

export const fileSave: ChannelDef<'file:save'> = {
  schema: z.strictObject({ suggestedName: safeFileName, data: bytes, filters: fileFilters }),
  async handle(req, { sender }) {
    const path = await askSavePath(sender, req.suggestedName, req.filters);
    if (path === null) return null;
    await writeUserFile(path, req.data);
    return { path };
  },
};

export const fileOpen: ChannelDef<'file:open'> = {
  schema: z.strictObject({ filters: fileFilters, multiple: z.boolean({ message: '"multiple" phải là true hoặc false' }) }),
  async handle(req, { sender }) {
    const paths = await askOpenPaths(sender, req.filters, req.multiple);
    const out = [];
    for (const p of paths) out.push(await readUserFile(p));
    return out;
  },
};
