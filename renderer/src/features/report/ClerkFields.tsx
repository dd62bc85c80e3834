/**
 * The report's number and signing date, or the choice to leave both blank
 * for the clerk (văn thư) who fills them at issuance. Saved to the
 * inspection as soon as a field is left or the box is ticked, so the preview
 * shows the header as it will be printed.
 */
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import type { InspectionValues } from '../../../../shared/domain/schemas';
import { TextField } from '../../components/TextField';
import type { InspectionRepo } from '../../db/inspections';
import { trackSave } from '../../store';
import { clerkDefaults, clerkResolver, clerkValues, type ClerkForm } from './clerkForm';

export function ClerkFields({ repo, stored, symbol, disabled }: { repo: InspectionRepo; stored: Partial<InspectionValues> | undefined; symbol: string; disabled: boolean }) {
  const defaults = clerkDefaults(stored);
  const form = useForm<ClerkForm>({ resolver: clerkResolver, defaultValues: defaults, mode: 'onBlur' });
  const { register, formState, trigger, getValues, reset } = form;
  const box = useRef<HTMLFieldSetElement>(null);

  // Follow values saved elsewhere (an import, another window) unless the person is in one of these fields.
  const key = `${defaults.reportNumber}|${defaults.reportDate}|${defaults.blankForClerk}`;
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) reset(clerkDefaults(stored));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Each field is checked and saved on its own: a wrong date never holds back the number.
  const save = async (name: keyof ClerkForm) => {
    if (!(await trigger(name))) return;
    const values = clerkValues(getValues());
    await trackSave(() => repo.setEntityFields('inspection', repo.inspectionId, { [name]: values[name] }));
  };

  return (
    <fieldset className="clerk-fields card" id="report-fields" disabled={disabled} ref={box}>
      <legend>Số và ngày ký báo cáo</legend>
      <div className="clerk-grid">
        <TextField
          label="Số báo cáo"
          hint={`Chỉ nhập số; trên báo cáo sẽ là “Số: …/${symbol}”.`}
          inputMode="numeric"
          autoComplete="off"
          error={formState.errors.reportNumber?.message}
          {...register('reportNumber', { onBlur: () => void save('reportNumber') })}
        />
        <TextField
          label="Ngày ký báo cáo"
          hint="ngày/tháng/năm"
          inputMode="numeric"
          autoComplete="off"
          error={formState.errors.reportDate?.message}
          {...register('reportDate', { onBlur: () => void save('reportDate') })}
        />
      </div>
      <label>
        <input type="checkbox" {...register('blankForClerk', { onChange: () => void save('blankForClerk') })} /> Để trống số và ngày cho văn thư
      </label>
    </fieldset>
  );
}
