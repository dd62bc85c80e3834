/**
 * The report as it will be printed: the same model as the DOCX, rendered as
 * React elements (text is always text; nothing is parsed as markup). The
 * print CSS gives A4 with Nghị định 30's margins, page numbers from page 2
 * and the "DỰ THẢO" mark on drafts.
 */
import { memo } from 'react';
import type { ReportModel } from '../../../../shared/report';
import { AnnexChartSlot } from '../dashboard/AnnexChartSlot';
import { PreviewAnnex } from './PreviewAnnex';
import { PreviewHeader } from './PreviewHeader';
import { PreviewPart } from './PreviewPart';
import { PreviewSignature } from './PreviewSignature';
import { PreviewUnitAnnex } from './PreviewUnitAnnex';
import { PreviewDocumentAnnex } from './PreviewDocumentAnnex';
import './report.css';

const HEADING_CLASS = { 1: 'rp-h1', 2: 'rp-h2', 3: 'rp-h3' } as const;

/**
 * `marks`: open disagreements by part, shown beside the part on screen only
 * (never printed), so the draft does not pass one value off as settled.
 */
export const ReportPreview = memo(function ReportPreview({ model, marks, inspectionId }: { model: ReportModel; marks?: ReadonlyMap<string, string[]>; inspectionId?: string }) {
  const draft = model.status === 'draft';
  return (
    <article className={`report-paper${draft ? ' report-draft' : ''}`} aria-label="Xem trước báo cáo" lang="vi">
      {draft && (
        <p className="rp-draft-badge no-print" aria-hidden="true">
          DỰ THẢO
        </p>
      )}
      <PreviewHeader model={model} />
      <p className="rp-title">{model.title}</p>
      <p className="rp-subject">{model.subject}</p>
      <div className="rp-rule rp-rule-title" />
      <p className="rp-addressee">{model.addressee}</p>
      {model.body.map((b, i) =>
        b.type === 'heading' ? (
          <p key={i} className={`rp-heading ${HEADING_CLASS[b.level]}`}>
            {b.text}
          </p>
        ) : (
          <PreviewPart key={b.id} part={b} marks={marks?.get(b.id)} inspectionId={inspectionId} />
        ),
      )}
      <PreviewSignature model={model} />
      <PreviewAnnex annex={model.annex}>
        {/* Optional chart under the indicators table (owned by the dashboard feature). */}
        <AnnexChartSlot rows={model.annex.rows} />
      </PreviewAnnex>
      {model.unitAnnex && <PreviewUnitAnnex annex={model.unitAnnex} />}
      {model.documentAnnex && <PreviewDocumentAnnex annex={model.documentAnnex} />}
    </article>
  );
});
