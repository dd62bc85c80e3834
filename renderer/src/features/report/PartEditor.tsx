/**
 * The editor of one report part: the text the report shows (the leader's
 * edit, or the draft until edited), saved as a 'reportPart' edit record.
 * "Tạo lại bản nháp" never drops an edited text without asking.
 */
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { paragraphsToText, type ReportPartBlock } from '../../../../shared/report';
import type { InspectionRepo } from '../../db/inspections';
import { ConfirmDialog } from './ConfirmDialog';
import { savePartText } from './reportActions';
import { usePartAutosave } from './usePartAutosave';

/** Rows for the textarea: room to write in — one per line plus two, 8 to 30; counts at most 30 lines, however long the text. */
function rowsFor(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines < 30; i = text.indexOf('\n', i + 1)) lines += 1 + Math.floor((i - text.lastIndexOf('\n', i - 1)) / 70);
  return Math.min(30, Math.max(8, lines + 2));
}

/** Bring the part being edited into view in the print preview. */
function showInPreview(partId: string) {
  document.getElementById(`rp-part-${partId}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/**
 * Memoised: the model keeps a part's object while its content is unchanged
 * (stableModel.ts), so saving one part does not re-render the other editors.
 * Typing only changes this editor's own state; the save waits for a pause.
 */
export const PartEditor = memo(function PartEditor({ part, repo }: { part: ReportPartBlock; repo: InspectionRepo }) {
  const stored = useMemo(() => paragraphsToText(part.paragraphs), [part.paragraphs]);
  const [value, setValue] = useState(stored);
  const [focused, setFocused] = useState(false);
  const [asking, setAsking] = useState(false);
  const autosave = usePartAutosave(repo, part.id);
  const id = useId();

  // Follow changes from elsewhere (a merged import, a new draft) while the person is not typing here.
  useEffect(() => {
    if (!focused && !autosave.hasPending()) setValue(stored);
  }, [stored, focused, autosave]);

  const regenerate = async () => {
    setAsking(false);
    await autosave.flush();
    // An empty edit returns the part to the live draft.
    await savePartText(repo, part.id, '');
    setValue(part.draftText);
  };

  return (
    <div className="part-editor">
      <label htmlFor={id}>
        <strong>{part.label}</strong> <span className="muted">{part.edited ? '(đã chỉnh sửa)' : '(bản nháp tự động)'}</span>
      </label>
      <textarea
        id={id}
        value={value}
        rows={rowsFor(value)}
        onFocus={() => {
          setFocused(true);
          showInPreview(part.id);
        }}
        onBlur={() => {
          setFocused(false);
          void autosave.flush();
        }}
        onChange={(e) => {
          setValue(e.target.value);
          autosave.change(e.target.value);
        }}
      />
      <div className="part-editor-actions">
        <button type="button" disabled={!part.edited} onClick={() => setAsking(true)} aria-label={`Tạo lại bản nháp: ${part.label}`}>
          Tạo lại bản nháp
        </button>
        <span className="muted">Dòng bắt đầu bằng “- ” hoặc “+ ” là một ý liệt kê.</span>
      </div>
      <ConfirmDialog
        open={asking}
        title="Thay nội dung đã sửa?"
        message={`Phần “${part.label}” đã được chỉnh sửa. Tạo lại bản nháp sẽ thay toàn bộ nội dung đã sửa bằng bản nháp mới lập từ kết quả kiểm tra. Nội dung cũ vẫn còn trong lịch sử chỉnh sửa.`}
        confirmLabel="Thay bằng bản nháp mới"
        onConfirm={() => void regenerate()}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
});
