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
  LEADER_ROLE,
  coverWithSegments,
  segmentBytes,
  trustOf,
  type SegmentPart,
  type StoredSegment,
} from '../../../shared/exchange';
import { DEFAULT_TEMPLATE } from '../../../shared/templates';
import { deriveInWorker } from '../crypto/kdf';
import { deviceSigner, existingDeviceKey } from './deviceSigner';
import { filesForPackage, type PackageFiles } from './files';
import { entityEdits, inspectionEdits, type EditStore } from './edits';
import { recordsState } from './readModel';
import { dexiePort } from './editStorePort';
import { saveFields } from '../../../shared/core/usecases';
import { applyAcceptedImport, type ImportOutcome } from '../../../shared/core/importing';
import { SETUP_AUTHOR } from './inspections';
import type { AppDB } from './schema';
import { leaderKeyKey, meKey } from './settings';

export { APP_VERSION };
export const TKT_FILTERS = [{ name: 'Gói dữ liệu Tự Kiểm Tra', extensions: ['tkt'] }];
export { deviceSigner };

/**
 * "Tôi là …": remember who uses this laptop for an inspection. The member's
 * key is not written here: a key enters the set-up only through the leader,
 * who compares its fingerprint with the member (authority.ts).
 */
export async function claimMember(db: AppDB, _store: EditStore, inspectionId: string, memberId: string): Promise<void> {
  await db.settings.put({ key: meKey(inspectionId), value: memberId });
}

/**
 * The leader trusts a member's key (a first key, or a new laptop, after
 * checking the fingerprint with them by phone): an edit of the leader's set-up
 * like any other, so it travels signed by the leader's key, and from its time
 * on the member's old key signs nothing new.
 */
export async function trustMemberKey(db: AppDB, store: EditStore, inspectionId: string, memberId: string, publicKey: string): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(publicKey)) throw new Error('khóa công khai không hợp lệ');
  const port = dexiePort(db, store);
  await port.transaction(async (tx) => {
    const state = await tx.readRecords(inspectionId, [{ entity: 'member', recordId: memberId }]);
    if (!getRecord(state, 'member', memberId)) throw new Error('không tìm thấy thành viên này trong cuộc kiểm tra');
    await tx.append(planFieldEdits(state, { inspectionId, author: await tx.author(inspectionId), nextId: tx.nextId, settles: true }, 'member', memberId, '', { publicKey }));
  });
}

/** Who uses this laptop per inspection, and its key: what the import's authority checks decide with. */
export async function authorityInputs(db: AppDB): Promise<{ ownKey?: string; me: Record<string, string>; leaderKeys: Record<string, string> }> {
  const ownKey = await existingDeviceKey(db);
  const me: Record<string, string> = {};
  for (const row of await db.settings.where('key').startsWith('me:').toArray()) if (typeof row.value === 'string') me[row.key.slice(3)] = row.value;
  const leaderKeys: Record<string, string> = {};
  for (const row of await db.settings.where('key').startsWith('leaderKey:').toArray()) if (typeof row.value === 'string') leaderKeys[row.key.slice(10)] = row.value;
  return { ownKey, me, leaderKeys };
}

export type ExportOutcome =
  | {
      ok: true;
      fileName: string;
      data: Uint8Array;
      editCount: number;
      /** Others' records received in a format-1 file: no author signature proves them, so they are not relayed. */
      leftOut: number;
      files?: Omit<PackageFiles, 'bytes'>;
    }
  | { ok: false; message: string };

/**
 * What a package carries: this laptop signs the records of the authors it
 * writes as ("Tôi là …", and the set-up author where it leads), and relays
 * everyone else's in the segments their authors signed.
 */
async function packageContent(db: AppDB, edits: readonly Edit[], kind: PackageKind, refs: readonly InspectionRef[], ownKey: string) {
  const own: Edit[] = [];
  const relayed: SegmentPart[] = [];
  let relayedCount = 0;
  let unproven = 0;
  const byId = new Map(edits.map((e) => [e.id, e]));
  for (const ref of refs) {
    const me = (await db.settings.get(meKey(ref.id)))?.value as string | undefined;
    const setup = await entityEditsOf(db, ref.id);
    const trust = trustOf(setup, ref.id);
    const pinned = (await db.settings.get(leaderKeyKey(ref.id)))?.value as string | undefined;
    const leaderKey = pinned ?? trust.leaderKey;
    const leads = leaderKey === ownKey || (!!me && trust.members.get(me)?.role === LEADER_ROLE) || (!leaderKey && !me);
    const ownAuthors = new Set<string>([...(me ? [me] : []), ...(leads ? [SETUP_AUTHOR] : [])]);
    if (leads && me) for (const [id, m] of trust.members) if (id === me && m.role === LEADER_ROLE) ownAuthors.add(id);
    const others = new Set<string>();
    for (const e of edits) {
      if (e.inspectionId !== ref.id) continue;
      if (ownAuthors.has(e.author)) own.push(e);
      else others.add(e.id);
    }
    const stored = await db.segments.where('inspectionId').equals(ref.id).toArray();
    const { chosen, unproven: left } = coverWithSegments(others, stored);
    for (const seg of chosen) {
      const segEdits = await segmentEdits(db, seg, byId);
      if (!segEdits) continue;
      const { editIds: _ids, ...proof } = seg;
      relayed.push({ proof, bytes: segmentBytes(segEdits) });
      relayedCount += seg.count;
    }
    // A backup is this laptop's own copy: what no author signed goes in under this laptop's key (only this laptop takes it back).
    if (kind === 'backup') for (const id of left) own.push(byId.get(id)!);
    else unproven += left.size;
  }
  return { own, relayed, relayedCount, unproven };
}

