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
function signingMessage(manifestBytes: Uint8Array): Uint8Array {
  return concatBytes(SIGNING_CONTEXT, sha256(manifestBytes));
}

export function signManifest(manifestBytes: Uint8Array, secretKeyHex: string): string {
  return bytesToHex(ed25519.sign(signingMessage(manifestBytes), hexToBytes(secretKeyHex)));
}

export function verifyManifest(manifestBytes: Uint8Array, signatureHex: string, publicKeyHex: string): boolean {
  try {
    if (!/^[0-9a-f]{128}$/.test(signatureHex)) return false;
    return ed25519.verify(hexToBytes(signatureHex), signingMessage(manifestBytes), hexToBytes(publicKeyHex));
  } catch {
    return false;
  }
}

/** Default scrypt cost: about a third of a second on a laptop, so guessing a team passphrase is slow. */
export const DEFAULT_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;

export function deriveKey(passphrase: string, kdf: Pick<KdfParams, 'N' | 'r' | 'p' | 'salt'>): Uint8Array {
  return scrypt(utf8ToBytes(passphrase.normalize('NFC')), hexToBytes(kdf.salt), { N: kdf.N, r: kdf.r, p: kdf.p, dkLen: 32 });
}

export function keyCheckOf(key: Uint8Array): string {
  return bytesToHex(sha256(concatBytes(utf8ToBytes('tkt-key-check\n'), key))).slice(0, 32);
}

export function encrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Uint8Array {
  return gcm(key, nonce).encrypt(plaintext);
}

/** undefined when the ciphertext or its tag does not verify. */
export function decrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array): Uint8Array | undefined {
  try {
    return gcm(key, nonce).decrypt(ciphertext);
  } catch {
    return undefined;
  }
}
