import { formatDateTime, formatNumber } from '../../../../shared/domain/format';
import { PACKAGE_KIND_LABELS, newRecordCount } from '../../../../shared/exchange';
import type { ImportItem } from './useImportFlow';
import { SignerCell } from './SignerCell';

/** One row per readable file: who sent it, when, and what importing it would change. */
export function ImportPreviewTable({ items, onRemove }: { items: ImportItem[]; onRemove: (key: number) => void }) {
  const rows = items.filter((it) => it.check?.ok);
  if (rows.length === 0) return null;
  return (
    <table className="import-preview">
      <caption>Xem trước các tệp sẽ nhập</caption>
      <thead>
        <tr>
          <th scope="col">Tệp</th>
          <th scope="col">Người gửi</th>
          <th scope="col">Thời điểm xuất</th>
          <th scope="col">Bản ghi mới</th>
          <th scope="col">Đơn vị</th>
          <th scope="col">Lĩnh vực</th>
          <th scope="col">Bất đồng mới</th>
          <th scope="col">Chữ ký</th>
          <th scope="col">
            <span className="visually-hidden">Thao tác</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((it) => {
          if (!it.check?.ok) return null;
          const p = it.check.preview;
          return (
            <tr key={it.key} aria-label={`Tệp ${it.name}`}>
              <th scope="row">
                {it.name}
                <div className="muted">{PACKAGE_KIND_LABELS[p.kind]}</div>
                {p.legacyFormat && <div className="legacy-format">Định dạng cũ: chỉ nhận bản ghi của chính người ký</div>}
              </th>
              <td>{p.member.name}</td>
              <td>{formatDateTime(Date.parse(p.exportedAt))}</td>
              <td data-label="Bản ghi mới">
                {formatNumber(newRecordCount(p))}
                <span className="muted"> / {formatNumber(p.totalEdits)}</span>
                {it.check.files && <div className="muted">kèm {formatNumber(Object.keys(it.check.files).length)} tệp đính kèm</div>}
              </td>
              <td>{p.units.join(', ') || (p.touchesSetup ? 'Thiết lập chung' : '—')}</td>
              <td>{p.sections.join(', ') || '—'}</td>
              <td data-label="Bất đồng mới" className={p.newDisagreements ? 'not-met' : undefined}>
                {formatNumber(p.newDisagreements)}
              </td>
              <td>
                <SignerCell signer={p.signer} />
              </td>
              <td>
                <button type="button" onClick={() => onRemove(it.key)} aria-label={`Bỏ tệp ${it.name}`}>
                  Bỏ
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
