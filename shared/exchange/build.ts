/**
 * Writing a `.tkt` package: edits in a stable serialisation, a manifest that
 * carries the content hash, an Ed25519 signature over the manifest, and
 * optionally the whole content encrypted under a team passphrase.
 */
import type { Edit } from '../domain/edit';
import { stableStringify } from '../domain/edit';
import { DEFAULT_KDF, bytesToHex, deriveKey, encrypt, keyCheckOf, randomBytes, sha256Hex, signManifest, utf8ToBytes, type DeviceKeyPair } from './crypto';
import { ENTRY, FORMAT_VERSION, type InspectionRef, type Manifest, type PackageKind } from './manifest';
import { writeZip } from './zip';

export interface BuildOptions {
  kind: PackageKind;
  inspections: InspectionRef[];
  exporter: { memberId: string; name: string };
  keys: DeviceKeyPair;
  appVersion: string;
  exportedAt?: Date;
  passphrase?: string;
  /** scrypt cost; tests lower it to stay fast. */
  kdf?: { N: number; r: number; p: number };
}

/** Edits sorted by id, one stable JSON object per line: equal sets give equal bytes and equal hashes. */
export function serialiseEdits(edits: readonly Edit[]): Uint8Array {
  const byId = new Map<string, Edit>();
  for (const e of edits) if (!byId.has(e.id)) byId.set(e.id, e);
  const sorted = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return utf8ToBytes(`[\n${sorted.map((e) => stableStringify(e)).join(',\n')}\n]\n`);
}

export function buildPackage(edits: readonly Edit[], opts: BuildOptions, attachments: Record<string, Uint8Array> = {}): Uint8Array {
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
    exporter: { ...opts.exporter, publicKey: opts.keys.publicKey },
    exportedAt: (opts.exportedAt ?? new Date()).toISOString(),
    counts: { edits: editCount, attachments: attachmentRefs.length },
    contentHash: sha256Hex(editsBytes),
    attachments: attachmentRefs,
  };

  const content: Record<string, Uint8Array> = { [ENTRY.edits]: editsBytes, ...attachmentEntries };
  let body: Record<string, Uint8Array> = content;
  if (opts.passphrase) {
    const kdfCost = opts.kdf ?? DEFAULT_KDF;
    const kdf = { name: 'scrypt' as const, ...kdfCost, salt: bytesToHex(randomBytes(16)) };
    const nonce = randomBytes(12);
    const key = deriveKey(opts.passphrase, kdf);
    const payload = encrypt(key, nonce, writeZip(content));
    manifest.encryption = {
      alg: 'AES-256-GCM',
      kdf,
      nonce: bytesToHex(nonce),
      keyCheck: keyCheckOf(key),
      payloadHash: sha256Hex(payload),
    };
    body = { [ENTRY.payload]: payload };
  }

  const manifestBytes = utf8ToBytes(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = signManifest(manifestBytes, opts.keys.secretKey);
  return writeZip({ [ENTRY.manifest]: manifestBytes, ...body, [ENTRY.signature]: utf8ToBytes(signature) });
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
