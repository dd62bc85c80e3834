import { memo } from 'react';
import type { DocumentAnnex } from '../../../../shared/report';

/** Danh mục tài liệu minh chứng: per unit, the evidence entries with attached photos, scans or PDFs. */
export const PreviewDocumentAnnex = memo(function PreviewDocumentAnnex({ annex }: { annex: DocumentAnnex }) {
  return (
    <section className="rp-annex" aria-label={`${annex.title}: danh mục tài liệu minh chứng`}>
      <p className="rp-annex-title">{annex.title}</p>
      <p className="rp-annex-title">{annex.subtitle}</p>
      <p className="rp-annex-attached">{annex.attachedTo}</p>
      {annex.units.map((u, n) => (
        <div key={u.unitId} className="rp-annex-unit">
          <p className="rp-heading rp-h3">
            {n + 1}. {u.name}
          </p>
          <table className="rp-annex-table">
            <colgroup>
              {/* The DOCX column widths (3600, 1900, 3855 of 9355 twips). */}
              <col style={{ width: '38.5%' }} />
              <col style={{ width: '20.3%' }} />
              <col style={{ width: '41.2%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>Văn bản, tài liệu</th>
                <th>Loại, số lượng</th>
                <th>Tên tệp</th>
              </tr>
            </thead>
            <tbody>
              {u.rows.map((r) => (
                <tr key={r.evidenceId}>
                  <td className="rp-annex-indicator">{r.evidence}</td>
                  <td>{r.kinds}</td>
                  <td className="rp-annex-indicator">{r.files}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
});
