/** Export, print and finalise; the clerk's blanks option. */
export function ReportToolbar(props: {
  busy: boolean;
  canFinalise: boolean;
  draftVersion: number;
  blankForClerk: boolean;
  blankDisabled: boolean;
  onBlankChange: (v: boolean) => void;
  onDocx: () => void;
  onPdf: () => void;
  onPrint: () => void;
  onFinalise: () => void;
}) {
  return (
    <div className="report-toolbar no-print" role="toolbar" aria-label="Xuất và in báo cáo">
      <button type="button" onClick={props.onDocx} disabled={props.busy}>
        Xuất DOCX
      </button>
      <button type="button" onClick={props.onPdf} disabled={props.busy}>
        Xuất PDF
      </button>
      <button type="button" onClick={props.onPrint} disabled={props.busy}>
        In
      </button>
      {props.canFinalise && (
        <button type="button" className="primary" onClick={props.onFinalise} disabled={props.busy}>
          Hoàn thành bản báo cáo
        </button>
      )}
      <label>
        <input type="checkbox" checked={props.blankForClerk} disabled={props.blankDisabled} onChange={(e) => props.onBlankChange(e.target.checked)} /> Để trống số và ngày cho văn thư
      </label>
    </div>
  );
}
