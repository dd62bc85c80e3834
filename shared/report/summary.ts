/**
 * The draft of a section when many units answered it. A findings report of a
 * province-wide inspection does not repeat every unit's every answer (thirty
 * units made a 772-page draft); like seed 000 it sums up per criterion: how
 * many units met it and which did not, the figures added up over the units,
 * and documents cited only where a unit fell short and the inspector noted
 * why. The per-unit answers stay in the checklist; findings and
 * recommendations (B, C) are never summarised.
 */
import type { Verdict } from '../domain/schemas';
import { computeRatio } from '../domain/ratio';
import type { TemplateItem } from '../templates/types';
import { aggregateRatio } from './aggregate';
import { evidenceFor, type ReportData, type ResponseFact, type UnitFact } from './data';
import { VERDICT_WORDS, countPhrase, countText, docRefText, ensurePeriod, itemLabel, joinNames, ratioPhrase, upperFirst } from './phrases';

/**
 * Up to this many units answering a section, the draft lists each unit's
 * answers as seed 000 does (a Sở with a handful of phòng); above it, the
 * draft summarises per criterion.
 */
export const DETAIL_MAX_UNITS = 5;

/** Whether a unit's answer falls short of the criterion: judged so, or below the item's target. */
function shortfall(item: TemplateItem, v: ResponseFact['values'] | undefined): { verdict?: Verdict; percentText?: string } | undefined {
  if (!v) return undefined;
  const belowTarget =
    item.targetPercent !== undefined && typeof v.numerator === 'number' && typeof v.denominator === 'number'
      ? computeRatio(v.numerator, v.denominator, item.targetPercent)
      : undefined;
  const missed = belowTarget?.met === false;
  if (v.verdict === 'khong-dat' || v.verdict === 'dat-mot-phan' || missed) return { verdict: v.verdict ?? undefined, percentText: missed ? belowTarget.percentText : undefined };
  return undefined;
}

/** "25/30 đơn vị đạt; đạt một phần: A và B; không đạt: C; 02 đơn vị không phát sinh" */
function verdictSummary(byVerdict: Record<Verdict, string[]>): string | undefined {
  const n = Object.values(byVerdict).reduce((a, l) => a + l.length, 0);
  if (n === 0) return undefined;
  const notArisen = byVerdict['khong-phat-sinh'].length;
  if (notArisen === n) return `không phát sinh (${countText(n)}/${countText(n)} đơn vị)`;
  const met = byVerdict.dat.length;
  const bits = [met === 0 ? `không có đơn vị đạt (trong số ${countText(n)} đơn vị được đánh giá)` : `${countText(met)}/${countText(n)} đơn vị đạt`];
  if (byVerdict['dat-mot-phan'].length) bits.push(`${VERDICT_WORDS['dat-mot-phan']}: ${joinNames(byVerdict['dat-mot-phan'])}`);
  if (byVerdict['khong-dat'].length) bits.push(`${VERDICT_WORDS['khong-dat']}: ${joinNames(byVerdict['khong-dat'])}`);
  if (notArisen) bits.push(`${countText(notArisen)} đơn vị ${VERDICT_WORDS['khong-phat-sinh']}`);
  return bits.join('; ');
}

/** The documents of a unit for an item in short form: "Kế hoạch số 105/KH-SKHCN ngày 15/01/2025". */
function shortEvidence(data: ReportData, unit: UnitFact, item: TemplateItem): string[] {
  return evidenceFor(data, unit.id, item.id).map((e) => docRefText(e.docType, e.number, e.date));
}

/**
 * The lines of one criterion over all units: the summary line, then one "+"
 * line for each unit that fell short with the inspector's note on why.
 */
export function summaryLines(data: ReportData, item: TemplateItem): string[] {
  const byVerdict: Record<Verdict, string[]> = { dat: [], 'dat-mot-phan': [], 'khong-dat': [], 'khong-phat-sinh': [] };
  const belowTarget: string[] = [];
  const details: string[] = [];
  let answered = 0;
  let counted = 0;
  let countSum = 0;
  for (const u of data.units) {
    const v = data.responses.get(`${u.id}~${item.id}`)?.values;
    if (!v && evidenceFor(data, u.id, item.id).length === 0) continue;
    answered++;
    const name = u.name || 'Đơn vị';
    if (v?.verdict) byVerdict[v.verdict].push(name);
    if (typeof v?.count === 'number') {
      counted++;
      countSum += v.count;
    }
    const short = shortfall(item, v);
    if (!short) continue;
    if (short.percentText) belowTarget.push(`${name} (${short.percentText})`);
    const fell = short.verdict === 'khong-dat' || short.verdict === 'dat-mot-phan' ? VERDICT_WORDS[short.verdict] : '';
    const why = [fell, short.percentText ? `tỷ lệ ${short.percentText}` : ''].filter(Boolean).join(', ');
    const who = `+ ${upperFirst(name)}${why ? ` (${why})` : ''}`;
    // Only a shortfall the inspector explained gets its own line, with the
    // documents seen in short form; the others are named in the summary line.
    if (!v?.comment?.trim()) continue;
    const docs = shortEvidence(data, u, item);
    details.push(`${who}: ${ensurePeriod(v.comment)}${docs.length ? ` Hồ sơ: ${docs.join('; ')}.` : ''}`);
  }
  if (answered === 0) return [];

  const bits: string[] = [];
  const verdicts = verdictSummary(byVerdict);
  if (verdicts) bits.push(verdicts);
  const agg = aggregateRatio(item, data);
  if (agg) bits.push(`${ratioPhrase(item, agg.numerator, agg.denominator)} (tổng hợp số liệu của ${countText(agg.units)} đơn vị)`);
  if (belowTarget.length) bits.push(`đơn vị chưa đạt chỉ tiêu: ${belowTarget.join(', ')}`);
  if (counted) bits.push(countSum > 0 ? `tổng cộng ${countPhrase(item, countSum)}` : countPhrase(item, 0));
  if (bits.length === 0) bits.push(`có kết quả kiểm tra tại ${countText(answered)} đơn vị`);
  return [`- ${itemLabel(item)}: ${bits.join('; ')}.`, ...details];
}

/** The section summary: one line per criterion answered by any unit. */
export function summarySectionLines(data: ReportData, items: readonly TemplateItem[], units: readonly UnitFact[]): string[] {
  const lines = [`Kết quả kiểm tra tại ${countText(units.length)} phòng, đơn vị:`];
  for (const i of items) lines.push(...summaryLines(data, i));
  return lines;
}

/** "Các tiêu chí chưa đạt yêu cầu" for many units: one line per criterion naming the units. */
export function weakCriteriaSummary(data: ReportData, items: readonly TemplateItem[]): string[] {
  const out: string[] = [];
  for (const i of items) {
    const partly: string[] = [];
    const failed: string[] = [];
    for (const u of data.units) {
      const verdict = data.responses.get(`${u.id}~${i.id}`)?.values.verdict;
      if (verdict === 'dat-mot-phan') partly.push(u.name);
      else if (verdict === 'khong-dat') failed.push(u.name);
    }
    const bits = [
      ...(failed.length ? [`${VERDICT_WORDS['khong-dat']}: ${joinNames(failed)}`] : []),
      ...(partly.length ? [`${VERDICT_WORDS['dat-mot-phan']}: ${joinNames(partly)}`] : []),
    ];
    if (bits.length) out.push(`- ${itemLabel(i)}: ${bits.join('; ')}.`);
  }
  return out;
}
