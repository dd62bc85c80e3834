/**
 * The team passphrase that seals this laptop's rolling backups. It is kept
 * only sealed by the system key store (desktop app), never in plain text;
 * where there is no key store it cannot be remembered, and the person is
 * told so.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { passphraseProblem } from '../../../shared/exchange';
import { platform } from '../platform';
import type { KeyVault } from '../platform/types';
import type { AppDB } from './schema';

export const BACKUP_PASSPHRASE_KEY = 'backupPassphrase';

export type SaveOutcome = { ok: true } | { ok: false; message: string };

export async function setBackupPassphrase(db: AppDB, passphrase: string | undefined, vault: KeyVault | undefined = platform.keyVault): Promise<SaveOutcome> {
  if (passphrase === undefined) {
    await db.settings.delete(BACKUP_PASSPHRASE_KEY);
    return { ok: true };
  }
  const problem = passphraseProblem(passphrase);
  if (problem) return { ok: false, message: problem };
  const sealed = vault ? await vault.sealText(passphrase).catch(() => null) : null;
  if (!sealed)
    return {
      ok: false,
      message:
        'Máy này không có kho khóa an toàn của hệ điều hành, nên ứng dụng không thể ghi nhớ mật khẩu cho bản sao lưu tự động mà không để lộ nó. Hãy dùng “Sao lưu toàn bộ” với mật khẩu của đoàn mỗi khi cần.',
    };
  await db.settings.put({ key: BACKUP_PASSPHRASE_KEY, value: sealed });
  return { ok: true };
}

export async function hasBackupPassphrase(db: AppDB): Promise<boolean> {
  return (await db.settings.get(BACKUP_PASSPHRASE_KEY))?.value instanceof Uint8Array;
}

/**
 * The passphrase for the next backup: undefined when backups are not to be
 * sealed; throws when they are but the key store will not open it (then no
 * backup is written in clear instead).
 */
export async function backupPassphrase(db: AppDB, vault: KeyVault | undefined = platform.keyVault): Promise<string | undefined> {
  const sealed = (await db.settings.get(BACKUP_PASSPHRASE_KEY))?.value;
  if (!(sealed instanceof Uint8Array)) return undefined;
  if (!vault) throw new Error('Không mở được mật khẩu sao lưu ngoài ứng dụng máy tính.');
  return vault.openText(sealed);
}

/** Whether backups are sealed, kept current for the screen. */
export function useBackupSealed(db: AppDB): boolean | undefined {
  return useLiveQuery(() => hasBackupPassphrase(db), [db]);
}
