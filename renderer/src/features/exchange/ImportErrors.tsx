import type { ImportItem } from './useImportFlow';
import { PassphrasePrompt } from './PassphrasePrompt';

/** Files that cannot be imported as they are: the reason, and a passphrase prompt when that is what is missing. */
export function ImportErrors({ items, onPassphrase, onRemove }: { items: ImportItem[]; onPassphrase: (key: number, p: string) => void; onRemove: (key: number) => void }) {
  const bad = items.filter((it) => it.check && !it.check.ok);
  if (bad.length === 0) return null;
  return (
    <ul className="import-errors">
      {bad.map((it) => {
        if (!it.check || it.check.ok) return null;
        const { code, message } = it.check.error;
        const askPassphrase = code === 'passphrase-needed' || code === 'wrong-passphrase';
        return (
          <li key={it.key} className={askPassphrase ? 'needs-passphrase' : 'refused'}>
            <p role="alert">{message}</p>
            {askPassphrase && <PassphrasePrompt fileName={it.name} onSubmit={(p) => onPassphrase(it.key, p)} />}
            <button type="button" onClick={() => onRemove(it.key)} aria-label={`Bỏ tệp ${it.name}`}>
              Bỏ
            </button>
          </li>
        );
      })}
    </ul>
  );
}
