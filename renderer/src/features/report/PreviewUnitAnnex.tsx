import { memo } from 'react';
import type { UnitAnnex } from '../../../../shared/report';

/** Phụ lục II: the results by unit, the detail the body's narrative leaves out. */
export const PreviewUnitAnnex = memo(function PreviewUnitAnnex({ annex }: { annex: UnitAnnex }) {
  return (
    <section className="rp-annex" aria-label={annex.title}>
      <p className="rp-annex-title">{annex.title}</p>
      <p className="rp-annex-title">{annex.subtitle}</p>
      <p className="rp-annex-attached">{annex.attachedTo}</p>
      {annex.units.map((u, n) => (
        <div key={u.unitId} className="rp-annex-unit">
          <p className="rp-heading rp-h3">
            {n + 1}. {u.name}
          </p>
          {u.rows.length > 0 && (
            <table className="rp-annex-table">
              <colgroup>
                {/* The DOCX column widths (3600, 2100, 3655 of 9355 twips). */}
                <col style={{ width: '38.5%' }} />
                <col style={{ width: '22.4%' }} />
                <col style={{ width: '39.1%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th>Nội dung kiểm tra</th>
                  <th>Kết quả</th>
                  <th>Ghi chú, văn bản</th>
                </tr>
              </thead>
              <tbody>
                {u.rows.map((r) => (
                  <tr key={r.itemId}>
                    <td className="rp-annex-indicator">{r.item}</td>
                    <td>{r.result || '—'}</td>
                    <td className="rp-annex-indicator">{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {u.notes.map((t, k) => (
            <p key={k} className="rp-p">
              {t}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
});
