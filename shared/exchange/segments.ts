/**
 * Author segments (package format 2): the records each author wrote, in the
 * canonical serialisation, signed by that author's key. A relay (the leader's
 * merged file, a member's file carrying the leader's set-up) copies segments
 * byte for byte, so who wrote a record is proven by its author's signature,
 * never by the relaying laptop's word. One signature per segment, not per
 * record: checking a 100,000-record file costs one hash of its bytes (done by
 * the platform) and a few signature checks.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import type { Edit } from '../domain/edit';
import { stableStringify } from '../domain/edit';
import { bytesToHex, concatBytesOf, hexToBytes, sha256Hex, utf8ToBytes, type DeviceKeyPair, type DeviceSigner } from './crypto';

export interface SegmentProof {
  inspectionId: string;
  /** Member id every record of the segment names as its author. */
  author: string;
  /** Ed25519 public key (hex) that signed the segment. */
  publicKey: string;
  /** SHA-256 (hex) of the segment's bytes. */
  hash: string;
  /** Number of records in the segment. */
  count: number;
  /** Ed25519 signature (hex) of segmentMessage(proof). */
  signature: string;
}

/** A stored proof with the ids of its records, so a relay can rebuild the exact bytes. */
export interface StoredSegment extends SegmentProof {
  editIds: string[];
}

export const SEGMENT_DIR = 'segments/';

const CONTEXT = 'tkt-segment-v1';

/** What an author signs: the context, the inspection, the author, the count and the hash of the bytes. */
export function segmentMessage(p: Omit<SegmentProof, 'signature' | 'publicKey'>): Uint8Array {
  return utf8ToBytes(`${CONTEXT}\n${p.inspectionId}\n${p.author}\n${p.count}\n${p.hash}`);
}

/** Only the fields of an edit, whatever else a store keeps on the object: equal edits give equal bytes. */
export function canonicalEdit(e: Edit): Edit {
  return { id: e.id, inspectionId: e.inspectionId, entity: e.entity, recordId: e.recordId, field: e.field, value: e.value, author: e.author, unitId: e.unitId, replaces: e.replaces };
}

/** Records sorted by id, one stable JSON object per line. */
export function segmentBytes(edits: readonly Edit[]): Uint8Array {
  const byId = new Map<string, Edit>();
  for (const e of edits) if (!byId.has(e.id)) byId.set(e.id, e);
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return utf8ToBytes(`[\n${sorted.map((e) => stableStringify(canonicalEdit(e))).join(',\n')}\n]\n`);
}

export interface SegmentPart {
  proof: SegmentProof;
  bytes: Uint8Array;
}

function unsignedSegment(inspectionId: string, author: string, edits: readonly Edit[]) {
  const bytes = segmentBytes(edits);
  return { bytes, unsigned: { inspectionId, author, hash: sha256Hex(bytes), count: new Set(edits.map((e) => e.id)).size } };
}

/** Sign one author's records with this laptop's key. */
export async function signSegment(inspectionId: string, author: string, edits: readonly Edit[], signer: DeviceSigner): Promise<SegmentPart> {
  const { bytes, unsigned } = unsignedSegment(inspectionId, author, edits);
  const signature = bytesToHex(await signer.sign(segmentMessage(unsigned)));
  return { proof: { ...unsigned, publicKey: signer.publicKey, signature }, bytes };
}

/** The same with a key pair held in memory (tests and tools). */
export function signSegmentWithKeys(inspectionId: string, author: string, edits: readonly Edit[], keys: DeviceKeyPair): SegmentPart {
  const { bytes, unsigned } = unsignedSegment(inspectionId, author, edits);
  const signature = bytesToHex(ed25519.sign(segmentMessage(unsigned), hexToBytes(keys.secretKey)));
  return { proof: { ...unsigned, publicKey: keys.publicKey, signature }, bytes };
}

/** Records grouped by inspection × author, in a stable order: one segment each. */
export function byAuthor(edits: readonly Edit[]): { inspectionId: string; author: string; edits: Edit[] }[] {
  const groups = new Map<string, { inspectionId: string; author: string; edits: Edit[] }>();
  for (const e of edits) {
    const k = `${e.inspectionId}\n${e.author}`;
    const g = groups.get(k);
    if (g) g.edits.push(e);
    else groups.set(k, { inspectionId: e.inspectionId, author: e.author, edits: [e] });
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}

/** Whether the proof's signature holds for its own key (which key may sign for whom is authority.ts's question). */
export function verifySegmentSignature(p: SegmentProof): boolean {
  try {
    return ed25519.verify(hexToBytes(p.signature), segmentMessage(p), hexToBytes(p.publicKey));
  } catch {
    return false;
  }
}

/**
 * The stored segments a relay must carry for `wanted` records written by
 * others: largest first, each taken whole when it holds a wanted record not
 * covered yet. Returns the chosen segments and the wanted ids no segment
 * proves (records from a format-1 file, which cannot be relayed).
 */
export function coverWithSegments(wanted: ReadonlySet<string>, stored: readonly StoredSegment[]): { chosen: StoredSegment[]; unproven: Set<string> } {
  const left = new Set(wanted);
  const chosen: StoredSegment[] = [];
  for (const s of [...stored].sort((a, b) => b.count - a.count || (a.hash < b.hash ? -1 : 1))) {
    if (left.size === 0) break;
    if (!s.editIds.some((id) => left.has(id))) continue;
    chosen.push(s);
    for (const id of s.editIds) left.delete(id);
  }
  return { chosen, unproven: left };
}

/** The manifest's content hash in format 2: over the segment hashes, in order. */
export function segmentsDigest(proofs: readonly SegmentProof[]): string {
  return sha256Hex(concatBytesOf(proofs.map((p) => utf8ToBytes(`${p.hash}\n`))));
}
