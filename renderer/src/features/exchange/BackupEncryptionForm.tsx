import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../../shared/exchange';
import { TextField } from '../../components/TextField';
import { setBackupPassphrase, useBackupSealed } from '../../db/backupPassphrase';
import { useStorage } from '../../db/StorageContext';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';

const schema = z
  .object({ passphrase: z.string(), confirm: z.string() })
  .superRefine((v, ctx) => {
    const problem = passphraseProblem(v.passphrase);
    if (problem) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: problem });
    else if (v.confirm !== v.passphrase) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'Hai lần nhập mật khẩu chưa giống nhau. Hãy nhập lại cho khớp.' });
  });
type Form = z.infer<typeof schema>;

/**
 * Seal the automatic backups with the team passphrase: they sit in the user
 * data folder (beside the exe in the portable build), so a lost laptop or
 * stick would otherwise show every inspection on it.
 */
export function BackupEncryptionForm() {
  const { db } = useStorage();
  const sealed = useBackupSealed(db);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, control, reset, formState } = useForm<Form>({ resolver: zodResolver(schema), defaultValues: { passphrase: '', confirm: '' } });
  const passphrase = useWatch({ control, name: 'passphrase' });

  const save = handleSubmit(async (v) => {
    const r = await setBackupPassphrase(db, v.passphrase);
    setMessage(r.ok ? { ok: true, text: 'Từ nay các bản sao lưu tự động được mã hóa bằng mật khẩu này. Khi khôi phục, ứng dụng sẽ hỏi mật khẩu.' } : { ok: false, text: r.message });
    if (r.ok) reset();
  });
  const stop = async () => {
    await setBackupPassphrase(db, undefined);
    setMessage({ ok: true, text: 'Các bản sao lưu tự động từ nay không còn mã hóa.' });
  };

  return (
    <form className="backup-encryption" onSubmit={(e) => void save(e)} noValidate aria-labelledby="backup-encryption-title">
      <h3 id="backup-encryption-title">Mã hóa bản sao lưu tự động</h3>
      <p className="muted">
        {sealed
          ? 'Đang bật: các bản sao lưu tự động được mã hóa bằng mật khẩu của đoàn.'
          : `Đang tắt. Đặt mật khẩu của đoàn (ít nhất ${MIN_PASSPHRASE_LENGTH} ký tự) để mất máy hay USB cũng không lộ nội dung các bản sao lưu.`}
      </p>
      <TextField label="Mật khẩu cho bản sao lưu" type="password" autoComplete="new-password" error={formState.errors.passphrase?.message} {...register('passphrase')} />
      <PassphraseStrengthMeter id="backup-passphrase-strength" passphrase={passphrase} />
      <TextField label="Nhập lại mật khẩu" type="password" autoComplete="new-password" error={formState.errors.confirm?.message} {...register('confirm')} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {sealed ? 'Đổi mật khẩu sao lưu' : 'Mã hóa bản sao lưu'}
        </button>
        {sealed && (
          <button type="button" onClick={() => void stop()}>
            Tắt mã hóa
          </button>
        )}
      </div>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
