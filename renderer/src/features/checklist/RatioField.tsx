import { useState } from 'react';
import { computeRatio } from '../../../../shared/domain/ratio';
import { formatPercent } from '../../../../shared/domain/format';
import type { TemplateItem } from '../../../../shared/templates';
import { TextField } from '../../components/TextField';
import { parseWhole, type FieldErrors, type ResponseField } from './responseDraft';

interface Props {
  item: TemplateItem;
  initial: { numerator: string; denominator: string };
  errors: FieldErrors;
  onChange: (field: ResponseField, text: string) => void;
}

const whole = (n: number | null): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Numerator and denominator, with the percentage and the target verdict computed as you type. */
export function RatioField({ item, initial, errors, onChange }: Props) {
  const [num, setNum] = useState(initial.numerator);
  const [den, setDen] = useState(initial.denominator);
  const n = parseWhole(num);
  const d = parseWhole(den);
  const ok = whole(n) && whole(d) && n <= d;
  const r = ok ? computeRatio(n, d, item.targetPercent) : undefined;
  const target = item.targetPercent;
  return (
    <div className="ratio">
      <TextField
        label="Tử số"
        hint={item.ratioLabels?.numerator}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={initial.numerator}
        error={errors.numerator}
        onChange={(e) => {
          setNum(e.target.value);
          onChange('numerator', e.target.value);
        }}
      />
      <span className="ratio-slash" aria-hidden="true">
        /
      </span>
      <TextField
        label="Mẫu số"
        hint={item.ratioLabels?.denominator}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={initial.denominator}
        error={errors.denominator}
        onChange={(e) => {
          setDen(e.target.value);
          onChange('denominator', e.target.value);
        }}
      />
      <p className="ratio-result" aria-live="polite">
        {r?.percentText && (
          <>
            Tỷ lệ: <strong>{r.percentText}</strong>
          </>
        )}
        {r?.met !== undefined && target !== undefined && (
          <span className={r.met ? 'met' : 'not-met'}>
            {' '}
            {r.met ? `Đạt chỉ tiêu (≥ ${formatPercent(target)})` : `Chưa đạt chỉ tiêu (≥ ${formatPercent(target)})`}
          </span>
        )}
        {!r?.percentText && target !== undefined && <span className="muted">Chỉ tiêu: ≥ {formatPercent(target)}. </span>}
        {(num.trim() === '') !== (den.trim() === '') && <span className="muted">Nhập cả tử số và mẫu số thì tỷ lệ mới được tính và lưu.</span>}
      </p>
    </div>
  );
}
