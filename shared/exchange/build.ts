/**
 * Writing a `.tkt` package: edits in a stable serialisation, a manifest that
 * carries the content hash, and an Ed25519 signature over the manifest. A
 * team passphrase seals the finished package in an envelope (envelope.ts).
 */
import type { Edit } from '../domain/edit';
import { stableStringify } from '../domain/edit';
import { sha256Hex, signManifest, signManifestWith, utf8ToBytes, type DeviceKeyPair, type DeviceSigner } from './crypto';
import { ENTRY, FORMAT_VERSION, type InspectionRef, type Manifest, type PackageKind } from './manifest';
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

/** Edits sorted by id, one stable JSON object per line: equal sets give equal bytes and equal hashes. */
export function serialiseEdits(edits: readonly Edit[]): Uint8Array {
  const byId = new Map<string, Edit>();
  for (const e of edits) if (!byId.has(e.id)) byId.set(e.id, e);
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return utf8ToBytes(`[\n${sorted.map((e) => stableStringify(e)).join(',\n')}\n]\n`);
}

interface PackageDraft {
  manifestBytes: Uint8Array;
  body: Record<string, Uint8Array>;
}

function draftPackage(edits: readonly Edit[], opts: Omit<BuildOptions, 'keys'>, publicKey: string, attachments: Record<string, Uint8Array>): PackageDraft {
  const editsBytes = serialiseEdits(edits);
  const editCount = new Set(edits.map((e) => e.id)).size;
  const attachmentEntries: Record<string, Uint8Array> = {};
  const attachmentRefs = Object.values(attachments)
    .map((data) => {
      const hash = sha256Hex(data);
      attachmentEntries[`${ENTRY.attachmentsDir}${hash}`] = data;
      return { hash, size: data.length };
    })
    .sort((a, b) => (a.hash < b.hash ? -1 : 1));

  const manifest: Manifest = {
    format: 'tkt',
    formatVersion: FORMAT_VERSION,
    appVersion: opts.appVersion,
    kind: opts.kind,
    inspections: opts.inspections,
    exporter: { ...opts.exporter, publicKey },
    exportedAt: (opts.exportedAt ?? new Date()).toISOString(),
    counts: { edits: editCount, attachments: attachmentRefs.length },
    contentHash: sha256Hex(editsBytes),
    attachments: attachmentRefs,
  };

  const manifestBytes = utf8ToBytes(`${JSON.stringify(manifest, null, 2)}\n`);
  return { manifestBytes, body: { [ENTRY.edits]: editsBytes, ...attachmentEntries } };
}

function assemble(draft: PackageDraft, signature: string): Uint8Array {
  return writeZip({ [ENTRY.manifest]: draft.manifestBytes, ...draft.body, [ENTRY.signature]: utf8ToBytes(signature) });
}

/** A package signed with a key pair held in memory (tests and tools). */
export function buildPackage(edits: readonly Edit[], opts: BuildOptions, attachments: Record<string, Uint8Array> = {}): Uint8Array {
  const draft = draftPackage(edits, opts, opts.keys.publicKey, attachments);
  return assemble(draft, signManifest(draft.manifestBytes, opts.keys.secretKey));
}

/** A package signed by this laptop's signer: what the app exports. */
export async function buildSignedPackage(edits: readonly Edit[], opts: SignedBuildOptions, attachments: Record<string, Uint8Array> = {}): Promise<Uint8Array> {
  const draft = draftPackage(edits, opts, opts.signer.publicKey, attachments);
  return assemble(draft, await signManifestWith(draft.manifestBytes, opts.signer));
}

/** A file name people can recognise in a Zalo chat: kind, who, date. */
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
