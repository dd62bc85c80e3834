import type { ReportModel } from '../../../../shared/report';

/** "Nơi nhận" on the left; the signature block on the right with free space for the signature image. */
export function PreviewSignature({ model }: { model: ReportModel }) {
  const s = model.signature;
  return (
    <div className="rp-signature">
      <div className="rp-recipients">
        <p className="rp-recipients-title">{model.recipientsTitle}</p>
        {model.recipients.map((r, i) => (
          <p key={i}>{r}</p>
        ))}
      </div>
      <div className="rp-signer">
        <p className="rp-authority">{s.authority}</p>
        <p className="rp-authority">{s.title}</p>
        <div className="rp-sign-space" aria-label="Chỗ ký" />
        <p className="rp-signer-name">{s.name}</p>
      </div>
    </div>
  );
}
