import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { SafeStorage } from 'electron';
import { AppError } from '../errors';

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * This laptop's signing key sealed by the operating system's key store
 * (DPAPI on Windows, the Keychain on macOS, the Secret Service or KWallet on
 * Linux). The renderer keeps only the sealed bytes; the key is opened here,
 * used once and dropped.
 */
const TEXT_LABEL = 'tkt-secret-v1\n';

export class DeviceKeyVault {
  constructor(private readonly safe: SafeStorageLike) {}

  /**
   * Whether sealing really protects anything. On Linux without a keyring,
   * Electron falls back to 'basic_text', a key written in its own source:
   * that is plain text in disguise, so the renderer's WebCrypto key is used instead.
   */
  available(): boolean {
    if (!this.safe.isEncryptionAvailable()) return false;
    const backend = this.safe.getSelectedStorageBackend?.();
    return backend !== 'basic_text' && backend !== 'unknown';
  }

  create(secretKey?: string): { publicKey: string; sealed: Uint8Array } | null {
    if (!this.available()) return null;
    const secret = secretKey ? hexToBytes(secretKey) : ed25519.utils.randomSecretKey();
    const publicKey = bytesToHex(ed25519.getPublicKey(secret));
    const sealed = new Uint8Array(this.safe.encryptString(bytesToHex(secret)));
    secret.fill(0);
    return { publicKey, sealed };
  }

  /**
   * Seals a short secret for the renderer to keep (the backup passphrase).
   * A label goes in first, and openText() insists on it, so a sealed device
   * key can never be opened through openText() and read out.
   */
  sealText(text: string): Uint8Array | null {
    if (!this.available()) return null;
    return new Uint8Array(this.safe.encryptString(`${TEXT_LABEL}${text}`));
  }

  openText(sealed: Uint8Array): string {
    let text: string;
    try {
      text = this.safe.decryptString(Buffer.from(sealed));
    } catch {
      throw new AppError('key-unavailable');
    }
    if (!text.startsWith(TEXT_LABEL)) throw new AppError('key-unavailable');
    return text.slice(TEXT_LABEL.length);
  }

  sign(sealed: Uint8Array, message: Uint8Array): Uint8Array {
    let hex: string;
    try {
      hex = this.safe.decryptString(Buffer.from(sealed));
    } catch {
      throw new AppError('key-unavailable');
    }
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new AppError('key-unavailable');
    const secret = hexToBytes(hex);
    try {
      return ed25519.sign(message, secret);
    } finally {
      secret.fill(0);
    }
  }
}
