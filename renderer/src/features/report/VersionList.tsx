import { formatDateTime } from '../../../../shared/domain/format';
import type { FrozenVersion } from '../../../../shared/report';

export type Selected = 'draft' | string;

/** The live draft and every finalised version; choosing one shows it (frozen ones unchanged). */
export function VersionList(props: { versions: FrozenVersion[]; draftVersion: number; changed: boolean; selected: Selected; onSelect: (s: Selected) => void }) {
  return (
    <nav className="report-versions card" aria-label="Các phiên bản báo cáo">
      <strong>Phiên bản</strong>
      <ul>
        {props.changed && (
          <li>
            <button type="button" aria-pressed={props.selected === 'draft'} onClick={() => props.onSelect('draft')}>
              Phiên bản {props.draftVersion} — dự thảo (đang soạn)
            </button>
          </li>
        )}
        {[...props.versions].reverse().map((v) => (
          <li key={v.recordId}>
            <button type="button" aria-pressed={props.selected === v.recordId} onClick={() => props.onSelect(v.recordId)}>
              Phiên bản {v.version} — hoàn thành {v.finalisedAt ? formatDateTime(Date.parse(v.finalisedAt)) : ''}
            </button>
            {/* What the paper no longer carries: the data hash, and the problems accepted at finalisation. */}
            <small className="muted version-hash" title={v.dataHash}>
              Mã dữ liệu (SHA-256): {v.dataHash.slice(0, 16)}…
            </small>
            {v.acceptedProblems.length > 0 && (
              <details className="version-problems">
                <summary>Hoàn thành khi còn {v.acceptedProblems.length} vấn đề</summary>
                <ul>
                  {v.acceptedProblems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
      {!props.changed && <p className="muted">Chưa có thay đổi nào sau phiên bản đã hoàn thành gần nhất.</p>}
    </nav>
  );
}
