/**
 * The renderer's half of the desktop app's quit reminder: when the window
 * closes, main asks how many changes are unsent and shows "Bạn còn N thay đổi
 * chưa gửi trưởng đoàn. Vẫn thoát?"; "Xuất ngay" brings the member to the
 * export of the inspection that has them.
 */
import { useEffect } from 'react';
import { flushEverything, useSaves } from '../../app/SavesContext';
import { navigate } from '../../app/router';
import { useStorage } from '../../db/StorageContext';
import { unsentOnLaptop } from '../../db/unsent';
import { platform } from '../../platform';

export function useQuitReminder(): void {
  const { db } = useStorage();
  const saves = useSaves();
  useEffect(() => {
    let exportTo: string | undefined;
    const answer = async () => {
      let count = 0;
      try {
        // What is being typed counts too: store it first.
        await flushEverything(saves).catch(() => undefined);
        const unsent = await unsentOnLaptop(db);
        count = unsent.count;
        exportTo = unsent.inspectionId;
      } finally {
        await platform.answerUnsent(count).catch(() => undefined);
      }
    };
    const offQuery = platform.onUnsentQuery(() => void answer());
    const offExport = platform.onExportNow(() => {
      if (exportTo) navigate({ page: 'exchange', inspectionId: exportTo });
    });
    return () => {
      offQuery();
      offExport();
    };
  }, [db, saves]);
}
