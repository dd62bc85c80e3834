import { passphraseStrength } from '../../../../shared/exchange';

/** How strong the team passphrase looks, updated as it is typed; nothing while the field is empty (it is optional). */
export function PassphraseStrengthMeter({ id, passphrase }: { id: string; passphrase: string }) {
  if (!passphrase) return null;
  const s = passphraseStrength(passphrase);
  return (
    <p id={id} className={`passphrase-strength level-${s.level}`} aria-live="polite">
      <meter min={0} max={3} low={1.5} high={2.5} optimum={3} value={s.level} aria-label="Độ mạnh của mật khẩu" />{' '}
      <span>
        Độ mạnh: <strong>{s.label}</strong>. {s.advice}
      </span>
    </p>
  );
}
