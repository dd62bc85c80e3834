/** Export, print and finalise. */
export function ReportToolbar(props: {
  busy: boolean;
  canFinalise: boolean;
  draftVersion: number;
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
    </div>
  );
}
