import { useMemo } from 'react';
import type { DerivedState } from '../../../../shared/domain/derive';
import type { AttachmentValues, EvidenceValues } from '../../../../shared/domain/schemas';
import { attachmentsOf, evidenceOf, findingsOf, recommendationsOf, responseOf, type WithMeta } from '../../../../shared/domain/views';
import type { TemplateSection } from '../../../../shared/templates';
import { ITEM_FILTER_LABELS, type ItemFilter } from '../../../../shared/checklist/itemFilter';
import { useRefusedDrafts } from '../../db/hooks';
import type { InspectionRepo } from '../../db/inspections';
import { FindingList } from './FindingList';
import { ItemCard } from './ItemCard';
import { versionOf, type MemberNames } from './memberNames';
import { RecommendationList } from './RecommendationList';
import { useShownItems } from './useShownItems';

interface Props {
  repo: InspectionRepo;
  state: DerivedState;
  unitId: string;
  unitName: string;
  section: TemplateSection;
  names: MemberNames;
  namesVersion: string;
  /** Which items to show. */
  filter?: ItemFilter;
  /** The item a search result opened, highlighted. */
  highlighted?: string;
}

/** The items of one section for one unit, then the section's strengths, shortcomings and recommendations. */
export function SectionView({ repo, state, unitId, unitName, section, names, namesVersion, filter = 'all', highlighted }: Props) {
  const evidenceByItem = useMemo(() => {
    const m = new Map<string, WithMeta<EvidenceValues>[]>();
    for (const e of evidenceOf(state, unitId)) {
      const id = e.values.itemId ?? '';
      m.set(id, [...(m.get(id) ?? []), e]);
    }
    return m;
  }, [state, unitId]);
  const attachmentsByItem = useMemo(() => {
    const m = new Map<string, WithMeta<AttachmentValues>[]>();
    for (const a of attachmentsOf(state, unitId)) {
      const id = a.values.itemId ?? '';
      m.set(id, [...(m.get(id) ?? []), a]);
    }
    return m;
  }, [state, unitId]);
  const findings = findingsOf(state, unitId, section.id);
  // Refused drafts must be known before the cards mount: their inputs show them.
  const kept = useRefusedDrafts(repo.inspectionId, unitId);
  const shown = useShownItems(section, unitId, filter, (item) => ({ response: responseOf(state, unitId, item.id), evidence: evidenceByItem.get(item.id) ?? [] }));
  if (!kept) return <p aria-busy="true">Đang tải…</p>;
  return (
    <section aria-labelledby="section-title" className="section-view">
      <h2 id="section-title">
        {section.number}. {section.title} <span className="muted">— {unitName}</span>
      </h2>
      {filter !== 'all' && (
        <p className="filter-note" role="status">
          {shown.length === 0
            ? `Không có tiêu chí nào của nội dung này khớp bộ lọc “${ITEM_FILTER_LABELS[filter]}”.`
            : `Đang lọc “${ITEM_FILTER_LABELS[filter]}”: ${shown.length}/${section.items.length} tiêu chí.`}
        </p>
      )}
      {section.items.map((item, i) => {
        if (!shown.includes(item)) return null;
        const response = responseOf(state, unitId, item.id);
        const evidence = evidenceByItem.get(item.id) ?? [];
        const attachments = attachmentsByItem.get(item.id) ?? [];
        const version = `${versionOf(response?.record)}|${evidence.map((e) => versionOf(e.record)).join(';')}|${attachments.map((a) => versionOf(a.record)).join(';')}|${namesVersion}`;
        return (
          <div
            key={`${unitId}:${item.id}`}
            className={item.id === highlighted ? 'item-slot search-target' : 'item-slot'}
            aria-current={item.id === highlighted ? 'location' : undefined}
          >
            <ItemCard
              repo={repo}
              unitId={unitId}
              item={item}
              number={`${section.number}.${i + 1}.`}
              response={response}
              evidence={evidence}
              attachments={attachments}
              names={names}
              kept={kept.get(item.id)}
              version={version}
            />
          </div>
        );
      })}
      <div className="card findings" role="region" aria-label={`Đánh giá chung nội dung ${section.shortTitle}`}>
        <h3>Đánh giá: {section.shortTitle}</h3>
        <FindingList repo={repo} unitId={unitId} sectionId={section.id} kind="strength" findings={findings.filter((f) => f.values.kind === 'strength')} names={names} />
        <FindingList repo={repo} unitId={unitId} sectionId={section.id} kind="shortcoming" findings={findings.filter((f) => f.values.kind === 'shortcoming')} names={names} />
        <RecommendationList repo={repo} unitId={unitId} unitName={unitName} sectionId={section.id} recommendations={recommendationsOf(state, unitId, section.id)} names={names} />
      </div>
    </section>
  );
}
