import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { ArchiveDialog } from './ArchiveDialog';
import { useSetupRecords } from './archiveContext';
import { MemberFieldset } from './MemberFieldset';
import { newMember, type SetupForm } from './setupForm';

/** The team: each member with role and assignments. A stored member is archived after a typed confirmation. */
export function MembersFieldset() {
  const { control, formState, getValues } = useFormContext<SetupForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'members' });
  const { inspectionId, stored } = useSetupRecords();
  const [archiving, setArchiving] = useState<{ index: number; recordId: string; name: string }>();
  const errors = formState.errors.members;
  const onRemove = (i: number) => {
    const m = getValues(`members.${i}`);
    if (inspectionId && stored.has(m.recordId)) setArchiving({ index: i, recordId: m.recordId, name: m.name.trim() });
    else remove(i);
  };
  return (
    <fieldset className="card">
      <legend>Thành viên đoàn kiểm tra</legend>
      <div className="members">
        {fields.map((f, i) => (
          <MemberFieldset key={f.id} index={i} onRemove={() => onRemove(i)} />
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
      {archiving && inspectionId && (
        <ArchiveDialog
          inspectionId={inspectionId}
          kind="member"
          recordId={archiving.recordId}
          name={archiving.name}
          onClose={(archived) => {
            if (archived) remove(archiving.index);
            setArchiving(undefined);
          }}
        />
      )}
    </fieldset>
  );
}
