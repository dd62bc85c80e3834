import { useId, useState } from 'react';
import { VERDICTS, VERDICT_LABELS, type Verdict } from '../../../../shared/domain/schemas';

/**
 * Đạt / Đạt một phần / Không đạt / Không phát sinh, saved as soon as it is
 * picked; `suggested` (from the ratio and target) is offered as one click.
 */
export function VerdictField({ initial, onPick, suggested }: { initial: string; onPick: (value: string) => void; suggested?: Verdict }) {
  const name = useId();
  const [value, setValue] = useState(initial);
  const pick = (v: string) => {
    setValue(v);
    onPick(v);
  };
  return (
    <fieldset className="verdict">
      <legend>Kết quả đánh giá</legend>
      {VERDICTS.map((v) => (
        <label key={v} className={`inline verdict-${v}`}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => pick(v)} /> {VERDICT_LABELS[v]}
        </label>
      ))}
      {value && (
        <button type="button" className="link" onClick={() => pick('')}>
          Bỏ chọn
        </button>
      )}
      {suggested && value !== suggested && (
        <button type="button" className="small" onClick={() => pick(suggested)}>
          Chọn “{VERDICT_LABELS[suggested]}” theo gợi ý
        </button>
      )}
    </fieldset>
  );
}
