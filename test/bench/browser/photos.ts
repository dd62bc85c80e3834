/**
 * Figure 11: a member's results with photos, exported and imported through
 * the app's real code (renderer/src/db/exchange.ts and files.ts) against real
 * IndexedDB. The photos are real JPEGs drawn by the browser (1600×1200: a
 * gradient under fine noise, so each compresses like a photo of a page or a
 * notice board, about 0,3-0,5 MB), made before the clock starts.
 */
import { AppDB } from '../../../renderer/src/db/schema';
import { EditStore } from '../../../renderer/src/db/edits';
import { InspectionRepo } from '../../../renderer/src/db/inspections';
import { applyImport, buildExport, checkImportFiles } from '../../../renderer/src/db/exchange';
import { storeFile, storeReceivedFiles } from '../../../renderer/src/db/files';
import { meKey } from '../../../renderer/src/db/settings';
import { DEFAULT_TEMPLATE } from '../../../shared/templates';

const INSPECTION = 'bench-photos';
const W = 1600;
const H = 1200;

export interface PhotoFigure {
  photos: number;
  photoBytes: number;
  packageBytes: number;
  exportMs: number;
  checkMs: number;
  writeMs: number;
  /** Files on the leader's laptop afterwards whose hashes match the member's. */
  sameFiles: number;
  error?: string;
}

async function makePhotos(count: number): Promise<Uint8Array[]> {
  const noise = new OffscreenCanvas(W, H);
  const nctx = noise.getContext('2d')!;
  const img = nctx.createImageData(W, H);
  let s = 12345;
  for (let i = 0; i < img.data.length; i += 4) {
    s = (s * 1103515245 + 12345) >>> 0;
    const v = s >>> 24;
    img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
    img.data[i + 3] = 255;
  }
  nctx.putImageData(img, 0, 0);
  const out: Uint8Array[] = [];
  const canvas = new OffscreenCanvas(W, H);
  const ctx = canvas.getContext('2d')!;
  for (let n = 0; n < count; n++) {
    const g = ctx.createLinearGradient(0, 0, W, H);
    g.addColorStop(0, `hsl(${(n * 37) % 360} 45% 70%)`);
    g.addColorStop(1, `hsl(${(n * 37 + 120) % 360} 35% 35%)`);
    ctx.globalAlpha = 1;
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W, H);
    ctx.globalAlpha = 0.12;
    ctx.drawImage(noise, -(n % 50), -(n % 30));
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
    out.push(new Uint8Array(await blob.arrayBuffer()));
  }
  return out;
}

async function fresh(name: string): Promise<AppDB> {
  await AppDB.delete(name);
  const db = new AppDB(name);
  await db.open();
  return db;
}

export async function photoRoundTrip(count: number): Promise<PhotoFigure> {
  const photos = await makePhotos(count);
  const member = await fresh('bench-photos-member');
  const leader = await fresh('bench-photos-leader');
  const result: PhotoFigure = { photos: count, photoBytes: photos.reduce((n, p) => n + p.length, 0), packageBytes: 0, exportMs: 0, checkMs: 0, writeMs: 0, sameFiles: 0 };
  try {
    // The leader's laptop sets the inspection up and sends the set-up file; Bình's laptop takes it and says who she is.
    await leader.settings.put({ key: meKey(INSPECTION), value: 'm0' });
    const leaderStore = await EditStore.open(leader);
    const setupRepo = new InspectionRepo(leader, leaderStore, INSPECTION);
    await setupRepo.setFields('inspection', INSPECTION, '', { templateId: DEFAULT_TEMPLATE.id, templateVersion: DEFAULT_TEMPLATE.version, title: 'Kiểm tra có ảnh' });
    await setupRepo.setFields('unit', 'u1', '', { name: 'Văn phòng Sở' });
    await setupRepo.setFields('member', 'm0', '', { name: 'Nguyễn Văn An', role: 'truong-doan' });
    await setupRepo.setFields('member', 'm1', '', { name: 'Trần Thị Bình', role: 'thanh-vien' });
    const setup = await buildExport(leader, leaderStore, 'setup', INSPECTION);
    if (!setup.ok) throw new Error(setup.message);
    const store = await EditStore.open(member);
    await applyImport(member, store, await checkImportFiles(member, [{ name: setup.fileName, data: setup.data }]));
    await member.settings.put({ key: meKey(INSPECTION), value: 'm1' });
    const repo = new InspectionRepo(member, store, INSPECTION);
    const itemId = DEFAULT_TEMPLATE.sections[0].items[0].id;
    await repo.setFields('evidence', 'ev1', 'u1', { itemId, docType: 'BB', number: '01/BB-ĐKT' });
    const hashes: string[] = [];
    for (const [i, bytes] of photos.entries()) {
      const sha256 = await storeFile(member, bytes);
      hashes.push(sha256);
      await repo.setFields('attachment', `a${i}`, 'u1', { evidenceId: 'ev1', itemId, name: `anh-${i + 1}.jpg`, type: 'image/jpeg', size: bytes.length, sha256, width: W, height: H });
    }

    const t0 = performance.now();
    const exported = await buildExport(member, store, 'results', INSPECTION);
    result.exportMs = performance.now() - t0;
    if (!exported.ok) throw new Error(exported.message);
    result.packageBytes = exported.data.length;

    // The leader's laptop: check and preview (every file's hash verified), then store the files and the records.
    const t1 = performance.now();
    const checks = await checkImportFiles(leader, [{ name: exported.fileName, data: exported.data }], INSPECTION);
    const c = checks[0];
    if (!c.ok) throw new Error(c.error.message);
    const t2 = performance.now();
    await storeReceivedFiles(leader, c.pkg.attachments);
    await applyImport(leader, leaderStore, checks);
    result.checkMs = t2 - t1;
    result.writeMs = performance.now() - t2;
    const stored = await leader.files.bulkGet(hashes);
    result.sameFiles = stored.filter((r, i) => r && r.sha256 === hashes[i] && r.size === photos[i].length).length;
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
  } finally {
    member.close();
    leader.close();
    await AppDB.delete('bench-photos-member');
    await AppDB.delete('bench-photos-leader');
  }
  return result;
}
