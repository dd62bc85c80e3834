/**
 * The core worker: runs the CoreApi jobs off the window's thread, so the
 * window keeps answering while packages are opened, checked and previewed
 * or the DOCX is built. Pure work only: no storage, no DOM.
 */
import { expose, transfer } from 'comlink';
import type { Edit } from '../../../shared/domain/edit';
import type { StoredSegment } from '../../../shared/exchange/segments';
import { checkImportBatch, type ImportCheck } from '../../../shared/exchange/batch';
import type { CoreApi } from './contract';

/** New records (and the segments they came in) of checked files, kept here until "Nhập" takes them page by page. */
const kept = new Map<number, { records: Edit[]; segments: StoredSegment[] }>();
let nextHandle = 1;
const PAGE = 5_000;

/** This laptop's edits of an inspection, read from the window a page at a time (each page a short task there). */
async function loadAll(loadPage: (id: string, offset: number, limit: number) => Promise<Edit[]>, id: string): Promise<Edit[]> {
  const out: Edit[] = [];
  for (;;) {
    const page = await loadPage(id, out.length, PAGE);
    for (const e of page) out.push(e);
    if (page.length < PAGE) return out;
  }
}

const api: CoreApi = {
  async checkImport(req, loadEditsPage, onProgress) {
    const checks = await checkImportBatch(req.files, {
      expectedInspectionId: req.expectedInspectionId,
      ownKey: req.ownKey,
      me: req.me,
      leaderKeys: req.leaderKeys,
      loadEdits: (id) => loadAll(loadEditsPage, id),
      onProgress,
    });
    return checks.map((c) => {
      if (!c.ok) return c;
      const handle = nextHandle++;
      kept.set(handle, { records: c.preview.newEdits, segments: c.preview.segments });
      const preview = { ...c.preview, newEdits: [], segments: [], newCount: c.preview.newEdits.length, segmentCount: c.preview.segments.length, recordsHandle: handle };
      const check: ImportCheck = { fileName: c.fileName, ok: true, preview };
      // The attached files go to the window with the preview: "Nhập" stores them before the records that name them.
      return Object.keys(c.pkg.attachments).length > 0 ? { ...check, files: c.pkg.attachments } : check;
    });
  },
  async takeRecords(handle, offset, limit) {
    const k = kept.get(handle);
    if (!k) throw new Error('records no longer kept');
    return k.records.slice(offset, offset + limit);
  },
  async takeSegment(handle, index) {
    const k = kept.get(handle);
    if (!k) throw new Error('records no longer kept');
    return k.segments[index];
  },
  async releaseRecords(handles) {
    for (const h of handles) kept.delete(h);
  },
  async reportDocx(model) {
    // The docx library is large; the worker loads it only when someone exports.
    const { reportDocx } = await import('../../../shared/report/docx');
    const bytes = await reportDocx(model);
    return transfer(bytes, [bytes.buffer]);
  },
};

expose(api);
