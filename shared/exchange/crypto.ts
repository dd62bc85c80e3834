/**
 * Hashing, signing and passphrase encryption for `.tkt` packages, with
 * audited pure-JS libraries (@noble) so Node, the browser and Electron share
 * one implementation.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { gcm } from '@noble/ciphers/aes.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { bytesToHex, concatBytes, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { KdfParams } from './manifest';

export { bytesToHex, hexToBytes, randomBytes, utf8ToBytes };

/** Several byte arrays as one. */
export function concatBytesOf(parts: readonly Uint8Array[]): Uint8Array {
  return concatBytes(...parts);
}

export interface DeviceKeyPair {
  /** 32-byte Ed25519 secret key, hex. */
  secretKey: string;
  /** 32-byte Ed25519 public key, hex. */
  publicKey: string;
}

export function generateDeviceKeyPair(): DeviceKeyPair {
  const sk = ed25519.utils.randomSecretKey();
  return { secretKey: bytesToHex(sk), publicKey: bytesToHex(ed25519.getPublicKey(sk)) };
}

export function sha256Hex(data: Uint8Array): string {
  return bytesToHex(sha256(data));
}

/**
 * SHA-256 by the platform (Web Crypto in browsers, Electron and Node 20), about
 * seven times faster than the JS implementation on a large package and off
 * the main thread; the JS one stays as the fallback where Web Crypto is
 * missing (a page that is not a secure context).
 */
export async function sha256HexAsync(data: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)));
    } catch {
      // Fall through to the JS implementation.
    }
  }
  return sha256Hex(data);
}

const SIGNING_CONTEXT = utf8ToBytes('tkt-signature-v1\n');

/** The signed message: a context label and the hash of the exact manifest bytes (which carry the content hash). */
export function signingMessage(manifestBytes: Uint8Array): Uint8Array {
  return concatBytes(SIGNING_CONTEXT, sha256(manifestBytes));
}

export function signManifest(manifestBytes: Uint8Array, secretKeyHex: string): string {
  return bytesToHex(ed25519.sign(signingMessage(manifestBytes), hexToBytes(secretKeyHex)));
}

/**
 * This laptop's signing key as the app holds it: the public key and a way to
 * sign, never the private key itself (it stays a non-extractable WebCrypto key
 * or behind Electron's safeStorage; see renderer/src/db/deviceSigner.ts).
 */
export interface DeviceSigner {
  /** 32-byte Ed25519 public key, hex. */
  publicKey: string;
  /** A 64-byte Ed25519 signature of `message`. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

/** A signer over a key pair held in memory (tests, tools, and the last-resort fallback). */
export function signerOf(keys: DeviceKeyPair): DeviceSigner {
  return { publicKey: keys.publicKey, sign: async (message) => ed25519.sign(message, hexToBytes(keys.secretKey)) };
}

export async function signManifestWith(manifestBytes: Uint8Array, signer: DeviceSigner): Promise<string> {
  return bytesToHex(await signer.sign(signingMessage(manifestBytes)));
}

export function verifyManifest(manifestBytes: Uint8Array, signatureHex: string, publicKeyHex: string): boolean {
  try {
    if (!/^[0-9a-f]{128}$/.test(signatureHex)) return false;
    return ed25519.verify(hexToBytes(signatureHex), signingMessage(manifestBytes), hexToBytes(publicKeyHex));
  } catch {
    return false;
  }
}

/** The cost parameters of scrypt, without the salt. */
export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

/**
 * The scrypt cost used to seal packages: OWASP's current minimum (N=2^17,
 * r=8, p=1), about 128 MiB and one to two seconds per attempt, so guessing a
 * team passphrase from a lost USB stick is slow.
 */
export const CURRENT_KDF: KdfCost = { N: 2 ** 17, r: 8, p: 1 };

/**
 * The only scrypt costs a file may name. The cost comes from the file, so an
 * open list would let a crafted file make the laptop spend minutes and
 * gigabytes on one attempt; a fixed list bounds the work. The second entry is
 * the cost of format-1 packages that earlier versions wrote; it is accepted
 * so that those files still open, and never used to write.
 */
export const KDF_ALLOW_LIST: readonly KdfCost[] = [CURRENT_KDF, { N: 2 ** 15, r: 8, p: 1 }];

export function isAllowedKdf(kdf: KdfCost): boolean {
  return KDF_ALLOW_LIST.some((a) => a.N === kdf.N && a.r === kdf.r && a.p === kdf.p);
}

/**
 * Derives key material from a passphrase; `derive` lets the app run this in a
 * Web Worker (renderer/src/crypto/kdf.ts) while tests and Node run it here.
 */
export type DeriveFn = (passphrase: string, kdf: KdfCost & { salt: string }, length: number) => Promise<Uint8Array>;

export function deriveBytes(passphrase: string, kdf: KdfCost & { salt: string }, length: number): Uint8Array {
  return scrypt(utf8ToBytes(passphrase.normalize('NFC')), hexToBytes(kdf.salt), { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: length });
}

export const deriveInThread: DeriveFn = async (passphrase, kdf, length) => deriveBytes(passphrase, kdf, length);

/** Format-1 packages: a 32-byte key from the passphrase. */
export function deriveKey(passphrase: string, kdf: Pick<KdfParams, 'N' | 'r' | 'p' | 'salt'>): Uint8Array {
  return deriveBytes(passphrase, kdf, 32);
}

export function keyCheckOf(key: Uint8Array): string {
  return bytesToHex(sha256(concatBytes(utf8ToBytes('tkt-key-check\n'), key))).slice(0, 32);
}

export function encrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array {
  return gcm(key, nonce, aad).encrypt(plaintext);
}

/** undefined when the ciphertext or its tag does not verify. */
export function decrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array | undefined {
  try {
    return gcm(key, nonce, aad).decrypt(ciphertext);
  } catch {
    return undefined;
  }
}

/**
 * A key's short fingerprint for people to compare by phone: the first 8 bytes
 * of its SHA-256 as four groups of four hex digits ("3F2A-91BC-0D7E-55A1").
 * 64 bits: a forger cannot make a key with a chosen fingerprint.
 */
export function keyFingerprint(publicKeyHex: string): string {
  const h = bytesToHex(sha256(utf8ToBytes(`tkt-fingerprint\n${publicKeyHex}`))).slice(0, 16).toUpperCase();
  return h.match(/.{4}/g)!.join('-');
}
