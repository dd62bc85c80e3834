import { useFieldArray, useFormContext } from 'react-hook-form';
import { MemberFieldset } from './MemberFieldset';
import { newMember, type SetupForm } from './setupForm';

/** The team: each member with role and assignments. */
export function MembersFieldset() {
  const { control, formState } = useFormContext<SetupForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });
  const errors = formState.errors.members;
  return (
    <fieldset className="card">
      <legend>Thành viên đoàn kiểm tra</legend>
      <div className="members">
        {fields.map((f, i) => (
          <MemberFieldset key={f.id} index={i} onRemove={() => remove(i)} />
        ))}
      </div>
      {(errors?.message || errors?.root?.message) && (
        <p role="alert" className="field-error">
          {errors?.message ?? errors?.root?.message}
        </p>
      )}
      <button type="button" onClick={() => append(newMember(), { shouldFocus: true })}>
        Thêm thành viên
      </button>
    </fieldset>
  );
}
