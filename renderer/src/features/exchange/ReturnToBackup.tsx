import { useEffect, useState } from 'react';
import { returnPlanSentence, type ReturnPlan } from '../../../../shared/core/backupState';
import type { Edit } from '../../../../shared/domain/edit';
import { applyReturn, openBackup, previewReturn } from '../../db/backupState';
import { useStorage } from '../../db/StorageContext';
import { PassphrasePrompt } from './PassphrasePrompt';

export interface BackupFile {
  name: string;
  /** How the backup is named to the person (its time, or its file name). */
  label: string;
  data: Uint8Array;
}

type Step =
  | { at: 'opening' }
  | { at: 'passphrase'; message: string }
  | { at: 'failed'; message: string }
  | { at: 'preview'; edits: Edit[]; plan: ReturnPlan }
  | { at: 'writing' }
  | { at: 'done'; plan: ReturnPlan };

/**
 * "Đưa cuộc kiểm tra về trạng thái của bản sao lưu": opens the chosen
 * backup, shows how many cells would be set back ("Sẽ đổi lại 12 ô") and
 * asks before writing. What it writes are new edits: the history keeps the
 * state before and after.
 */
export function ReturnToBackup({ inspectionId, file, onClose }: { inspectionId: string; file: BackupFile; onClose: () => void }) {
  const { db, store } = useStorage();
  const [step, setStep] = useState<Step>({ at: 'opening' });

  const open = async (passphrase?: string) => {
    setStep({ at: 'opening' });
    try {
      const opened = await openBackup(db, file.name, file.data, passphrase);
      if (!opened.ok) return setStep(opened.needsPassphrase ? { at: 'passphrase', message: opened.message } : { at: 'failed', message: opened.message });
      if (!opened.edits.some((e) => e.inspectionId === inspectionId))
        return setStep({ at: 'failed', message: `Bản sao lưu ${file.label} không có cuộc kiểm tra đang mở, nên không có trạng thái nào để đưa về.` });
      setStep({ at: 'preview', edits: opened.edits, plan: await previewReturn(db, store, inspectionId, opened.edits) });
    } catch {
      setStep({ at: 'failed', message: `Chưa đọc được bản sao lưu ${file.label}. Hãy thử lại; nếu vẫn không được, hãy chọn một bản sao lưu khác.` });
    }
  };

  useEffect(() => {
    void open();
    // Opened once per chosen file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const confirm = async (edits: Edit[]) => {
    setStep({ at: 'writing' });
    try {
      setStep({ at: 'done', plan: await applyReturn(db, store, inspectionId, edits) });
    } catch {
      setStep({ at: 'failed', message: 'Chưa ghi được: máy không ghi được vào bộ nhớ. Cuộc kiểm tra vẫn như trước; hãy giải phóng dung lượng rồi thử lại.' });
    }
  };

  const nothing = step.at === 'preview' && step.edits.length > 0 && step.plan.edits.length === 0;
  return (
    <section className="return-to-backup" aria-label="Đưa cuộc kiểm tra về trạng thái của bản sao lưu">
      <h3>Đưa cuộc kiểm tra về trạng thái của bản sao lưu {file.label}</h3>
      {(step.at === 'opening' || step.at === 'writing') && <p aria-busy="true">{step.at === 'opening' ? 'Đang đọc bản sao lưu…' : 'Đang ghi…'}</p>}
      {step.at === 'passphrase' && (
        <>
          <p role="alert">{step.message}</p>
          <PassphrasePrompt fileName={file.name} onSubmit={(p) => void open(p)} />
        </>
      )}
      {step.at === 'failed' && <p role="alert">{step.message}</p>}
      {step.at === 'preview' && (
        <>
          <p role="status">{returnPlanSentence(step.plan)}</p>
          {!nothing && (
            <p className="muted">
              Mỗi thay đổi được ghi thành một bản ghi mới: lịch sử vẫn giữ cả trạng thái hiện nay lẫn trạng thái của bản sao lưu, và không có gì bị xóa hẳn.
            </p>
          )}
          <div className="form-buttons">
            {!nothing && (
              <button type="button" className="danger" onClick={() => void confirm(step.edits)}>
                Đưa về trạng thái này
              </button>
            )}
            <button type="button" onClick={onClose}>
              {nothing ? 'Đóng' : 'Hủy'}
            </button>
          </div>
        </>
      )}
      {step.at === 'done' && (
        <>
          <p role="status">
            Đã đưa cuộc kiểm tra về trạng thái của bản sao lưu: {returnPlanSentence(step.plan).replace(/^Sẽ /, '')} Lịch sử vẫn giữ cả hai trạng thái.
          </p>
          <button type="button" onClick={onClose}>
            Đóng
          </button>
        </>
      )}
    </section>
  );
}