/** The set-up edits of an inspection: what decides who leads and which keys are trusted. */
async function entityEditsOf(db: AppDB, inspectionId: string): Promise<Edit[]> {
  const lists = await Promise.all((['inspection', 'unit', 'member'] as const).map((k) => entityEdits(db, inspectionId, k)));
  return lists.flat();
}

/** A stored segment's records, from the export's own list or the database. */
async function segmentEdits(db: AppDB, seg: StoredSegment, byId: Map<string, Edit>): Promise<Edit[] | undefined> {
  const missing = seg.editIds.filter((id) => !byId.has(id));
  const fetched = missing.length > 0 ? await db.edits.bulkGet(missing) : [];
  if (fetched.some((e) => !e)) return undefined;
  return seg.editIds.map((id) => byId.get(id) ?? fetched[missing.indexOf(id)]!);
}

// Carried recommendations (followUp) travel with the set-up, so each member finds them on the units they inspect.
const SETUP_ENTITIES = new Set<Edit['entity']>(['inspection', 'unit', 'member', 'followUp']);
/** What only the leader's key may change (authority.ts): a member's own edits of these stay on her laptop. */
const LEADERS_ONLY = new Set<Edit['entity']>(['inspection', 'unit', 'member']);

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
    const me = ((await db.settings.get(meKey(inspectionId)))?.value as string | undefined) ?? undefined;
    const all = await inspectionEdits(db, inspectionId);
    if (all.length === 0) return { ok: false, message: 'Cuộc kiểm tra này chưa có dữ liệu để xuất.' };
    if (kind === 'results' && !me)
      return { ok: false, message: 'Hãy chọn "Tôi là …" (tên của bạn trong đoàn) trước khi xuất kết quả của mình.' };
    // A member's own set-up changes stay on this laptop: only the leader's set-up travels (authority.ts refuses others').
    if (kind === 'setup') edits = all.filter((e) => SETUP_ENTITIES.has(e.entity));
    else if (kind === 'results') edits = all.filter((e) => (LEADERS_ONLY.has(e.entity) ? e.author !== me : e.entity === 'followUp' || e.author === me));
    else edits = all;
    refs = [refOf(all, inspectionId)];
    const memberId = me ?? SETUP_AUTHOR;
    exporter = { memberId, name: (me && memberName(all, me)) || 'Người thiết lập cuộc kiểm tra' };
  }

  const content = await packageContent(db, edits, kind, refs, signer.publicKey);
  const files = await filesForPackage(db, kind, edits, inspectionId);
  const signed = await buildSignedPackage(content, { kind, inspections: refs, exporter, signer, appVersion: APP_VERSION, exportedAt: now }, files.bytes);
  const data = passphrase ? await sealPackage(signed, passphrase, { derive: deriveInWorker }) : signed;
  // A sealed file must not name its author on the outside either.
  const who = kind === 'backup' || passphrase ? '' : exporter.name;
  return {
    ok: true,
    fileName: packageFileName(kind, who, now),
    data,
    editCount: content.own.length + content.relayedCount,
    leftOut: content.unproven,
    files: { sent: files.sent, waiting: files.waiting },
  };
}

export type { ImportFile, FileCheck, ImportCheck };

/**
 * Check and preview files without writing anything (shared/exchange/batch.ts),
 * against this laptop's stored edits. `expectedInspectionId` is the
 * inspection open on screen (undefined on the list page, where any
 * inspection may come in). The exchange page runs the same check in the
 * worker, with this module's reads handed in.
 */
export async function checkImportFiles(db: AppDB, files: ImportFile[], expectedInspectionId?: string): Promise<FileCheck[]> {
  const inputs = await authorityInputs(db);
  return checkImportBatch(files, { expectedInspectionId, loadEdits: (id) => inspectionEdits(db, id), derive: deriveInWorker, ...inputs });
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
  const segments: StoredSegment[] = [];
  const trustedKeys: { inspectionId: string; memberId: string; publicKey: string }[] = [];
  const pins: { inspectionId: string; leaderKey: string }[] = [];
  for (const c of checks) {
    if (!c.ok) continue;
    for (const e of c.preview.newEdits) if (!byId.has(e.id)) byId.set(e.id, e);
    for (const ref of c.preview.inspections) inspectionIds.push(ref.id);
    segments.push(...c.preview.segments);
    // The screen lets a file with a first key through only once the leader compared its fingerprint.
    for (const k of c.preview.pendingKeys) trustedKeys.push({ inspectionId: c.preview.inspections[0].id, memberId: k.memberId, publicKey: k.publicKey });
    // Likewise a new inspection's leader key, compared once: from now on only it changes the set-up here.
    if (c.preview.leaderToConfirm) for (const id of c.preview.newInspectionIds) pins.push({ inspectionId: id, leaderKey: c.preview.leaderToConfirm.publicKey });
  }
  const edits = [...byId.values()];
  // The one import path: the use case writes what the checks accepted, with the read model, in one transaction.
  const outcome = await applyAcceptedImport(dexiePort(db, store), { edits, inspectionIds, segments, trustedKeys, pins }, onProgress);
  // Later local edits must sort after everything just received.
  store.observe(edits);
  return outcome;
}
