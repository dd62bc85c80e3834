/**
 * This laptop's signing key: the ONE place that hands out its signer (an
 * async sign(bytes) and the public key hex). The private key never sits in
 * plain text in the profile:
 * - in the desktop app it is sealed by Electron's safeStorage (the operating
 *   system's key store), and only the main process opens it to sign;
 * - elsewhere it is a non-extractable WebCrypto Ed25519 key, kept as the
 *   CryptoKey object itself (structured clone keeps it non-extractable), so no
 *   script can read it out;
 * - only a platform with neither keeps the old plain key (and says so).
 * A plain key left by an earlier version is moved into the best store at the
 * first start and the plain copy deleted; its public key stays the same, so
 * the team still knows this laptop.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, generateDeviceKeyPair, hexToBytes, signerOf, type DeviceKeyPair, type DeviceSigner } from '../../../shared/exchange/crypto';
import { platform } from '../platform';
import type { KeyVault } from '../platform/types';
import type { AppDB } from './schema';

/** Where an earlier version kept the key pair in plain text. */
export const LEGACY_DEVICE_KEYS_KEY = 'deviceKeys';
export const DEVICE_SIGNER_KEY = 'deviceSigner';

export type StoredSigner =
  | { kind: 'webcrypto'; publicKey: string; privateKey: CryptoKey }
  | { kind: 'safe-storage'; publicKey: string; sealed: Uint8Array }
  /** Only on a platform without Ed25519 in WebCrypto and without safeStorage. */
  | { kind: 'plain'; publicKey: string; secretKey: string };

const HEX64 = /^[0-9a-f]{64}$/;

function isLegacyPair(v: unknown): v is DeviceKeyPair {
  const k = v as Partial<DeviceKeyPair> | undefined;
  return typeof k?.secretKey === 'string' && typeof k.publicKey === 'string' && HEX64.test(k.secretKey) && HEX64.test(k.publicKey);
}

function isStored(v: unknown): v is StoredSigner {
  const s = v as Partial<StoredSigner> | undefined;
  if (typeof s?.publicKey !== 'string' || !HEX64.test(s.publicKey)) return false;
  if (s.kind === 'webcrypto') return typeof CryptoKey !== 'undefined' && (s as { privateKey: unknown }).privateKey instanceof CryptoKey;
  if (s.kind === 'safe-storage') return (s as { sealed: unknown }).sealed instanceof Uint8Array;
  return s.kind === 'plain' && HEX64.test((s as { secretKey: string }).secretKey);
}

/** PKCS#8 wrapping of a 32-byte Ed25519 seed (RFC 8410), the form WebCrypto imports private keys in. */
const PKCS8_ED25519_PREFIX = hexToBytes('302e020100300506032b657004220420');

async function webCryptoSigner(seedHex?: string): Promise<StoredSigner | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    let privateKey: CryptoKey;
    let publicKey: string;
    if (seedHex) {
      const pkcs8 = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
      pkcs8.set(PKCS8_ED25519_PREFIX);
      pkcs8.set(hexToBytes(seedHex), PKCS8_ED25519_PREFIX.length);
      privateKey = await subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
      pkcs8.fill(0);
      publicKey = bytesToHex(ed25519.getPublicKey(hexToBytes(seedHex)));
    } else {
      const pair = (await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
      privateKey = pair.privateKey;
      publicKey = bytesToHex(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
    }
    // A platform that "supports" Ed25519 but signs differently would make every file refused: check once.
    const probe = new Uint8Array([0x74, 0x6b, 0x74]);
    const sig = new Uint8Array(await subtle.sign({ name: 'Ed25519' }, privateKey, probe));
    if (!ed25519.verify(sig, probe, hexToBytes(publicKey))) return undefined;
    return { kind: 'webcrypto', publicKey, privateKey };
  } catch {
    // No Ed25519 in this platform's WebCrypto.
    return undefined;
  }
}

async function createStored(legacy: DeviceKeyPair | undefined, vault: KeyVault | undefined): Promise<StoredSigner> {
  if (vault) {
    const sealed = await vault.create(legacy?.secretKey).catch(() => null);
    if (sealed && (!legacy || sealed.publicKey === legacy.publicKey)) return { kind: 'safe-storage', ...sealed };
  }
  const web = await webCryptoSigner(legacy?.secretKey);
  if (web && (!legacy || web.publicKey === legacy.publicKey)) return web;
  const pair = legacy ?? generateDeviceKeyPair();
  return { kind: 'plain', ...pair };
}

export function signerFrom(stored: StoredSigner, vault: KeyVault | undefined): DeviceSigner {
  switch (stored.kind) {
    case 'webcrypto':
      return {
        publicKey: stored.publicKey,
        sign: async (message) => new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, stored.privateKey, message as Uint8Array<ArrayBuffer>)),
      };
    case 'safe-storage':
      return {
        publicKey: stored.publicKey,
        sign: async (message) => {
          if (!vault) throw new Error('Không mở được khóa ký của máy này ngoài ứng dụng máy tính.');
          return vault.sign(stored.sealed, message);
        },
      };
    default:
      return signerOf(stored);
  }
}

/**
 * This laptop's signer, created (or moved out of plain text) on first use.
 * The key is made outside the transaction (WebCrypto and IPC are not
 * IndexedDB work), then stored only if no other tab stored one meanwhile.
 */
export async function deviceSigner(db: AppDB, vault: KeyVault | undefined = platform.keyVault): Promise<DeviceSigner> {
  const saved = (await db.settings.get(DEVICE_SIGNER_KEY))?.value;
  if (isStored(saved)) return signerFrom(saved, vault);
  const legacyValue = (await db.settings.get(LEGACY_DEVICE_KEYS_KEY))?.value;
  const legacy = isLegacyPair(legacyValue) ? legacyValue : undefined;
  const fresh = await createStored(legacy, vault);
  const kept = await db.transaction('rw', db.settings, async () => {
    const now = (await db.settings.get(DEVICE_SIGNER_KEY))?.value;
    if (isStored(now)) return now;
    await db.settings.put({ key: DEVICE_SIGNER_KEY, value: fresh });
    // The plain copy goes once the key is safely stored elsewhere.
    if (fresh.kind !== 'plain') await db.settings.delete(LEGACY_DEVICE_KEYS_KEY);
    return fresh;
  });
  return signerFrom(kept, vault);
}

/** How this laptop keeps its key, for tests and the about box. */
export async function deviceKeyStorage(db: AppDB): Promise<StoredSigner['kind'] | undefined> {
  const saved = (await db.settings.get(DEVICE_SIGNER_KEY))?.value;
  return isStored(saved) ? saved.kind : undefined;
}

/** This laptop's public key if it has one, without making one (checking a file must write nothing). */
export async function existingDeviceKey(db: AppDB): Promise<string | undefined> {
  const saved = (await db.settings.get(DEVICE_SIGNER_KEY))?.value;
  if (isStored(saved)) return saved.publicKey;
  const legacy = (await db.settings.get(LEGACY_DEVICE_KEYS_KEY))?.value;
  return isLegacyPair(legacy) ? legacy.publicKey : undefined;
}
