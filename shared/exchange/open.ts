/**
 * Opening a `.tkt` package: container, manifest, signature, decryption,
 * content hash and the schema of every record. Checks that need this
 * laptop's data (which inspection, which units) are in check.ts.
 * Never throws: every failure is an ExchangeError with a Vietnamese message.
 * Async because hashing uses the platform's Web Crypto.
 */
import type { Edit } from '../domain/edit';
import { attachmentRefsProblem } from './attachments';
import { decrypt, deriveInThread, hexToBytes, isAllowedKdf, keyCheckOf, sha256HexAsync, verifyManifest, type DeriveFn } from './crypto';
import { isSealed, unsealPackage, type UnsealResult } from './envelope';
import { exchangeError, type ExchangeError } from './errors';
import { ENTRY, FORMAT_VERSION, ManifestSchema, OLDEST_FORMAT_VERSION, type Manifest } from './manifest';
import { SEGMENT_DIR, segmentsDigest, verifySegmentSignature, type SegmentProof } from './segments';
import { readEditRecords } from './records';
import { readZip } from './zip';

export interface OpenedPackage {
  fileName: string;
  manifest: Manifest;
  /** Valid, de-duplicated edit records. */
  edits: Edit[];
  /** Format 2: the signed segments the records came in (empty for a format-1 file). */
  segments: OpenedSegment[];
  attachments: Record<string, Uint8Array>;
  encrypted: boolean;
}

/** A verified segment: its proof and its records (with their ids, as kept for relaying). */
export interface OpenedSegment {
  proof: SegmentProof;
  editIds: string[];
  edits: Edit[];
}

export type Result<T> = { ok: true; package: T } | { ok: false; error: ExchangeError };

export interface OpenOptions {
  passphrase?: string;
  /** Where scrypt runs: a Web Worker in the app, this thread in tests. */
  derive?: DeriveFn;
}

