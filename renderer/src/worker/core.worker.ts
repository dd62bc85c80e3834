/**
 * The core worker: runs the CoreApi jobs off the window's thread, so the
 * window keeps answering while packages are opened, checked and previewed
 * or the DOCX is built. Pure work only: no storage, no DOM.
 */
import { expose, transfer } from 'comlink';
import { checkImportBatch, withoutPackage } from '../../../shared/exchange/batch';
import type { CoreApi } from './contract';

const api: CoreApi = {
  async checkImport(req, loadEdits, onProgress) {
    const checks = await checkImportBatch(req.files, { expectedInspectionId: req.expectedInspectionId, ownKey: req.ownKey, me: req.me, leaderKeys: req.leaderKeys, loadEdits, onProgress });
    // The attached files go to the window with the preview: "Nhập" stores them before the records that name them.
    return checks.map((c) => (c.ok && Object.keys(c.pkg.attachments).length > 0 ? { ...withoutPackage(c), files: c.pkg.attachments } : withoutPackage(c)));
  },
  async reportDocx(model) {
    // The docx library is large; the worker loads it only when someone exports.
    const { reportDocx } = await import('../../../shared/report/docx');
    const bytes = await reportDocx(model);
    return transfer(bytes, [bytes.buffer]);
  },
};

expose(api);
