/**
 * A suggested verdict from an item's ratio and target, and the check that
 * flags a chosen verdict the numbers contradict ("Đạt" beside
 * "76,36% chưa đạt chỉ tiêu ≥ 100%"). A hint only: the inspector decides,
 * and may keep a contradicting verdict with a reason in the comment.
 */
import { formatNumber, formatPercent } from '../domain/format';
import { computeRatio } from '../domain/ratio';
import { VERDICT_LABELS, type ResponseValues, type Verdict } from '../domain/schemas';

export interface VerdictSuggestion {
  /** The verdict the numbers point to; undefined when they only rule some out. */
  verdict?: Verdict;
  /** The verdicts the numbers do not contradict. */
  allowed: readonly Verdict[];
  /** Why, in the words a person checks the numbers with. */
  reason: string;
}

const ARISEN: readonly Verdict[] = ['dat', 'dat-mot-phan', 'khong-dat'];

/** What the ratio says about the verdict; undefined when there is no complete ratio. */
export function suggestVerdict(item: { targetPercent?: number }, values: Partial<ResponseValues> | undefined): VerdictSuggestion | undefined {
  const n = values?.numerator;
  const d = values?.denominator;
  if (typeof n !== 'number' || typeof d !== 'number' || n > d) return undefined;
  if (d === 0)
    return { verdict: 'khong-phat-sinh', allowed: ['khong-phat-sinh'], reason: 'Tử số và mẫu số đều bằng 0: trong kỳ không phát sinh trường hợp nào.' };
  const r = computeRatio(n, d, item.targetPercent);
  const ratio = `${r.fraction} = ${r.percentText}`;
  const target = item.targetPercent;
  if (target === undefined)
    return { allowed: ARISEN, reason: `Đã phát sinh ${formatNumber(d)} trường hợp (${ratio}), nên không thể là “${VERDICT_LABELS['khong-phat-sinh']}”.` };
  const goal = `chỉ tiêu ≥ ${formatPercent(target)}`;
  if (r.met) return { verdict: 'dat', allowed: ['dat'], reason: `${ratio}, đạt ${goal}.` };
  if (n === 0) return { verdict: 'khong-dat', allowed: ['khong-dat'], reason: `${ratio}, chưa đạt ${goal}.` };
  return { verdict: 'dat-mot-phan', allowed: ['dat-mot-phan', 'khong-dat'], reason: `${ratio}, chưa đạt ${goal}.` };
}

/** A Vietnamese warning when the chosen verdict contradicts the numbers; undefined when it does not. */
export function verdictContradiction(chosen: Verdict | null | undefined, suggestion: VerdictSuggestion | undefined): string | undefined {
  if (!chosen || !suggestion || suggestion.allowed.includes(chosen)) return undefined;
  return `Kết quả “${VERDICT_LABELS[chosen]}” trái với số liệu: ${suggestion.reason} Hãy kiểm tra lại số liệu, hoặc ghi lý do vào Nhận xét.`;
}