function sealedError(fileName: string, r: Extract<UnsealResult, { ok: false }>): ExchangeError {
  switch (r.reason) {
    case 'kdf-not-allowed':
      return exchangeError('kdf-not-allowed', fileName, { N: r.kdf?.N, r: r.kdf?.r, p: r.kdf?.p });
    case 'passphrase-needed':
      return exchangeError('passphrase-needed', fileName);
    case 'wrong-passphrase':
      return exchangeError('wrong-passphrase', fileName);
    default:
      return exchangeError('altered', fileName, { reason: 'phần đầu của tệp mã hóa không đọc được' });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readJson(data: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(data)) };
  } catch {
    return { ok: false };
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Zod's own messages are English; a manifest problem is described in Vietnamese by its kind. */
function issueWords(code: string | undefined): string {
  switch (code) {
    case 'invalid_type':
      return 'bị thiếu hoặc sai kiểu dữ liệu';
    case 'invalid_value':
    case 'invalid_union':
      return 'có giá trị không hợp lệ';
    case 'invalid_format':
      return 'sai định dạng';
    case 'too_big':
    case 'too_small':
      return 'vượt quá giới hạn cho phép';
    default:
      return 'không hợp lệ';
  }
}

export async function openPackage(fileName: string, data: Uint8Array, opts: OpenOptions = {}): Promise<Result<OpenedPackage>> {
  try {
    return await openUnsafe(fileName, data, opts);
  } catch {
    // Defence in depth: a library surprise still becomes a refusal, never a crash (and never its English words).
    return { ok: false, error: exchangeError('altered', fileName, { reason: 'không đọc được nội dung' }) };
  }
}

async function openUnsafe(fileName: string, data: Uint8Array, opts: OpenOptions): Promise<Result<OpenedPackage>> {
  const fail = (error: ExchangeError): Result<OpenedPackage> => ({ ok: false, error });
  const outer = await readZip(fileName, data);
  if (!outer.ok) return fail(outer.error);
  let entries = outer.entries;
  // A sealed file (format since 0.2) holds the whole signed package encrypted; open the envelope first.
  const sealed = isSealed(entries);
  if (sealed) {
    const unsealed = await unsealPackage(entries, opts.passphrase, opts.derive);
    if (!unsealed.ok) return fail(sealedError(fileName, unsealed));
    const inner = await readZip(fileName, unsealed.packageBytes);
    if (!inner.ok) return fail(inner.error);
    if (isSealed(inner.entries)) return fail(exchangeError('altered', fileName, { reason: 'tệp mã hóa lồng trong tệp mã hóa' }));
    entries = inner.entries;
  }

  const manifestBytes = entries[ENTRY.manifest];
  if (!manifestBytes) return fail(exchangeError('missing-entry', fileName, { entry: ENTRY.manifest }));
  const raw = readJson(manifestBytes);
  if (!raw.ok || typeof raw.value !== 'object' || raw.value === null || Array.isArray(raw.value))
    return fail(exchangeError('manifest-invalid', fileName, { reason: 'không đọc được nội dung JSON' }));
  const claimed = raw.value as Record<string, unknown>;
  // A newer format may change everything else, so its version is read before the schema.
  if (typeof claimed.formatVersion === 'number' && claimed.formatVersion > FORMAT_VERSION)
    return fail(exchangeError('newer-version', fileName, { version: claimed.formatVersion, supported: FORMAT_VERSION }));
  const parsed = ManifestSchema.safeParse(claimed);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(exchangeError('manifest-invalid', fileName, { reason: `mục "${issuePath(issue?.path ?? [])}" ${issueWords(issue?.code)}` }));
  }
  const manifest = parsed.data;
  const tooLarge = attachmentRefsProblem(fileName, manifest.attachments);
  if (tooLarge) return fail(tooLarge);

  const signature = entries[ENTRY.signature];
  if (!signature) return fail(exchangeError('missing-entry', fileName, { entry: ENTRY.signature }));
  const sigText = new TextDecoder().decode(signature).trim();
  if (!verifyManifest(manifestBytes, sigText, manifest.exporter.publicKey)) return fail(exchangeError('bad-signature', fileName));

  let content = entries;
  const enc = manifest.encryption;
  if (enc) {
    const payload = entries[ENTRY.payload];
    if (!payload) return fail(exchangeError('missing-entry', fileName, { entry: ENTRY.payload }));
    if ((await sha256HexAsync(payload)) !== enc.payloadHash) return fail(exchangeError('altered', fileName, { reason: 'mã băm phần mã hóa không khớp' }));
    // Format-1 files carry their cost in the manifest: only an allow-listed one is worked on.
    if (!isAllowedKdf(enc.kdf)) return fail(exchangeError('kdf-not-allowed', fileName, { N: enc.kdf.N, r: enc.kdf.r, p: enc.kdf.p }));
    if (!opts.passphrase) return fail(exchangeError('passphrase-needed', fileName));
    const key = await (opts.derive ?? deriveInThread)(opts.passphrase, enc.kdf, 32);
    if (keyCheckOf(key) !== enc.keyCheck) return fail(exchangeError('wrong-passphrase', fileName));
    const plain = decrypt(key, hexToBytes(enc.nonce), payload);
    if (!plain) return fail(exchangeError('altered', fileName, { reason: 'phần mã hóa không giải mã được' }));
    const inner = await readZip(fileName, plain);
    if (!inner.ok) return fail(inner.error);
    content = inner.entries;
  }

  const attachments: Record<string, Uint8Array> = {};
  const read = manifest.formatVersion === OLDEST_FORMAT_VERSION ? await readFormat1(fileName, manifest, content) : await readSegments(fileName, manifest, content);
  if (!read.ok) return read;
  const attachmentHashes = manifest.attachments.map((ref) => {
    const bytes = content[`${ENTRY.attachmentsDir}${ref.hash}`];
    return bytes && bytes.length === ref.size ? sha256HexAsync(bytes) : undefined;
  });
  await Promise.allSettled(attachmentHashes);
  for (let i = 0; i < manifest.attachments.length; i++) {
    const ref = manifest.attachments[i];
    const bytes = content[`${ENTRY.attachmentsDir}${ref.hash}`];
    if (!bytes) return fail(exchangeError('missing-entry', fileName, { entry: `${ENTRY.attachmentsDir}${ref.hash}` }));
    if (bytes.length !== ref.size || (await attachmentHashes[i]) !== ref.hash)
      return fail(exchangeError('altered', fileName, { reason: 'tệp đính kèm không khớp mã băm' }));
    attachments[ref.hash] = bytes;
  }
  const { edits, segments } = read.package;
  return { ok: true, package: { fileName, manifest, edits, segments, attachments, encrypted: !!enc || sealed } };
}

type Content = Record<string, Uint8Array>;
interface ReadRecords {
  edits: Edit[];
  segments: OpenedSegment[];
}

