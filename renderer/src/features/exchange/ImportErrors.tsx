import type { ImportItem } from './useImportFlow';
import { PassphrasePrompt } from './PassphrasePrompt';

/** Files that cannot be imported as they are: the reason, and a passphrase prompt when that is what is missing. */
interface Props {
  items: ImportItem[];
  onPassphrase: (key: number, p: string) => void;
  onRemove: (key: number) => void;
  onTrustNewKey: (key: number) => void;
}

export function ImportErrors({ items, onPassphrase, onRemove, onTrustNewKey }: Props) {
  const bad = items.filter((it) => it.check && !it.check.ok);
  if (bad.length === 0) return null;
  return (
    <ul className="import-errors">
      {bad.map((it) => {
        if (!it.check || it.check.ok) return null;
        const { code, message, newKey } = it.check.error;
        const askPassphrase = code === 'passphrase-needed' || code === 'wrong-passphrase';
        return (
          <li key={it.key} className={askPassphrase ? 'needs-passphrase' : 'refused'}>
            <p role="alert">{message}</p>
            {askPassphrase && <PassphrasePrompt fileName={it.name} onSubmit={(p) => onPassphrase(it.key, p)} />}
            {newKey && (
              <p>
                Nếu {newKey.memberName} vừa đổi máy hoặc cài lại ứng dụng, hãy gọi điện xác nhận rồi bấm{' '}
                <button
                  type="button"
                  onClick={() => {
                    // A forged file is exactly what this check stops: ask before trusting.
                    if (window.confirm(`${newKey.memberName} đã xác nhận dùng máy mới? Từ nay các tệp ký bằng máy cũ của ${newKey.memberName} sẽ bị từ chối.`))
                      onTrustNewKey(it.key);
                  }}
                >
                  Tin cậy máy mới của {newKey.memberName}
                </button>
              </p>
            )}
            <button type="button" onClick={() => onRemove(it.key)} aria-label={`Bỏ tệp ${it.name}`}>
              Bỏ
            </button>
          </li>
        );
      })}
    </ul>
  );
}
