/**
 * Exchange storage: building `.tkt` packages from this laptop's database and
 * importing them. Import is two steps: check and preview every file without
 * writing anything, then write all new records in ONE transaction, so a file
 * is either fully imported or not at all.
 */
import Dexie from 'dexie';
import { version as APP_VERSION } from '../../../package.json';
import { deriveState, getRecord, valuesOf } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
import { planFieldEdits } from '../../../shared/domain/write';
import {
  buildPackage,
  generateDeviceKeyPair,
  packageFileName,
  checkImportBatch,
  type DeviceKeyPair,
  type FileCheck,
  type ImportCheck,
  type ImportFile,
  type InspectionRef,
  type PackageKind,
} from '../../../shared/exchange';
import { DEFAULT_TEMPLATE } from '../../../shared/templates';
import { inspectionEdits, type EditStore } from './edits';
import { SETUP_AUTHOR } from './inspections';
import type { AppDB } from './schema';
import { meKey } from './settings';

export { APP_VERSION };
export const DEVICE_KEYS_KEY = 'deviceKeys';
export const TKT_FILTERS = [{ name: 'Gói dữ liệu Tự Kiểm Tra', extensions: ['tkt'] }];

/** This laptop's signing key pair, created on first use and kept in settings. */
export async function deviceKeys(db: AppDB): Promise<DeviceKeyPair> {
  return db.transaction('rw', db.settings, async () => {
    const saved = (await db.settings.get(DEVICE_KEYS_KEY))?.value as DeviceKeyPair | undefined;
    if (saved && /^[0-9a-f]{64}$/.test(saved.secretKey) && /^[0-9a-f]{64}$/.test(saved.publicKey)) return saved;
    const fresh = generateDeviceKeyPair();
    await db.settings.put({ key: DEVICE_KEYS_KEY, value: fresh });
    return fresh;
  });
}

/**
 * "Tôi là …": remember who uses this laptop for an inspection and record this
 * laptop's public key on that member, so the leader can later tell that
 * files claiming to be from this member really are.
 */
export async function claimMember(db: AppDB, store: EditStore, inspectionId: string, memberId: string): Promise<void> {
  await db.settings.put({ key: meKey(inspectionId), value: memberId });
  await recordMyKey(db, store, inspectionId);
}

/**
 * The leader trusts a member's new laptop (after checking with them): the
 * member's public key becomes the new one. An edit like any other, so it
 * travels with the merged state and stays in the member's history.
 */
export async function trustMemberKey(db: AppDB, store: EditStore, inspectionId: string, memberId: string, publicKey: string): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(publicKey)) throw new Error('khóa công khai không hợp lệ');
  const author = ((await db.settings.get(meKey(inspectionId)))?.value as string | undefined) ?? 'setup';
  const state = deriveState(await inspectionEdits(db, inspectionId));
  if (!getRecord(state, 'member', memberId)) throw new Error('không tìm thấy thành viên này trong cuộc kiểm tra');
  await store.write(planFieldEdits(state, { inspectionId, author, nextId: store.nextId }, 'member', memberId, '', { publicKey }));
}

/** Write this laptop's public key onto the member it belongs to, when it is not there yet. */
async function recordMyKey(db: AppDB, store: EditStore, inspectionId: string): Promise<string | undefined> {
  const me = (await db.settings.get(meKey(inspectionId)))?.value as string | undefined;
  if (!me) return undefined;
  const keys = await deviceKeys(db);
  const state = deriveState(await inspectionEdits(db, inspectionId));
  if (!getRecord(state, 'member', me)) return undefined;
  const edits = planFieldEdits(state, { inspectionId, author: me, nextId: store.nextId }, 'member', me, '', { publicKey: keys.publicKey });
  await store.write(edits);
  return me;
}

export type ExportOutcome = { ok: true; fileName: string; data: Uint8Array; editCount: number } | { ok: false; message: string };

const SETUP_ENTITIES = new Set<Edit['entity']>(['inspection', 'unit', 'member']);

function refOf(edits: Edit[], inspectionId: string): InspectionRef {
  const v = valuesOf(deriveState(edits.filter((e) => e.entity === 'inspection')).records.get(`inspection/${inspectionId}`));
  return {
    id: inspectionId,
    templateId: typeof v.templateId === 'string' ? v.templateId : DEFAULT_TEMPLATE.id,
    templateVersion: typeof v.templateVersion === 'number' ? v.templateVersion : DEFAULT_TEMPLATE.version,
    ...(typeof v.title === 'string' && v.title ? { title: v.title.slice(0, 500) } : {}),
  };
}

