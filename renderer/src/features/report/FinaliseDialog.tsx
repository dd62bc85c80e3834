/**
 * "Hoàn thành bản báo cáo" asks first. It shows what the pre-finalise check
 * found, each with the way to fix it; with problems left, finalising needs
 * the leader to tick that they finalise anyway, and that choice is recorded
 * with the version.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReportProblem } from '../../../../shared/report';
import { routeToHash } from '../../app/router';

function ProblemLinkView({ problem, inspectionId, onFields }: { problem: ReportProblem; inspectionId: string; onFields: () => void }) {
  const l = problem.link;
  if (l.page === 'team') return <a href={routeToHash({ page: 'team', inspectionId })}>Thống nhất tại “Tổng hợp đoàn”</a>;
  if (l.page === 'checklist') return <a href={routeToHash({ page: 'checklist', inspectionId, unitId: l.unitId, sectionId: l.sectionId })}>Mở phiếu kiểm tra</a>;
  return (
    <button type="button" className="link" onClick={onFields}>
      Sửa trên trang này
    </button>
  );
}

export function FinaliseDialog(props: {
  open: boolean;
  version: number;
  problems: ReportProblem[];
  inspectionId: string;
  onConfirm: (acceptedProblems: string[]) => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [anyway, setAnyway] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) {
      setAnyway(false);
      d.showModal();
    }
    if (!props.open && d.open) d.close();
  }, [props.open]);
  const n = props.problems.length;
  const toFields = () => {
    props.onCancel();
    document.getElementById('report-fields')?.querySelector('input')?.focus();
  };
  return (
    <dialog ref={ref} className="report-dialog finalise-dialog no-print" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), props.onCancel())}>
      <h2 id={titleId}>Hoàn thành phiên bản {props.version}?</h2>
      {n === 0 ? (
        <p>Không phát hiện vấn đề nào cần xử lý. Phiên bản đã hoàn thành được giữ nguyên; các chỉnh sửa sau đó sẽ tạo phiên bản mới.</p>
      ) : (
        <>
          <p role="alert">Báo cáo còn {n} vấn đề cần xem trước khi hoàn thành:</p>
          <ul className="finalise-problems" aria-label="Các vấn đề cần xem">
            {props.problems.map((p, i) => (
              <li key={i}>
                {p.message} <ProblemLinkView problem={p} inspectionId={props.inspectionId} onFields={toFields} />
              </li>
            ))}
          </ul>
          <label>
            <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} /> Tôi đã xem các vấn đề trên và vẫn hoàn thành báo cáo (ghi lại cùng phiên bản)
          </label>
        </>
      )}
      <div className="part-editor-actions">
        <button type="button" className="primary" disabled={n > 0 && !anyway} onClick={() => props.onConfirm(props.problems.map((p) => p.message))}>
          {n > 0 ? 'Vẫn hoàn thành' : 'Hoàn thành'}
        </button>
        <button type="button" onClick={props.onCancel} autoFocus>
          Hủy
        </button>
      </div>
    </dialog>
  );
}
