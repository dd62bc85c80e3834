import { memo, useEffect, useId, useRef, useState } from 'react';
import { stableStringify } from '../../../../shared/domain/edit';
import type { AttachmentValues, EvidenceValues, ResponseValues } from '../../../../shared/domain/schemas';
import type { WithMeta } from '../../../../shared/domain/views';
import type { TemplateItem } from '../../../../shared/templates';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { DraftRow } from '../../db/drafts';
import type { InspectionRepo } from '../../db/inspections';
import { DisagreementMark } from './DisagreementMark';
import { EvidenceList } from './EvidenceList';
import { provenanceText, type MemberNames } from './memberNames';
import { RatioField } from './RatioField';
import { useResponseAutosave } from './useResponseAutosave';
import { VerdictField } from './VerdictField';
import { suggestVerdict } from '../../../../shared/checklist/verdictHint';
import { DocumentReferenceField } from './DocumentReferenceField';
import { ItemGuidance } from './ItemGuidance';
import { VerdictHint } from './VerdictHint';

interface Props {
  repo: InspectionRepo;
  unitId: string;
  item: TemplateItem;
  number: string;
  response: WithMeta<ResponseValues> | undefined;
  evidence: WithMeta<EvidenceValues>[];
  attachments: WithMeta<AttachmentValues>[];
  names: MemberNames;
  /** Drafts of this response the checks refused before (a reload): shown again with their error. Read on mount. */
  kept?: readonly DraftRow[];
  /** Changes whenever response, evidence, attachments or member names change; nothing else re-renders the card. */
  version: string;
}

/**
 * One checklist item for one unit. Inputs are uncontrolled (only the ratio
 * keeps its two numbers locally for the percentage), so typing re-renders
 * this card at most, never the list.
 */
function ItemCardView({ repo, unitId, item, number, response, evidence, attachments, names, kept }: Props) {
  const titleId = useId();
  const stored = response?.values ?? {};
  const { errors, change, flush, isIdle, shown: initialText } = useResponseAutosave(repo, unitId, item.id, stored, kept);
  // Inputs are uncontrolled: when the stored answer changes from outside (an
  // import, another window) while nobody types here, show it by re-mounting
  // the inputs with the new values. The user's own edits are already on screen.
  const cardRef = useRef<HTMLElement>(null);
  const signature = stableStringify(stored);
  const shown = useRef(signature);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (signature === shown.current) return;
    shown.current = signature;
    const typingHere = cardRef.current?.contains(document.activeElement) ?? false;
    if (!typingHere && isIdle()) setGeneration((g) => g + 1);
  }, [signature, isIdle]);
  const asks = new Set(item.asks);
  const who = response ? provenanceText(response.record, names) : '';
  const suggested = suggestVerdict(item, stored)?.verdict;
  // A document item records its số and ngày through the document field; a date typed before stays visible.
  const showDate = asks.has('date') && (!item.document || !!stored.date);
  return (
    <article className="item card" aria-labelledby={titleId} id={`item-${item.id}`} ref={cardRef}>
      <h3 id={titleId}>
        <span className="item-number">{number}</span> {item.text}
      </h3>
      <ItemGuidance item={item} />
      <DisagreementMark record={response?.record} inspectionId={repo.inspectionId} />
      <div className="item-fields" key={generation} onBlur={() => void flush()}>
        {asks.has('verdict') && (
          <VerdictField
            initial={initialText('verdict')}
            suggested={suggested}
            onPick={(v) => {
              change('verdict', v);
              void flush();
            }}
          />
        )}
        {asks.has('ratio') && (
          <RatioField item={item} errors={errors} onChange={change} initial={{ numerator: initialText('numerator'), denominator: initialText('denominator') }} />
        )}
        <VerdictHint item={item} values={stored} />
        <div className="item-row">
          {asks.has('count') && (
            <TextField
              className="short"
              label={item.countLabel ? `Số lượng (${item.countLabel})` : 'Số lượng'}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={initialText('count')}
              error={errors.count}
              onChange={(e) => change('count', e.target.value)}
            />
          )}
          {showDate && (
            <TextField
              className="short"
              label="Ngày văn bản"
              hint="ngày/tháng/năm"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={initialText('date')}
              error={errors.date}
              onChange={(e) => change('date', e.target.value)}
            />
          )}
        </div>
        {asks.has('text') && (
          <TextAreaField label="Ghi nhận" rows={2} defaultValue={initialText('text')} error={errors.text} onChange={(e) => change('text', e.target.value)} />
        )}
        <TextAreaField label="Nhận xét" rows={2} defaultValue={initialText('comment')} error={errors.comment} onChange={(e) => change('comment', e.target.value)} />
      </div>
      {who && <p className="provenance muted">Người ghi: {who}</p>}
      {item.document && <DocumentReferenceField repo={repo} unitId={unitId} itemId={item.id} docType={item.document} />}
      <EvidenceList repo={repo} unitId={unitId} itemId={item.id} evidence={evidence} attachments={attachments} names={names} />
    </article>
  );
}

export const ItemCard = memo(ItemCardView, (a, b) => a.version === b.version && a.unitId === b.unitId && a.item === b.item && a.repo === b.repo);
