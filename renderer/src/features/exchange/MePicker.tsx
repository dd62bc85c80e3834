import { useId, useState, type FormEvent } from 'react';
import { MEMBER_ROLE_LABELS, type MemberRole } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { MemberValues } from '../../../../shared/domain/schemas';
import { claimMember } from '../../db/exchange';
import { storageErrorMessage } from '../../db/errors';
import { useStorage } from '../../db/StorageContext';

/**
 * "Tôi là …" right after a member imported the set-up package: everything
 * they write, and their exported results, then carry their name and key.
 */
export function MePicker({ inspectionId, members, onChosen }: { inspectionId: string; members: WithMeta<MemberValues>[]; onChosen?: (memberId: string) => void }) {
  const { db, store } = useStorage();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setError('Hãy chọn tên của bạn trong danh sách thành viên.');
      return;
    }
    try {
      await claimMember(db, store, inspectionId, choice);
    } catch (err) {
      setError(storageErrorMessage(err));
      return;
    }
    onChosen?.(choice);
  };
  return (
    <form className="card me-picker" onSubmit={(e) => void submit(e)}>
      <h2>Bạn là ai trong đoàn?</h2>
      <div className="field">
        <label htmlFor={id}>Tôi là</label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">— Chọn thành viên —</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.values.name ?? m.id}
              {m.values.role ? ` (${MEMBER_ROLE_LABELS[m.values.role as MemberRole]})` : ''}
            </option>
          ))}
        </select>
      </div>
      {error && <p role="alert">{error}</p>}
      <button type="submit" className="primary">
        Xác nhận
      </button>
    </form>
  );
}
