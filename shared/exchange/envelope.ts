/**
 * The sealed envelope of a passphrase-protected `.tkt` file (since 0.2).
 * The whole signed package (manifest, records, signature) is encrypted, so a
 * lost USB stick shows nothing about the inspection, the member, the time or
 * the size of the work. In clear there is only `sealed.json`: the format, the
 * scrypt parameters and the salt, which a reader needs before it can derive
 * the key. The key and the AES-GCM nonce both come from scrypt over a fresh
 * salt, so no nonce is stored; the clear header is authenticated as
 * associated data, so its parameters cannot be swapped.
 */
import { CURRENT_KDF, bytesToHex, decrypt, deriveInThread, encrypt, isAllowedKdf, randomBytes, utf8ToBytes, type DeriveFn, type KdfCost } from './crypto';
import { passphraseProblem } from './passphrase';
import { writeZip } from './zip';

export const SEALED_FORMAT = 'tkt-sealed-1';
export const SEALED_ENTRY = { header: 'sealed.json', payload: 'sealed.bin' } as const;

export interface SealedHeader {
  format: typeof SEALED_FORMAT;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
}

const KEY_BYTES = 32;
const NONCE_BYTES = 12;

export interface SealOptions {
  derive?: DeriveFn;
  /** Only an allow-listed cost; the current one unless a test needs to show the older one. */
  kdf?: KdfCost;
}

export async function sealPackage(packageBytes: Uint8Array, passphrase: string, opts: SealOptions = {}): Promise<Uint8Array> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const cost = opts.kdf ?? CURRENT_KDF;
  if (!isAllowedKdf(cost)) throw new Error('Tham số mã hóa không nằm trong danh sách cho phép.');
  const header: SealedHeader = { format: SEALED_FORMAT, kdf: { name: 'scrypt', ...cost, salt: bytesToHex(randomBytes(16)) } };
  const headerBytes = utf8ToBytes(JSON.stringify(header));
  const material = await (opts.derive ?? deriveInThread)(passphrase, header.kdf, KEY_BYTES + NONCE_BYTES);
  const payload = encrypt(material.slice(0, KEY_BYTES), material.slice(KEY_BYTES), packageBytes, headerBytes);
  return writeZip({ [SEALED_ENTRY.header]: headerBytes, [SEALED_ENTRY.payload]: payload });
}

export type UnsealResult =
  | { ok: true; packageBytes: Uint8Array }
  | { ok: false; reason: 'header-invalid' | 'kdf-not-allowed' | 'passphrase-needed' | 'wrong-passphrase'; kdf?: KdfCost };

function readHeader(bytes: Uint8Array): SealedHeader | undefined {
  try {
    const h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<SealedHeader>;
    const k = h?.kdf;
    if (h?.format !== SEALED_FORMAT || !k || k.name !== 'scrypt') return undefined;
    if (![k.N, k.r, k.p].every((n) => Number.isSafeInteger(n)) || typeof k.salt !== 'string' || !/^[0-9a-f]{32}$/.test(k.salt)) return undefined;
    return h as SealedHeader;
  } catch {
    return undefined;
  }
}

/**
 * Opens the envelope. The cost is checked against the allow-list before any
 * work; a wrong passphrase and an altered payload look the same to AES-GCM,
 * and both are refused without a single record read.
 */
export async function unsealPackage(entries: Record<string, Uint8Array>, passphrase: string | undefined, derive: DeriveFn = deriveInThread): Promise<UnsealResult> {
  const headerBytes = entries[SEALED_ENTRY.header];
  const payload = entries[SEALED_ENTRY.payload];
  const header = headerBytes && readHeader(headerBytes);
  if (!header || !payload) return { ok: false, reason: 'header-invalid' };
  const { N, r, p } = header.kdf;
  if (!isAllowedKdf({ N, r, p })) return { ok: false, reason: 'kdf-not-allowed', kdf: { N, r, p } };
  if (!passphrase) return { ok: false, reason: 'passphrase-needed' };
  const material = await derive(passphrase, header.kdf, KEY_BYTES + NONCE_BYTES);
  const plain = decrypt(material.slice(0, KEY_BYTES), material.slice(KEY_BYTES), payload, headerBytes);
  return plain ? { ok: true, packageBytes: plain } : { ok: false, reason: 'wrong-passphrase' };
}

/** Whether the zip's entries are a sealed envelope rather than a plain package. */
export function isSealed(entries: Record<string, Uint8Array>): boolean {
  return SEALED_ENTRY.header in entries;
}
