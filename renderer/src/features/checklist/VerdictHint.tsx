import { suggestVerdict, verdictContradiction } from '../../../../shared/checklist/verdictHint';
import { VERDICT_LABELS, type ResponseValues } from '../../../../shared/domain/schemas';
import type { TemplateItem } from '../../../../shared/templates';

/** The verdict the saved numbers point to, and a visible flag when the chosen verdict contradicts them. */
export function VerdictHint({ item, values }: { item: TemplateItem; values: Partial<ResponseValues> }) {
  const suggestion = suggestVerdict(item, values);
  if (!suggestion) return null;
  const conflict = verdictContradiction(values.verdict, suggestion);
  return (
    <div className="verdict-hint">
      {suggestion.verdict && (
        <p className="muted">
          Gợi ý theo số liệu: <strong>{VERDICT_LABELS[suggestion.verdict]}</strong> — {suggestion.reason}
        </p>
      )}
      {conflict && (
        <p className="verdict-conflict" role="alert">
          <span aria-hidden="true">⚠ </span>
          {conflict}
        </p>
      )}
    </div>
  );
}
