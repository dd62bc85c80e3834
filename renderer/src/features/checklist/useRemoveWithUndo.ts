import { useCallback } from 'react';
import type { EntityKind } from '../../../../shared/domain/edit';
import type { InspectionRepo } from '../../db/inspections';
import { restoreRecord } from '../../db/undo';
import { trackSave, useUi } from '../../store';

/** Delete a record at once, then offer "Đã xóa … · Hoàn tác" (a deletion never needs a dialog when it can be undone). */
export function useRemoveWithUndo(repo: InspectionRepo): (entity: EntityKind, recordId: string, unitId: string, what: string) => Promise<void> {
  const offerUndo = useUi((s) => s.offerUndo);
  return useCallback(
    async (entity, recordId, unitId, what) => {
      const removed = await trackSave(async () => {
        await repo.remove(entity, recordId, unitId);
        return true;
      });
      if (!removed) return;
      offerUndo(what, () => restoreRecord(repo, entity, recordId, unitId));
    },
    [repo, offerUndo],
  );
}
