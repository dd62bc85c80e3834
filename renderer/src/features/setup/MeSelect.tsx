import { useFormContext, useWatch } from 'react-hook-form';
import { MEMBER_ROLE_LABELS } from '../../../../shared/domain/schemas';
import type { SetupForm } from './setupForm';

/** "Tôi là …": which member uses this laptop; every edit made here carries that member as author. */
export function MeSelect() {
  const { control, register } = useFormContext<SetupForm>();
  const members = useWatch({ control, name: 'members' });
  return (
    <fieldset className="card">
      <legend>Người dùng máy này</legend>
      <div className="field">
        <label htmlFor="setup-me">Tôi là</label>
        <select id="setup-me" aria-describedby="setup-me-hint" {...register('me')}>
          <option value="">— Chọn thành viên —</option>
          {members.map((m, i) => (
            <option key={m.recordId} value={m.recordId}>
              {(m.name.trim() || `Thành viên ${i + 1}`) + ` (${MEMBER_ROLE_LABELS[m.role]})`}
            </option>
          ))}
        </select>
        <small id="setup-me-hint" className="muted">
          Mọi nội dung nhập trên máy này sẽ được ghi tên người này.
        </small>
      </div>
    </fieldset>
  );
}
