import { memo } from 'react';
import { summaryCells, type UnitAnnex, type UnitSummary } from '../../../../shared/report';

/** The DOCX column widths (docxAnnex.ts, twips of a 9355-twip line) as shares of the line. */
const SUMMARY_WIDTHS = ['6.63%', '20.31%', '9.09%', '9.09%', '9.09%', '9.09%', '36.7%'];
const SUMMARY_WIDTHS_PLAIN = ['6.63%', '50.62%', '10.69%', '10.69%', '10.69%', '10.68%'];

/** Many units: one line per unit with its verdict counts and indicator rates. */
function SummaryTable({ summary }: { summary: UnitSummary }) {
  const widths = summary.indicators ? SUMMARY_WIDTHS : SUMMARY_WIDTHS_PLAIN;
  const left = summary.indicators ? [1, 6] : [1];
  return (
    <>
      <table className="rp-annex-table rp-annex-summary">
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {summary.columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((r, n) => (
            <tr key={r.unitId}>
              {summaryCells(summary, r, n).map((t, i) => (
                <td key={i} className={left.includes(i) ? 'rp-annex-indicator' : undefined}>
                  {t}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rp-annex-note">{summary.note}</p>
    </>
  );
}

/** Phụ lục II: the results by unit, the detail the body's narrative leaves out. */
export const PreviewUnitAnnex = memo(function PreviewUnitAnnex({ annex }: { annex: UnitAnnex }) {
  return (
    <section className="rp-annex rp-annex-units" aria-label={annex.title}>
      <p className="rp-annex-title">{annex.title}</p>
      <p className="rp-annex-title">{annex.subtitle}</p>
      <p className="rp-annex-attached">{annex.attachedTo}</p>
      {annex.summary && <SummaryTable summary={annex.summary} />}
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
