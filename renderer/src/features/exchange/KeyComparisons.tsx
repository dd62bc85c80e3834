import type { ImportItem } from './useImportFlow';

export interface KeyToCompare {
  publicKey: string;
  fingerprint: string;
  /** Whose key it is, in the words of the sentence. */
  whose: string;
}

/** The keys the chosen files would bring in: a new inspection's leader key, and members' first keys (at the leader). */
export function keysToCompare(items: readonly ImportItem[]): KeyToCompare[] {
  const out = new Map<string, KeyToCompare>();
  for (const it of items) {
    if (!it.check?.ok) continue;
    const p = it.check.preview;
    if (p.leaderToConfirm) out.set(p.leaderToConfirm.publicKey, { ...p.leaderToConfirm, whose: 'trưởng đoàn (người gửi tệp thiết lập)' });
    for (const k of p.pendingKeys) out.set(k.publicKey, { publicKey: k.publicKey, fingerprint: k.fingerprint, whose: k.memberName });
  }
  return [...out.values()];
}

/**
 * Before a key is trusted, a person compares its fingerprint with its owner
 * (a phone call, or both screens side by side): the file alone proves
 * nothing about whose laptop made it. Importing waits for every tick.
 */
export function KeyComparisons({ keys, confirmed, onConfirm }: { keys: KeyToCompare[]; confirmed: ReadonlySet<string>; onConfirm: (publicKey: string, yes: boolean) => void }) {
  if (keys.length === 0) return null;
  return (
    <fieldset className="key-comparisons">
      <legend>So sánh mã nhận diện trước khi nhập</legend>
      <p className="muted">
        Hãy gọi điện (hoặc nhìn màn hình của người đó) và đọc mã nhận diện ở mục “Mã nhận diện của máy này” trên máy của họ. Chỉ đánh dấu khi hai mã
        giống hệt nhau.
      </p>
      {keys.map((k) => (
        <label key={k.publicKey}>
          <input type="checkbox" checked={confirmed.has(k.publicKey)} onChange={(e) => onConfirm(k.publicKey, e.target.checked)} />
          Mã nhận diện của {k.whose}: <strong>{k.fingerprint}</strong> — tôi đã so sánh và hai mã giống nhau
        </label>
      ))}
    </fieldset>
  );
}
