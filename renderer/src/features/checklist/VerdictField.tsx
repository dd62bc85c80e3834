import { useId, useState } from 'react';
import { VERDICTS, VERDICT_LABELS } from '../../../../shared/domain/schemas';

/** Đạt / Đạt một phần / Không đạt / Không phát sinh, saved as soon as it is picked. */
export function VerdictField({ initial, onPick }: { initial: string; onPick: (value: string) => void }) {
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
    </fieldset>
  );
}
