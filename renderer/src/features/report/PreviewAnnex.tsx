import type { ReactNode } from 'react';
import type { ReportAnnex } from '../../../../shared/report';

/**
 * Phụ lục I on its own page: the indicators that have data. Not shown when
 * none has. `children` (the optional chart) print inside it, on its pages and
 * under its page count, rather than after the last annex.
 */
export function PreviewAnnex({ annex, children }: { annex: ReportAnnex; children?: ReactNode }) {
  if (annex.rows.length === 0) return null;
  return (
    <section className="rp-annex" aria-label={annex.title}>
      <p className="rp-annex-title">{annex.title}</p>
      <p className="rp-annex-title">{annex.subtitle}</p>
      <p className="rp-annex-attached">{annex.attachedTo}</p>
      <table className="rp-annex-table">
        <colgroup>
          {/* The DOCX column widths (650, 3305, 1800, 1150, 1050, 1400 of 9355 twips). */}
          <col style={{ width: '6.9%' }} />
          <col style={{ width: '35.3%' }} />
          <col style={{ width: '19.3%' }} />
          <col style={{ width: '12.3%' }} />
          <col style={{ width: '11.2%' }} />
          <col style={{ width: '15%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Chỉ tiêu, tiêu chí</th>
            <th>Kết quả</th>
            <th>Tỷ lệ</th>
            <th>Chỉ tiêu</th>
            <th>Đánh giá</th>
          </tr>
        </thead>
        <tbody>
          {annex.rows.map((r, i) => (
            <tr key={r.itemId}>
              <td>{i + 1}</td>
              <td className="rp-annex-indicator">{r.indicator}</td>
              <td>{r.fraction || '—'}</td>
              <td>{r.percentText || '—'}</td>
              <td>{r.targetText || '—'}</td>
              <td>{r.verdict || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </section>
  );
}
