/**
 * The desktop app's signing key behind safeStorage: sealed by the system key
 * store, opened only in main to sign, refused where the "key store" would be
 * Linux's basic_text (a key written in Electron's source, plain text in
 * disguise), and served only to the app's own pages.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToHex, generateDeviceKeyPair, hexToBytes } from '../../../shared/exchange/crypto';
import { invokeAs, ipcMain, resetFakeElectron, safeStorage } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { DeviceKeyVault } = await import('../../../electron/main/services/device-key');
const { registerChannels } = await import('../../../electron/main/ipc/register');
const { deviceKeyChannels } = await import('../../../electron/main/ipc/device-key');

const APP_PAGE = 'app://tkt/index.html#/';
const MESSAGE = new TextEncoder().encode('tkt-signature-v1\nmanifest');
type Result = { ok: true; data: any } | { ok: false; error: { code: string; message: string } };

beforeEach(() => {
  resetFakeElectron();
  registerChannels(ipcMain as never, deviceKeyChannels(new DeviceKeyVault(safeStorage)) as never, (url) => url.startsWith('app://tkt/'));
});

describe('device key in the system key store', () => {
  it('seals a new key: the sealed bytes do not hold it, and signatures verify with its public key', async () => {
    const r = (await invokeAs('device-key:create', {}, APP_PAGE)) as Result;
    if (!r.ok) throw new Error(r.error.message);
    const { publicKey, sealed } = r.data as { publicKey: string; sealed: Uint8Array };
    const secretHex = safeStorage.decryptString(Buffer.from(sealed));
    expect(new TextDecoder('latin1').decode(sealed)).not.toContain(secretHex);
    const s = (await invokeAs('device-key:sign', { sealed, message: MESSAGE }, APP_PAGE)) as Result;
    expect(s.ok && ed25519.verify(s.data, MESSAGE, hexToBytes(publicKey))).toBe(true);
  });

  it('seals an existing key with its public key unchanged (moving a plain key of an earlier version)', async () => {
    const legacy = generateDeviceKeyPair();
    const r = (await invokeAs('device-key:create', { secretKey: legacy.secretKey }, APP_PAGE)) as Result;
    expect(r.ok && r.data.publicKey).toBe(legacy.publicKey);
  });

  it('declines where the key store would not protect anything, so the renderer uses WebCrypto', async () => {
    safeStorage.backend = 'basic_text';
    expect(await invokeAs('device-key:create', {}, APP_PAGE)).toEqual({ ok: true, data: null });
    safeStorage.backend = 'gnome_libsecret';
    safeStorage.available = false;
    expect(await invokeAs('device-key:create', {}, APP_PAGE)).toEqual({ ok: true, data: null });
  });

  it('refuses a sealed key it cannot open with a Vietnamese message, and a malformed secret', async () => {
    const bad = (await invokeAs('device-key:sign', { sealed: new Uint8Array([1, 2, 3]), message: MESSAGE }, APP_PAGE)) as Result;
    expect(bad.ok ? 'ok' : bad.error.code).toBe('key-unavailable');
    expect(bad.ok ? '' : bad.error.message).toMatch(/^Không mở được khóa ký của máy này/);
    const malformed = (await invokeAs('device-key:create', { secretKey: 'not hex' }, APP_PAGE)) as Result;
    expect(malformed.ok ? 'ok' : malformed.error.code).toBe('invalid-request');
  });

  it('signs only for the app’s own pages', async () => {
    const r = (await invokeAs('device-key:create', {}, APP_PAGE)) as Result;
    const sealed = r.ok ? r.data.sealed : new Uint8Array();
    for (const frame of ['https://example.com/', 'file:///tmp/x.html', null]) {
      const s = (await invokeAs('device-key:sign', { sealed, message: MESSAGE }, frame)) as Result;
      expect(s.ok ? 'ok' : s.error.code, String(frame)).toBe('untrusted-sender');
    }
    expect(bytesToHex(sealed).length).toBeGreaterThan(0);
  });
});

describe('a sealed secret (the backup passphrase)', () => {
  it('seals and opens again, but a sealed device key cannot be opened as a secret', async () => {
    const s = (await invokeAs('secret:seal', { text: 'ngựa vằn ăn cỏ lúc bình minh' }, APP_PAGE)) as Result;
    if (!s.ok) throw new Error(s.error.message);
    expect(new TextDecoder('latin1').decode(s.data)).not.toContain('bình minh');
    expect(await invokeAs('secret:open', { sealed: s.data }, APP_PAGE)).toEqual({ ok: true, data: 'ngựa vằn ăn cỏ lúc bình minh' });
    const key = (await invokeAs('device-key:create', {}, APP_PAGE)) as Result;
    const opened = (await invokeAs('secret:open', { sealed: key.ok ? key.data.sealed : new Uint8Array([1]) }, APP_PAGE)) as Result;
    expect(opened.ok ? 'leaked' : opened.error.code).toBe('key-unavailable');
  });

  it('is not sealed where the key store would not protect it', async () => {
    safeStorage.backend = 'basic_text';
    expect(await invokeAs('secret:seal', { text: 'ngựa vằn ăn cỏ lúc bình minh' }, APP_PAGE)).toEqual({ ok: true, data: null });
  });
});
