import { useId, useState, type FormEvent } from 'react';

/** Asks for the team passphrase of one encrypted file. */
export function PassphrasePrompt({ fileName, onSubmit }: { fileName: string; onSubmit: (passphrase: string) => void }) {
  const id = useId();
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value) onSubmit(value);
  };
  return (
    <form className="passphrase-prompt" onSubmit={submit}>
      <label htmlFor={id}>Mật khẩu cho tệp “{fileName}”</label>
      <input id={id} type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" disabled={!value}>
        Mở tệp
      </button>
    </form>
  );
}
