import { useFieldArray, useFormContext } from 'react-hook-form';
import { TextField } from '../../components/TextField';
import { newUnit, type SetupForm } from './setupForm';

/** The units inspected: add, rename, remove, reorder. */
export function UnitsFieldset() {
  const { control, register, formState } = useFormContext<SetupForm>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'units' });
  const errors = formState.errors.units;
  return (
    <fieldset className="card">
      <legend>Đơn vị được kiểm tra</legend>
      <ol className="unit-rows">
        {fields.map((f, i) => (
          <li key={f.id} className="row">
            <TextField label={`Tên đơn vị ${i + 1}`} error={errors?.[i]?.name?.message} {...register(`units.${i}.name`)} />
            <div className="row-buttons">
              <button type="button" aria-label={`Chuyển đơn vị ${i + 1} lên`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={`Chuyển đơn vị ${i + 1} xuống`} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)}>
                ↓
              </button>
              <button type="button" className="danger" aria-label={`Xóa đơn vị ${i + 1}`} onClick={() => remove(i)}>
                Xóa
              </button>
            </div>
          </li>
        ))}
      </ol>
      {(errors?.message || errors?.root?.message) && (
        <p role="alert" className="field-error">
          {errors?.message ?? errors?.root?.message}
        </p>
      )}
      <button type="button" onClick={() => append(newUnit(), { shouldFocus: true })}>
        Thêm đơn vị
      </button>
    </fieldset>
  );
}
