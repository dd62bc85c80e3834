import type { ReportModel } from '../../../../shared/report';

/** The two-column header of Nghị định 30: issuing body on the left, national motto on the right. */
export function PreviewHeader({ model }: { model: ReportModel }) {
  const h = model.header;
  return (
    <div className="rp-header">
      <div className="rp-header-left">
        {h.governingBody && <p className="rp-governing">{h.governingBody}</p>}
        <p className="rp-issuing">{h.issuingBody}</p>
        <div className="rp-rule rp-rule-short" />
        <p className="rp-number">{h.numberLine}</p>
      </div>
      <div className="rp-header-right">
        <p className="rp-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="rp-motto">Độc lập - Tự do - Hạnh phúc</p>
        <div className="rp-rule rp-rule-motto" />
        <p className="rp-date">{h.placeDate}</p>
      </div>
    </div>
  );
}
