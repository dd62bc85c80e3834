/**
 * Rolling backups sealed with the team passphrase: the passphrase is kept
 * only sealed by the system key store, a backup written after it is set is a
 * sealed package that opens with it, and where it cannot be kept safely the
 * person is told and nothing is stored.
 */
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { EditStore } from '../../renderer/src/db/edits';
import { backupIfChanged } from '../../renderer/src/db/backup';
import { BACKUP_PASSPHRASE_KEY, setBackupPassphrase } from '../../renderer/src/db/backupPassphrase';
import { checkImportFiles } from '../../renderer/src/db/exchange';
import { AppDB } from '../../renderer/src/db/schema';
import type { KeyVault } from '../../renderer/src/platform/types';
import { INSPECTION_ID, setupEdits } from '../unit/exchange/sample';
import { dumpDb } from './exchange-helpers';

const PASS = 'ngựa vằn ăn cỏ lúc bình minh';
const opened: AppDB[] = [];

async function laptop() {
  const db = new AppDB(`backup-pass-${Math.random()}`);
  opened.push(db);
  await db.edits.bulkPut(setupEdits());
  await db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 1 });
  return { db, store: await EditStore.open(db) };
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Seals by reversing behind a label, like safeStorage would by encrypting. */
const vault: KeyVault = {
  create: async () => null,
  sign: async () => new Uint8Array(),
  sealText: async (text) => new TextEncoder().encode(`SEALED:${[...text].reverse().join('')}`),
  openText: async (sealed) => [...new TextDecoder().decode(sealed).slice(7)].reverse().join(''),
};

describe('rolling backups with the team passphrase', () => {
  it('are sealed once the passphrase is set, keep it only sealed, and open with it', async () => {
    const l = await laptop();
    const writes: Uint8Array[] = [];
    const target = { write: async (data: Uint8Array) => writes.push(data) };
    await backupIfChanged(l.db, l.store, target, undefined, vault);
    expect(Object.keys(unzipSync(writes[0]))).toContain('manifest.json');

    expect(await setBackupPassphrase(l.db, PASS, vault)).toEqual({ ok: true });
    expect(JSON.stringify(await l.db.settings.toArray(), (_k, v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : v))).not.toContain(PASS);
    await l.store.write([{ ...setupEdits()[0], id: '001700000009999-0000-leader', value: 'Kiểm tra CCHC năm 2025 (sửa)' }]);
    await backupIfChanged(l.db, l.store, target, 'before', vault);
    expect(writes).toHaveLength(2);
    expect(Object.keys(unzipSync(writes[1])).sort()).toEqual(['sealed.bin', 'sealed.json']);

    const other = new AppDB(`backup-restore-${Math.random()}`);
    opened.push(other);
    const none = await checkImportFiles(other, [{ name: 'sao-luu.tkt', data: writes[1] }]);
    expect(none[0].ok ? 'ok' : none[0].error.code).toBe('passphrase-needed');
    const right = await checkImportFiles(other, [{ name: 'sao-luu.tkt', data: writes[1], passphrase: PASS }]);
    expect(right[0].ok && right[0].pkg.manifest.kind).toBe('backup');
  });

  it('refuses a short passphrase, or one it cannot keep safely, saying why, and stores nothing', async () => {
    const l = await laptop();
    const before = await dumpDb(l.db);
    expect(await setBackupPassphrase(l.db, 'doan2025', vault)).toEqual({
      ok: false,
      message: 'Mật khẩu của đoàn cần ít nhất 12 ký tự (hiện có 8). Hãy dùng một câu ngắn dễ nhớ, ví dụ ba, bốn từ.',
    });
    const noStore = await setBackupPassphrase(l.db, PASS, undefined);
    expect(noStore.ok ? '' : noStore.message).toMatch(/^Máy này không có kho khóa an toàn của hệ điều hành/);
    expect(await dumpDb(l.db)).toBe(before);
    expect(await l.db.settings.get(BACKUP_PASSPHRASE_KEY)).toBeUndefined();
  });

  it('writes nothing in clear when the sealed passphrase cannot be opened', async () => {
    const l = await laptop();
    await setBackupPassphrase(l.db, PASS, vault);
    const writes: Uint8Array[] = [];
    const broken: KeyVault = { ...vault, openText: async () => Promise.reject(new Error('Không mở được khóa ký của máy này')) };
    await expect(backupIfChanged(l.db, l.store, { write: async (d: Uint8Array) => writes.push(d) }, undefined, broken)).rejects.toThrow();
    expect(writes).toEqual([]);
  });
});
