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
          </li>
        ))}
      </ul>
      {!props.changed && <p className="muted">Chưa có thay đổi nào sau phiên bản đã hoàn thành gần nhất.</p>}
    </nav>
  );
}