function memberName(edits: Edit[], memberId: string): string | undefined {
  const name = valuesOf(getRecord(deriveState(edits.filter((e) => e.entity === 'member')), 'member', memberId)).name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Build a package. setup: inspection, units, members (for members to start
 * from); results: the set-up plus everything I wrote; merged: everything
 * this laptop has of the inspection; backup: every inspection on this laptop.
 */
export async function buildExport(
  db: AppDB,
  store: EditStore,
  kind: PackageKind,
  inspectionId: string | undefined,
  options: { passphrase?: string; now?: Date } = {},
): Promise<ExportOutcome> {
  const keys = await deviceKeys(db);
  const now = options.now ?? new Date();
  let edits: Edit[];
  let refs: InspectionRef[];
  let exporter: { memberId: string; name: string };

  if (kind === 'backup') {
    const ids = inspectionId ? [inspectionId] : (await db.inspections.toArray()).map((e) => e.id);
    const all = await Promise.all(ids.map((id) => inspectionEdits(db, id)));
    const present = ids.map((id, i) => ({ id, edits: all[i] })).filter((x) => x.edits.length > 0);
    if (present.length === 0) return { ok: false, message: 'Máy này chưa có cuộc kiểm tra nào để sao lưu.' };
    edits = present.flatMap((x) => x.edits);
    refs = present.map((x) => refOf(x.edits, x.id));
    exporter = { memberId: 'backup', name: 'Bản sao lưu của máy này' };
  } else {
    if (!inspectionId) return { ok: false, message: 'Hãy mở một cuộc kiểm tra trước khi xuất dữ liệu.' };
    const me = await recordMyKey(db, store, inspectionId);
    const all = await inspectionEdits(db, inspectionId);
    if (all.length === 0) return { ok: false, message: 'Cuộc kiểm tra này chưa có dữ liệu để xuất.' };
    if (kind === 'results' && !me)
      return { ok: false, message: 'Hãy chọn "Tôi là …" (tên của bạn trong đoàn) trước khi xuất kết quả của mình.' };
    if (kind === 'setup') edits = all.filter((e) => SETUP_ENTITIES.has(e.entity));
    else if (kind === 'results') edits = all.filter((e) => SETUP_ENTITIES.has(e.entity) || e.author === me);
    else edits = all;
    refs = [refOf(all, inspectionId)];
    const memberId = me ?? SETUP_AUTHOR;
    exporter = { memberId, name: (me && memberName(all, me)) || 'Người thiết lập cuộc kiểm tra' };
  }

  const data = buildPackage(edits, {
    kind,
    inspections: refs,
    exporter,
    keys,
    appVersion: APP_VERSION,
    exportedAt: now,
    passphrase: options.passphrase || undefined,
  });
  return { ok: true, fileName: packageFileName(kind, kind === 'backup' ? '' : exporter.name, now), data, editCount: new Set(edits.map((e) => e.id)).size };
}

export type { ImportFile, FileCheck, ImportCheck };

/**
 * Check and preview files without writing anything (shared/exchange/batch.ts),
 * against this laptop's stored edits. `expectedInspectionId` is the
 * inspection open on screen (undefined on the list page, where any
 * inspection may come in). The exchange page runs the same check in the
 * worker, with this module's reads handed in.
 */
export function checkImportFiles(db: AppDB, files: ImportFile[], expectedInspectionId?: string): Promise<FileCheck[]> {
  return checkImportBatch(files, { expectedInspectionId, loadEdits: (id) => inspectionEdits(db, id) });
}

export interface ImportOutcome {
  /** Records written (new to this laptop). */
  written: number;
  /** Inspections this laptop did not have before. */
  newInspections: string[];
}

/**
 * Rows per write request: up to 1,000, which writes at IndexedDB's bulk
 * speed (measured: as fast as one bulkPut of everything) while the progress
 * bar still moves several times a second even on a slow, busy laptop; a
 * small import is still cut in about 20 steps of at least 500.
 */
export function importBatchSize(total: number): number {
  return Math.min(1000, Math.max(500, Math.ceil(total / 20)));
}

/** Rows of a bulkAdd that failed only because the laptop already has that id; anything else is a real failure. */
function alreadyHad(e: unknown): number | undefined {
  if (!(e instanceof Dexie.BulkError)) return undefined;
  const failures = Object.values(e.failuresByPos);
  return failures.every((f) => f?.name === 'ConstraintError') ? failures.length : undefined;
}

/**
 * Write every new record of the checked files in ONE transaction: either all
 * of it lands or none. Records this laptop already has are skipped, never
 * overwritten (an edit is immutable; the same id twice is the same edit):
 * the preview already left out what the laptop had, so the rare record
 * written meanwhile is refused by bulkAdd's key check and counted out,
 * with no read before each write.
 */
export async function applyImport(
  db: AppDB,
  store: EditStore,
  checks: readonly ImportCheck[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const byId = new Map<string, Edit>();
  const inspectionIds = new Set<string>();
  for (const c of checks) {
    if (!c.ok) continue;
    for (const e of c.preview.newEdits) if (!byId.has(e.id)) byId.set(e.id, e);
    for (const ref of c.preview.inspections) inspectionIds.add(ref.id);
  }
  const incoming = [...byId.values()];
  const total = incoming.length;
  const incomingInspections = new Set(incoming.map((e) => e.inspectionId));
  const outcome = await db.transaction('rw', db.edits, db.inspections, async () => {
    let written = 0;
    const size = importBatchSize(total);
    for (let i = 0; i < total; i += size) {
      const batch = incoming.slice(i, i + size);
      written += batch.length;
      try {
        await db.edits.bulkAdd(batch);
      } catch (e) {
        const had = alreadyHad(e);
        if (had === undefined) throw e;
        written -= had;
      }
      onProgress?.(Math.min(i + size, total), total);
    }
    const newInspections: string[] = [];
    const now = Date.now();
    for (const id of inspectionIds) {
      if (await db.inspections.get(id)) continue;
      // Records of it were just written (or were there): no need to count the whole table.
      if (!incomingInspections.has(id) && (await db.edits.where('inspectionId').equals(id).count()) === 0) continue;
      await db.inspections.put({ id, addedAt: now, openedAt: now });
      newInspections.push(id);
    }
    return { written, newInspections };
  });
  // Later local edits must sort after everything just received.
  store.observe(incoming);
  return outcome;
}
