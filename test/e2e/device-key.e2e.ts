/**
 * Secrets at rest, in a real browser profile on disk: a laptop set up by an
 * earlier version (its signing key in plain text in IndexedDB) starts this
 * version, the leader creates an inspection and exports a sealed set-up
 * package. The key is now a non-extractable CryptoKey with the same public
 * key and the plain copy is gone from the database; the team passphrase is
 * judged while typed, a short one is refused, and the sealed file names no one.
 *
 * What a non-extractable key does not do: Chromium writes its bytes into the
 * profile's IndexedDB files (checked by hand: the raw seed is in the LevelDB
 * log), so it stops script from reading the key, not a person reading the
 * disk. Against that, the desktop app seals the key with the system key store
 * (safeStorage): the second test runs the app with a desktop bridge that
 * seals the way safeStorage does, and finds the key nowhere in the profile.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeyPair } from '../../shared/exchange/crypto';
import { exportPackage, leaderCreatesInspection, openTab } from './exchange-steps';
import { launchProfile, serveDist, type StaticServer } from './harness';

const BACKUP_PASS = 'sông Đồng Nai chiều mười bảy giờ';
let server: StaticServer;
let profileDir: string | undefined;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of await readdir(dir)) {
    const p = join(dir, name);
    const s = await stat(p).catch(() => undefined);
    if (s?.isDirectory()) out.push(...(await filesUnder(p)));
    else if (s?.isFile()) out.push(p);
  }
  return out;
}

/**
 * A stand-in for the preload's window.api, in the page: every channel answers
 * as main would with nothing to report, and the key channels seal with a
 * secret that never enters the page's storage (like the system key store)
 * and sign with WebCrypto. The seeds are kept on window for the test to look for.
 */
function desktopBridge(): void {
  const w = window as unknown as { api: unknown; __seeds: string[] };
  w.__seeds = [];
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  const PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
  const mask = crypto.getRandomValues(new Uint8Array(32));
  const keyOf = (seed: Uint8Array) => crypto.subtle.importKey('pkcs8', new Uint8Array([...PREFIX, ...seed]), { name: 'Ed25519' }, true, ['sign']);
  const b64 = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const answers: Record<string, (req: any) => Promise<unknown> | unknown> = {
    'app:take-opened-files': () => [],
    // No database left on the file:// origin by an earlier version.
    'storage:legacy-take': () => null,
    // The save dialog, played by a download so the test can keep the file.
    'file:save': (req) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([req.data]));
      a.download = req.suggestedName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      return { path: req.suggestedName };
    },
    'app:info': () => ({ version: '0.1.0', platform: 'win32', portableDataDir: 'E:\\TuKiemTra-data' }),
    'backup:list': () => [],
    'backup:skip': () => null,
    'backup:write': (req) => ({ name: 'sao-luu.tkt', size: req.data.length, mtime: Date.now() }),
    'device-key:create': async (req) => {
      const seed = req.secretKey ? Uint8Array.from(req.secretKey.match(/../g).map((h: string) => parseInt(h, 16))) : crypto.getRandomValues(new Uint8Array(32));
      w.__seeds.push(hex(seed));
      const jwk = await crypto.subtle.exportKey('jwk', await keyOf(seed));
      return { publicKey: hex(b64(jwk.x!)), sealed: seed.map((x, i) => x ^ mask[i]) };
    },
    'secret:seal': (req) => new TextEncoder().encode(req.text).map((x, i) => x ^ mask[i % 32]),
    'secret:open': (req) => new TextDecoder().decode((req.sealed as Uint8Array).map((x, i) => x ^ mask[i % 32])),
    'device-key:sign': async (req) => {
      const seed = (req.sealed as Uint8Array).map((x, i) => x ^ mask[i]);
      return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, await keyOf(seed), req.message));
    },
  };
  w.api = {
    invoke: async (channel: string, req: unknown) => {
      const answer = answers[channel];
      return answer ? { ok: true, data: await answer(req) } : { ok: false, error: { code: 'unknown-channel', message: 'Ứng dụng không hỗ trợ yêu cầu này.' } };
    },
    on: () => () => {},
  };
}

