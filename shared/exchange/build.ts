/**
 * Writing a `.tkt` package (format 2): each author's records in a segment
 * signed by that author's key (segments.ts), a manifest that lists the
 * segments, and the exporter's Ed25519 signature over the manifest. Records
 * this laptop wrote are signed now; records of others travel in the segments
 * their authors signed, unchanged. A team passphrase seals the finished
 * package in an envelope (envelope.ts).
 */
import type { Edit } from '../domain/edit';
import { stableStringify } from '../domain/edit';
import { sha256Hex, signManifest, signManifestWith, utf8ToBytes, type DeviceKeyPair, type DeviceSigner } from './crypto';
import { ENTRY, FORMAT_VERSION, type InspectionRef, type Manifest, type PackageKind } from './manifest';
import { SEGMENT_DIR, byAuthor, segmentsDigest, signSegment, signSegmentWithKeys, type SegmentPart } from './segments';
import { writeZip } from './zip';

export interface BuildOptions {
  kind: PackageKind;
  inspections: InspectionRef[];
  exporter: { memberId: string; name: string };
  keys: DeviceKeyPair;
  appVersion: string;
  exportedAt?: Date;
}

/** The app signs through this laptop's signer and never holds the private key. */
export type SignedBuildOptions = Omit<BuildOptions, 'keys'> & { signer: DeviceSigner };

/** What goes into a package: records this laptop signs now, and others' segments relayed as they were signed. */
export interface PackageContent {
  /** Records whose authors this laptop signs for (its own). */
  own: readonly Edit[];
  /** Segments signed by others, with their exact bytes. */
  relayed?: readonly SegmentPart[];
}

/** Edits sorted by id, one stable JSON object per line: equal sets give equal bytes and equal hashes (format 1). */
export function serialiseEdits(edits: readonly Edit[]): Uint8Array {
  const byId = new Map<string, Edit>();
  for (const e of edits) if (!byId.has(e.id)) byId.set(e.id, e);
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return utf8ToBytes(`[\n${sorted.map((e) => stableStringify(e)).join(',\n')}\n]\n`);
}

function manifestOf(opts: Omit<BuildOptions, 'keys'>, publicKey: string, parts: readonly SegmentPart[], attachmentRefs: Manifest['attachments']): Manifest {
  // A relay may carry overlapping segments of one author; the count is of the records carried.
  let total = 0;
  for (const p of parts) total += p.proof.count;
  return {
    format: 'tkt',
    formatVersion: FORMAT_VERSION,
    appVersion: opts.appVersion,
    kind: opts.kind,
    inspections: opts.inspections,
    exporter: { ...opts.exporter, publicKey },
    exportedAt: (opts.exportedAt ?? new Date()).toISOString(),
    counts: { edits: total, attachments: attachmentRefs.length },
    contentHash: segmentsDigest(parts.map((p) => p.proof)),
    segments: parts.map((p) => p.proof),
    attachments: attachmentRefs,
  };
}

interface Draft {
  manifestBytes: Uint8Array;
  entries: Record<string, Uint8Array>;
}

function draft(own: readonly SegmentPart[], relayed: readonly SegmentPart[], opts: Omit<BuildOptions, 'keys'>, publicKey: string, attachments: Record<string, Uint8Array>): Draft {
  // A segment already carried (the same hash twice) goes in once.
  const seen = new Set<string>();
  const parts: SegmentPart[] = [];
  for (const p of [...own, ...relayed]) if (!seen.has(p.proof.hash) && seen.add(p.proof.hash)) parts.push(p);
  const entries: Record<string, Uint8Array> = {};
  for (const p of parts) entries[`${SEGMENT_DIR}${p.proof.hash}`] = p.bytes;
  const attachmentRefs = Object.values(attachments)
    .map((data) => {
      const hash = sha256Hex(data);
      entries[`${ENTRY.attachmentsDir}${hash}`] = data;
      return { hash, size: data.length };
    })
    .sort((a, b) => (a.hash < b.hash ? -1 : 1));
  return { manifestBytes: utf8ToBytes(`${JSON.stringify(manifestOf(opts, publicKey, parts, attachmentRefs), null, 2)}\n`), entries };
}

function assemble(d: Draft, signature: string): Uint8Array {
  return writeZip({ [ENTRY.manifest]: d.manifestBytes, ...d.entries, [ENTRY.signature]: utf8ToBytes(signature) });
}

function contentOf(content: PackageContent | readonly Edit[]): PackageContent {
  return Array.isArray(content) ? { own: content as readonly Edit[] } : (content as PackageContent);
}

/** A package signed by this laptop's signer: what the app exports. */
export async function buildSignedPackage(
  content: PackageContent | readonly Edit[],
  opts: SignedBuildOptions,
  attachments: Record<string, Uint8Array> = {},
): Promise<Uint8Array> {
  const c = contentOf(content);
  const own: SegmentPart[] = [];
  for (const g of byAuthor(c.own)) own.push(await signSegment(g.inspectionId, g.author, g.edits, opts.signer));
  const d = draft(own, c.relayed ?? [], opts, opts.signer.publicKey, attachments);
  return assemble(d, await signManifestWith(d.manifestBytes, opts.signer));
}

/** A package signed with a key pair held in memory (tests and tools): every own record is signed with this key. */
export function buildPackage(content: PackageContent | readonly Edit[], opts: BuildOptions, attachments: Record<string, Uint8Array> = {}): Uint8Array {
  const c = contentOf(content);
  const own = byAuthor(c.own).map((g) => signSegmentWithKeys(g.inspectionId, g.author, g.edits, opts.keys));
  const d = draft(own, c.relayed ?? [], opts, opts.keys.publicKey, attachments);
  return assemble(d, signManifest(d.manifestBytes, opts.keys.secretKey));
}

/**
 * A file name people can recognise in a Zalo chat: kind, who, date. An
 * encrypted file leaves the name out (pass ''), so a lost USB stick does not
 * say whose work it holds.
 */
export function packageFileName(kind: PackageKind, who: string, at: Date = new Date()): string {
  const ascii = who
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const label = { setup: 'thiet-lap', results: 'ket-qua', merged: 'tong-hop', backup: 'sao-luu' }[kind];
  return `${label}${ascii ? `-${ascii}` : ''}-${stamp}.tkt`;
}
