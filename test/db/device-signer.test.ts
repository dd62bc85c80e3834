/**
 * This laptop's signing key at rest: never plain text in the profile. A new
 * laptop gets a non-extractable WebCrypto key (or a key sealed by the
 * system's key store in the desktop app); a laptop that still has the plain
 * key of an earlier version keeps its public key (the team knows it) and
 * loses the plain copy at the first start.
 */
import 'fake-indexeddb/auto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesToHex, generateDeviceKeyPair, hexToBytes } from '../../shared/exchange/crypto';
import { DEVICE_SIGNER_KEY, LEGACY_DEVICE_KEYS_KEY, deviceKeyStorage, deviceSigner } from '../../renderer/src/db/deviceSigner';
import type { KeyVault } from '../../renderer/src/platform/types';
import { AppDB } from '../../renderer/src/db/schema';

const opened: AppDB[] = [];
function freshDb(): AppDB {
  const db = new AppDB(`signer-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Every byte of the settings table as text (hex of binary values included), to look for a secret in it. */
async function settingsText(db: AppDB): Promise<string> {
  const rows = await db.settings.toArray();
  return JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? bytesToHex(v) : v));
}

/** A key store like safeStorage: the secret leaves it only inside sign(). */
function fakeVault(): KeyVault & { secrets: Map<string, Uint8Array> } {
  const secrets = new Map<string, Uint8Array>();
  let n = 0;
  return {
    secrets,
    async create(secretKey) {
      const secret = secretKey ? hexToBytes(secretKey) : ed25519.utils.randomSecretKey();
      const handle = new TextEncoder().encode(`sealed-${++n}`);
      secrets.set(bytesToHex(handle), secret);
      return { publicKey: bytesToHex(ed25519.getPublicKey(secret)), sealed: handle };
    },
    async sign(sealed, message) {
      const secret = secrets.get(bytesToHex(sealed));
      if (!secret) throw new Error('no such key');
      return ed25519.sign(message, secret);
    },
    sealText: async () => null,
    openText: async () => '',
  };
}

const MESSAGE = new TextEncoder().encode('tkt-signature-v1\nmanifest');

describe('a new laptop’s signing key', () => {
  it('is a non-extractable WebCrypto key in the browser, and its signatures verify', async () => {
    const db = freshDb();
    const signer = await deviceSigner(db, undefined);
    expect(await deviceKeyStorage(db)).toBe('webcrypto');
    const row = (await db.settings.get(DEVICE_SIGNER_KEY))?.value as { privateKey: CryptoKey };
    expect(row.privateKey).toBeInstanceOf(CryptoKey);
    expect(row.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', row.privateKey)).rejects.toThrow();
    expect(ed25519.verify(await signer.sign(MESSAGE), MESSAGE, hexToBytes(signer.publicKey))).toBe(true);
    // The same key on every call.
    expect((await deviceSigner(db, undefined)).publicKey).toBe(signer.publicKey);
  });

  it('is sealed by the system key store in the desktop app', async () => {
    const db = freshDb();
    const vault = fakeVault();
    const signer = await deviceSigner(db, vault);
    expect(await deviceKeyStorage(db)).toBe('safe-storage');
    const [secret] = [...vault.secrets.values()];
    expect(await settingsText(db)).not.toContain(bytesToHex(secret));
    expect(ed25519.verify(await signer.sign(MESSAGE), MESSAGE, hexToBytes(signer.publicKey))).toBe(true);
  });

  it('falls back to WebCrypto when the system has no secure key store', async () => {
    const db = freshDb();
    const vault: KeyVault = { create: async () => null, sign: async () => new Uint8Array(), sealText: async () => null, openText: async () => '' };
    await deviceSigner(db, vault);
    expect(await deviceKeyStorage(db)).toBe('webcrypto');
  });

  it('is made once even when two parts of the app ask at the same moment', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([deviceSigner(db, undefined), deviceSigner(db, undefined)]);
    expect(a.publicKey).toBe(b.publicKey);
    expect(ed25519.verify(await b.sign(MESSAGE), MESSAGE, hexToBytes(a.publicKey))).toBe(true);
  });
});

describe('a plain key left by an earlier version', () => {
  for (const [where, vault] of [
    ['in the browser (WebCrypto)', () => undefined],
    ['in the desktop app (safeStorage)', () => fakeVault()],
  ] as const) {
    it(`moves out of plain text at the first start, keeping its public key, ${where}`, async () => {
      const db = freshDb();
      const legacy = generateDeviceKeyPair();
      await db.settings.put({ key: LEGACY_DEVICE_KEYS_KEY, value: legacy });
      const signer = await deviceSigner(db, vault());
      expect(signer.publicKey).toBe(legacy.publicKey);
      expect(await db.settings.get(LEGACY_DEVICE_KEYS_KEY)).toBeUndefined();
      expect(await deviceKeyStorage(db)).not.toBe('plain');
      expect(await settingsText(db)).not.toContain(legacy.secretKey);
      // Files signed from now on verify against the key the team already has.
      expect(ed25519.verify(await signer.sign(MESSAGE), MESSAGE, hexToBytes(legacy.publicKey))).toBe(true);
    });
  }
});
