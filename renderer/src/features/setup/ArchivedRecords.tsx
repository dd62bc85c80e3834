import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { archivedMembersOf, archivedUnitsOf } from '../../../../shared/domain/views';
import type { ArchivableKind } from '../../../../shared/setup/archive';
import { setRecordArchived } from '../../db/archive';
import { useEntitiesState } from '../../db/hooks';
import { useStorage } from '../../db/StorageContext';
import type { MemberForm, SetupForm, UnitForm } from './setupForm';

const ARCHIVABLE = ['unit', 'member'] as const;

/**
 * "Đã lưu trữ": the units and members deleted from the set-up, each with
 * "Khôi phục". Restoring writes one edit and puts it back on the form, so
 * it returns to the checklist, the dashboard and the report with its data.
 */
export function ArchivedRecords({ inspectionId }: { inspectionId: string }) {
  const { db, store } = useStorage();
  const state = useEntitiesState(inspectionId, ARCHIVABLE);
  const { getValues, setValue } = useFormContext<SetupForm>();
  const [failure, setFailure] = useState<string>();
  if (!state) return null;
  const units = archivedUnitsOf(state);
  const members = archivedMembersOf(state);
  if (units.length === 0 && members.length === 0) return null;

  const restore = async (kind: ArchivableKind, recordId: string, onForm: () => void) => {
    setFailure(undefined);
    try {
      await setRecordArchived(db, store, inspectionId, kind, recordId, false);
      onForm();
    } catch {
      setFailure('Chưa khôi phục được: máy không ghi được vào bộ nhớ. Hãy thử lại.');
    }
  };
  const putUnit = (u: UnitForm) => {
    const list = getValues('units');
    if (!list.some((x) => x.recordId === u.recordId)) setValue('units', [...list, u], { shouldDirty: true });
  };
  const putMember = (m: MemberForm) => {
    const list = getValues('members');
    if (!list.some((x) => x.recordId === m.recordId)) setValue('members', [...list, m], { shouldDirty: true });
  };

  return (
    <section className="card archived-list" aria-labelledby="archived-title">
      <h2 id="archived-title">Đã lưu trữ</h2>
      <p className="muted">Đơn vị và thành viên đã xóa khỏi thiết lập. Mọi dữ liệu của họ vẫn còn; khôi phục để họ trở lại phiếu kiểm tra, tổng hợp và báo cáo.</p>
      {units.length > 0 && (
        <ul aria-label="Đơn vị đã lưu trữ">
          {units.map((u) => (
            <li key={u.id}>
              <span>{u.values.name}</span>
              <button
                type="button"
                aria-label={`Khôi phục đơn vị ${u.values.name ?? ''}`}
                onClick={() => void restore('unit', u.id, () => putUnit({ recordId: u.id, name: u.values.name ?? '' }))}
              >
                Khôi phục
              </button>
            </li>
          ))}
        </ul>
      )}
      {members.length > 0 && (
        <ul aria-label="Thành viên đã lưu trữ">
          {members.map((m) => (
            <li key={m.id}>
              <span>{m.values.name}</span>
              <button
                type="button"
                aria-label={`Khôi phục thành viên ${m.values.name ?? ''}`}
                onClick={() =>
                  void restore('member', m.id, () =>
                    putMember({
                      recordId: m.id,
                      name: m.values.name ?? '',
                      position: m.values.position ?? '',
                      role: m.values.role ?? 'thanh-vien',
                      unitIds: m.values.unitIds ?? [],
                      sectionIds: m.values.sectionIds ?? [],
                    }),
                  )
                }
              >
                Khôi phục
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}
