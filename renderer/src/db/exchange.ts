/**
 * Exchange storage: building `.tkt` packages from this laptop's database and
 * importing them. Import is two steps: check and preview every file without
 * writing anything, then write all new records in ONE transaction, so a file
 * is either fully imported or not at all.
 */
import { version as APP_VERSION } from '../../../package.json';
import { deriveState, getRecord, valuesOf } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
import { planFieldEdits } from '../../../shared/domain/write';
import {
  buildSignedPackage,
  packageFileName,
  passphraseProblem,
  sealPackage,
  checkImportBatch,
  type FileCheck,
  type ImportCheck,
  type ImportFile,
  type InspectionRef,
  type PackageKind,
} from '../../../shared/exchange';
import { DEFAULT_TEMPLATE } from '../../../shared/templates';
import { deriveInWorker } from '../crypto/kdf';
import { deviceSigner } from './deviceSigner';
import { filesForPackage, type PackageFiles } from './files';
import { inspectionEdits, type EditStore } from './edits';
import { recordsState } from './readModel';
import { dexiePort } from './editStorePort';
import { saveFields } from '../../../shared/core/usecases';
import { applyAcceptedImport, type ImportOutcome } from '../../../shared/core/importing';
import { SETUP_AUTHOR } from './inspections';
import type { AppDB } from './schema';
import { meKey } from './settings';

export { APP_VERSION };
export const TKT_FILTERS = [{ name: 'Gói dữ liệu Tự Kiểm Tra', extensions: ['tkt'] }];
export { deviceSigner };

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
  const port = dexiePort(db, store);
  await port.transaction(async (tx) => {
    const state = await tx.readRecords(inspectionId, [{ entity: 'member', recordId: memberId }]);
    if (!getRecord(state, 'member', memberId)) throw new Error('không tìm thấy thành viên này trong cuộc kiểm tra');
    await tx.append(planFieldEdits(state, { inspectionId, author: await tx.author(inspectionId), nextId: tx.nextId }, 'member', memberId, '', { publicKey }));
  });
}

/** Write this laptop's public key onto the member it belongs to, when it is not there yet. */
async function recordMyKey(db: AppDB, store: EditStore, inspectionId: string): Promise<string | undefined> {
  const me = (await db.settings.get(meKey(inspectionId)))?.value as string | undefined;
  if (!me) return undefined;
  const signer = await deviceSigner(db);
  const state = await recordsState(db, inspectionId, [{ entity: 'member', recordId: me }]);
  if (!getRecord(state, 'member', me)) return undefined;
  await saveFields(dexiePort(db, store), { inspectionId, entity: 'member', recordId: me, unitId: '', values: { publicKey: signer.publicKey } });
  return me;
}

export type ExportOutcome =
  | { ok: true; fileName: string; data: Uint8Array; editCount: number; files?: Omit<PackageFiles, 'bytes'> }
  | { ok: false; message: string };

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
  const passphrase = options.passphrase || undefined;
  const problem = passphrase && passphraseProblem(passphrase);
  if (problem) return { ok: false, message: problem };
  const signer = await deviceSigner(db);
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

  const files = await filesForPackage(db, kind, edits, inspectionId);
  const signed = await buildSignedPackage(edits, { kind, inspections: refs, exporter, signer, appVersion: APP_VERSION, exportedAt: now }, files.bytes);
  const data = passphrase ? await sealPackage(signed, passphrase, { derive: deriveInWorker }) : signed;
  // A sealed file must not name its author on the outside either.
  const who = kind === 'backup' || passphrase ? '' : exporter.name;
  return { ok: true, fileName: packageFileName(kind, who, now), data, editCount: new Set(edits.map((e) => e.id)).size, files: { sent: files.sent, waiting: files.waiting } };
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
  return checkImportBatch(files, { expectedInspectionId, loadEdits: (id) => inspectionEdits(db, id), derive: deriveInWorker });
}

export type { ImportOutcome };

/**
 * Write every new record of the checked files, with the read model, in ONE
 * transaction: either all of it lands or none. Records this laptop already
 * has are skipped, never overwritten (an edit is immutable; the same id twice
 * is the same edit), including one written between preview and import.
 */
export async function applyImport(
  db: AppDB,
  store: EditStore,
  checks: readonly ImportCheck[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const byId = new Map<string, Edit>();
  const inspectionIds: string[] = [];
  for (const c of checks) {
    if (!c.ok) continue;
    for (const e of c.preview.newEdits) if (!byId.has(e.id)) byId.set(e.id, e);
    for (const ref of c.preview.inspections) inspectionIds.push(ref.id);
  }
  const edits = [...byId.values()];
  // The one import path: the use case writes what the checks accepted, with the read model, in one transaction.
  const outcome = await applyAcceptedImport(dexiePort(db, store), { edits, inspectionIds }, onProgress);
  // Later local edits must sort after everything just received.
  store.observe(edits);
  return outcome;
}
