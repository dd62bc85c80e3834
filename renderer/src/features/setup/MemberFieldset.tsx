import { useController, useFormContext, useWatch } from 'react-hook-form';
import { MEMBER_ROLES, MEMBER_ROLE_LABELS } from '../../../../shared/domain/schemas';
import { DEFAULT_TEMPLATE } from '../../../../shared/templates';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/TextField';
import type { SetupForm } from './setupForm';

const SECTION_OPTIONS = DEFAULT_TEMPLATE.sections.map((s) => ({ value: s.id, label: `${s.number}. ${s.shortTitle}` }));

/** One team member: name, position, role, and the units and sections assigned to them. */
export function MemberFieldset({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { control, register, formState } = useFormContext<SetupForm>();
  const units = useWatch({ control, name: 'units' });
  const unitIds = useController({ control, name: `members.${index}.unitIds` });
  const sectionIds = useController({ control, name: `members.${index}.sectionIds` });
  const err = formState.errors.members?.[index];
  const roleId = `member-${index}-role`;
  return (
    <fieldset className="member">
      <legend>Thành viên {index + 1}</legend>
      <div className="grid3">
        <TextField label="Họ và tên" error={err?.name?.message} {...register(`members.${index}.name`)} />
        <TextField label="Chức vụ" error={err?.position?.message} {...register(`members.${index}.position`)} />
        <div className="field">
          <label htmlFor={roleId}>Vai trò</label>
          <select id={roleId} {...register(`members.${index}.role`)}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {MEMBER_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <FieldError message={err?.role?.message} />
        </div>
      </div>
      <CheckboxGroup
        legend="Đơn vị được phân công"
        options={units.map((u, i) => ({ value: u.recordId, label: u.name.trim() || `Đơn vị ${i + 1}` }))}
        value={unitIds.field.value}
        onChange={unitIds.field.onChange}
        empty="Chưa có đơn vị nào."
      />
      <CheckboxGroup legend="Nội dung được phân công" options={SECTION_OPTIONS} value={sectionIds.field.value} onChange={sectionIds.field.onChange} />
      <button type="button" className="danger" onClick={onRemove}>
        Xóa thành viên {index + 1}
      </button>
    </fieldset>
  );
}
