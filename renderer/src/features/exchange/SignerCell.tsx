import type { SignerStatus } from '../../../../shared/exchange';

/** Whose key signed a file, in the words the leader needs. */
export function SignerCell({ signer }: { signer: SignerStatus }) {
  if (signer.status === 'verified') return <span className="signer-ok">Chữ ký hợp lệ của {signer.memberName}</span>;
  return <span className="signer-unknown">Không có chữ ký đã biết</span>;
}