describe('the signing key at rest', () => {
  it('in the desktop app is sealed by the system key store, as is the backup passphrase: neither is anywhere in the profile (the portable build says where its data lives)', async () => {
    const laptop = await launchProfile();
    const dir = laptop.userDataDir;
    try {
      await laptop.context.addInitScript(desktopBridge);
      const page = laptop.context.pages()[0] ?? (await laptop.context.newPage());
      // The portable build says where its data lives.
      await page.goto(server.url);
      const notice = page.getByRole('complementary', { name: 'Nơi lưu dữ liệu của bản chạy trực tiếp' });
      await notice.waitFor();
      expect(await notice.innerText()).toContain('nằm trong thư mục E:\\TuKiemTra-data bên cạnh tệp chạy');
      await leaderCreatesInspection(page, server.url);
      await openTab(page, 'Trao đổi dữ liệu');
      const setup = await exportPackage(page, 'Xuất gói thiết lập cho thành viên');
      expect(setup.name).toMatch(/^thiet-lap-Nguyen-Van-An-/);

      // The automatic backups get sealed with the team passphrase, kept only sealed.
      const form = page.getByRole('form', { name: 'Mã hóa bản sao lưu tự động' });
      await form.getByLabel('Mật khẩu cho bản sao lưu').fill('doan2025');
      await form.getByRole('button', { name: 'Mã hóa bản sao lưu' }).click();
      await form.getByRole('alert').filter({ hasText: 'Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 8).' }).waitFor();
      await form.getByLabel('Mật khẩu cho bản sao lưu').fill(BACKUP_PASS);
      await form.getByLabel('Nhập lại mật khẩu').fill(BACKUP_PASS);
      await form.getByRole('button', { name: 'Mã hóa bản sao lưu' }).click();
      await form.getByRole('status').filter({ hasText: /^Từ nay các bản sao lưu tự động được mã hóa/ }).waitFor();
      await form.getByText('Đang bật: các bản sao lưu tự động được mã hóa bằng mật khẩu của đoàn.').waitFor();
      const seeds = await page.evaluate(() => (window as unknown as { __seeds: string[] }).__seeds);
      const kind = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('tu-kiem-tra');
            open.onsuccess = () => {
              const req = open.result.transaction('settings').objectStore('settings').get('deviceSigner');
              req.onsuccess = () => {
                open.result.close();
                resolve(req.result.value.kind);
              };
            };
          }),
      );
      expect(kind).toBe('safe-storage');
      expect(seeds).toHaveLength(1);
      await laptop.context.close();
      const holding: string[] = [];
      for (const f of await filesUnder(dir)) {
        const bytes = await readFile(f);
        const seed = Buffer.from(seeds[0], 'hex');
        if (bytes.includes(seed) || bytes.includes(Buffer.from(seeds[0], 'latin1'))) holding.push(f.slice(dir.length));
        if (bytes.includes(Buffer.from(BACKUP_PASS, 'utf8')) || bytes.includes(Buffer.from(BACKUP_PASS, 'utf16le'))) holding.push(`passphrase in ${f.slice(dir.length)}`);
      }
      expect(holding).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('moves out of plain text into a non-extractable key, and sealed files name no one', async () => {
    const legacy = generateDeviceKeyPair();
    const first = await launchProfile();
    profileDir = first.userDataDir;
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Các cuộc kiểm tra' }).waitFor();
    // What an earlier version left in the profile: the key pair as hex text in the settings table.
    await page.evaluate(
      (pair) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tu-kiem-tra');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'deviceKeys', value: pair });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      legacy,
    );

    await leaderCreatesInspection(page, server.url);
    await openTab(page, 'Trao đổi dữ liệu');

    const pass = page.getByLabel('Mật khẩu của đoàn (không bắt buộc)');
    await pass.fill('doan2025');
    await page.getByText('Độ mạnh: Quá ngắn.').waitFor();
    await page.getByRole('button', { name: 'Xuất gói thiết lập cho thành viên' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 8).' }).waitFor();
    await pass.fill('matkhau12345');
    await page.getByText('Độ mạnh: Yếu.').waitFor();
    await pass.fill('ngựa vằn ăn cỏ lúc bình minh');
    await page.getByText('Độ mạnh: Mạnh.').waitFor();
    const sealed = await exportPackage(page, 'Xuất gói thiết lập cho thành viên', 'ngựa vằn ăn cỏ lúc bình minh');
    expect(sealed.name).toMatch(/^thiet-lap-\d{8}-\d{4}\.tkt$/);
    const clear = Buffer.from(sealed.data).toString('latin1');
    for (const secret of ['Nguyen', 'Nguyễn', legacy.publicKey, 'manifest']) expect(clear).not.toContain(secret);

    const stored = await page.evaluate(
      () =>
        new Promise<{ legacyLeft: boolean; kind: string; publicKey: string; isCryptoKey: boolean; extractable: boolean; exportRefused: boolean }>((resolve, reject) => {
          const open = indexedDB.open('tu-kiem-tra');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('settings').objectStore('settings');
            const legacyReq = store.get('deviceKeys');
            const signerReq = store.get('deviceSigner');
            signerReq.onsuccess = async () => {
              const v = signerReq.result.value as { kind: string; publicKey: string; privateKey: CryptoKey };
              let exportRefused = false;
              await crypto.subtle.exportKey('pkcs8', v.privateKey).catch(() => (exportRefused = true));
              open.result.close();
              resolve({
                legacyLeft: legacyReq.result !== undefined,
                kind: v.kind,
                publicKey: v.publicKey,
                isCryptoKey: v.privateKey instanceof CryptoKey,
                extractable: v.privateKey.extractable,
                exportRefused,
              });
            };
          };
        }),
    );
    expect(stored).toEqual({ legacyLeft: false, kind: 'webcrypto', publicKey: legacy.publicKey, isCryptoKey: true, extractable: false, exportRefused: true });
    await first.context.close();
  });
});
