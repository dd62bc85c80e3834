import { useFormContext } from 'react-hook-form';
import { TextField } from '../../components/TextField';
import type { SetupForm } from './setupForm';

/** Số/ký hiệu, ngày, trích yếu of one basis document (plan or team decision). */
export function DocRefFields({ name, kind, title }: { name: 'plan' | 'decision'; kind: string; title: string }) {
  const { register, formState } = useFormContext<SetupForm>();
  const err = formState.errors[name];
  return (
    <fieldset className="docref">
      <legend>{title}</legend>
      <div className="grid3">
        <TextField label={`Số, ký hiệu ${kind}`} hint="ví dụ 14/KH-SKHCN" error={err?.number?.message} {...register(`${name}.number`)} />
        <TextField label={`Ngày ban hành ${kind}`} hint="ngày/tháng/năm" inputMode="numeric" autoComplete="off" error={err?.date?.message} {...register(`${name}.date`)} />
        <TextField label={`Trích yếu ${kind}`} error={err?.summary?.message} {...register(`${name}.summary`)} />
      </div>
    </fieldset>
  );
}
