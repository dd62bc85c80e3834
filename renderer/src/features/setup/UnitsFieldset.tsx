import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { TextField } from '../../components/TextField';
import { ArchiveDialog } from './ArchiveDialog';
import { useSetupRecords } from './archiveContext';
import { newUnit, type SetupForm } from './setupForm';

/** The units inspected: add, rename, remove, reorder. A stored unit is archived after a typed confirmation; one only typed here is just removed. */
export function UnitsFieldset() {
  const { control, register, formState, getValues } = useFormContext<SetupForm>();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'units' });
  const { inspectionId, stored } = useSetupRecords();
  const [archiving, setArchiving] = useState<{ index: number; recordId: string; name: string }>();
  const errors = formState.errors.units;
  const onRemove = (i: number) => {
    const unit = getValues(`units.${i}`);
    if (inspectionId && stored.has(unit.recordId)) setArchiving({ index: i, recordId: unit.recordId, name: unit.name.trim() });
    else remove(i);
  };
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
              <button type="button" className="danger" aria-label={`Xóa đơn vị ${i + 1}`} onClick={() => onRemove(i)}>
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
      {archiving && inspectionId && (
        <ArchiveDialog
          inspectionId={inspectionId}
          kind="unit"
          recordId={archiving.recordId}
          name={archiving.name}
          onClose={(archived) => {
            // The unit is archived in storage already: the form lets it go without a save.
            if (archived) remove(archiving.index);
            setArchiving(undefined);
          }}
        />
      )}
    </fieldset>
  );
}