/** Format 1: one list, signed by the exporter only; authority.ts accepts from it only the exporter's own records. */
async function readFormat1(fileName: string, manifest: Manifest, content: Content): Promise<Result<ReadRecords>> {
  const fail = (error: ExchangeError): Result<ReadRecords> => ({ ok: false, error });
  const editsBytes = content[ENTRY.edits];
  if (!editsBytes) return fail(exchangeError('missing-entry', fileName, { entry: ENTRY.edits }));
  // Web Crypto hashes on another thread while this one parses and validates the records.
  const contentHash = sha256HexAsync(editsBytes);
  const records = readEditRecords(editsBytes, new Set(manifest.inspections.map((i) => i.id)));
  if ((await contentHash) !== manifest.contentHash)
    return fail(exchangeError('altered', fileName, { reason: 'mã băm nội dung không khớp với phần mô tả' }));
  if (!records.ok) return fail(recordError(fileName, records));
  if (records.edits.length !== manifest.counts.edits)
    return fail(exchangeError('manifest-invalid', fileName, { reason: `ghi ${manifest.counts.edits} bản ghi nhưng có ${records.edits.length}` }));
  return { ok: true, package: { edits: records.edits, segments: [] } };
}

/**
 * Format 2: every segment's bytes match the hash its author signed, the
 * signature holds for the key it names, and every record in it names that
 * segment's author. Which key may speak for which author is authority.ts's.
 */
async function readSegments(fileName: string, manifest: Manifest, content: Content): Promise<Result<ReadRecords>> {
  const fail = (error: ExchangeError): Result<ReadRecords> => ({ ok: false, error });
  const proofs = manifest.segments;
  if (!proofs) return fail(exchangeError('manifest-invalid', fileName, { reason: 'thiếu danh sách phần dữ liệu đã ký' }));
  if (segmentsDigest(proofs) !== manifest.contentHash)
    return fail(exchangeError('altered', fileName, { reason: 'mã băm nội dung không khớp với phần mô tả' }));
  const inspections = new Set(manifest.inspections.map((i) => i.id));
  const hashes = proofs.map((p) => {
    const bytes = content[`${SEGMENT_DIR}${p.hash}`];
    return bytes ? sha256HexAsync(bytes) : undefined;
  });
  await Promise.allSettled(hashes);
  const segments: OpenedSegment[] = [];
  let counted = 0;
  for (const [i, proof] of proofs.entries()) {
    const bytes = content[`${SEGMENT_DIR}${proof.hash}`];
    if (!bytes) return fail(exchangeError('missing-entry', fileName, { entry: `${SEGMENT_DIR}${proof.hash}` }));
    if ((await hashes[i]) !== proof.hash) return fail(exchangeError('altered', fileName, { reason: 'một phần dữ liệu không khớp mã băm đã ký' }));
    if (!inspections.has(proof.inspectionId)) return fail(exchangeError('manifest-invalid', fileName, { reason: 'phần dữ liệu thuộc cuộc kiểm tra không ghi trong phần mô tả' }));
    if (!verifySegmentSignature(proof)) return fail(exchangeError('bad-signature', fileName));
    const records = readEditRecords(bytes, new Set([proof.inspectionId]));
    if (!records.ok) return fail(recordError(fileName, { ...records, index: counted + records.index }));
    if (records.edits.length !== proof.count)
      return fail(exchangeError('manifest-invalid', fileName, { reason: `phần dữ liệu ghi ${proof.count} bản ghi nhưng có ${records.edits.length}` }));
    const editIds: string[] = new Array(records.edits.length);
    for (const [j, e] of records.edits.entries()) {
      // The binding itself: a record inside an author's segment names that author, or the file is forged.
      if (e.author !== proof.author)
        return fail(exchangeError('forged-author', fileName, { claimed: e.author, reason: `bản ghi nằm trong phần do khóa của "${proof.author}" ký` }));
      editIds[j] = e.id;
    }
    counted += records.edits.length;
    segments.push({ proof, editIds, edits: records.edits });
  }
  if (counted !== manifest.counts.edits)
    return fail(exchangeError('manifest-invalid', fileName, { reason: `ghi ${manifest.counts.edits} bản ghi nhưng có ${counted}` }));
  return { ok: true, package: { edits: unionOf(segments), segments } };
}

/**
 * The records of all segments, each once. Ids are made per laptop, so two
 * segments share a record only when they are of the same author (a relay of
 * overlapping segments); only then is a set needed.
 */
function unionOf(segments: readonly OpenedSegment[]): Edit[] {
  const authors = new Set(segments.map((s) => `${s.proof.inspectionId}\n${s.proof.author}`));
  if (authors.size === segments.length) return segments.flatMap((s) => s.edits);
  const byId = new Map<string, Edit>();
  for (const s of segments) for (const e of s.edits) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}

function recordError(fileName: string, r: { index: number; reason: string; clock?: boolean }): ExchangeError {
  return r.clock ? exchangeError('bad-clock', fileName, { index: r.index, reason: r.reason }) : exchangeError('bad-record', fileName, { index: r.index, reason: r.reason });
}
