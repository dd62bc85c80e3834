/**
 * The A parts in the voice of seed 000: prose per topic, not per unit. For
 * each criterion the units with the same outcome are grouped into one
 * sentence worded by the phrase templates; each area ends with a judgement
 * drawn from the outcomes. What fell short is returned for B and C.
 */
import { formatPercent } from '../domain/format';
import { computeRatio } from '../domain/ratio';
import type { ItemPhrases, PhraseOutcome, PhraseTemplate, TemplatePhrases } from '../templates/phraseTypes';
import type { TemplateItem, TemplateSection } from '../templates/types';
import type { Citations } from './citations';
import { evidenceFor, type ReportData, type ResponseFact, type UnitFact } from './data';
import { countText, ensurePeriod, itemLabel, joinNames, lowerFirst, upperFirst } from './phrases';
import { fillTemplate, pickPhrase, type PhraseValues } from './voice';
import { UNIT_LIST_MAX, ratioNumber, resultPhrase, unitsPhrase } from './wording';

export const NO_RESULT_TEXT = 'Chưa có kết quả kiểm tra nội dung này.';

export interface DraftContext {
  data: ReportData;
  phrases: TemplatePhrases;
  citations: Citations;
  /** "Trong 9 tháng năm 2025" */
  period: string;
  /** The label of the indicators annex ("Phụ lục I"), '' when there is none. */
  annex: string;
}

/** A criterion on which some units fell short, for B (limitations) and C (conclusions). */
export interface Shortfall {
  sectionId: string;
  itemId: string;
  topic: string;
  outcome: 'dat-mot-phan' | 'khong-dat';
  units: string;
  /** "đạt 61,90%, chưa đạt chỉ tiêu 80%" when a ratio shows it. */
  result?: string;
}

export interface AreaDraft {
  text: string;
  shortfalls: Shortfall[];
  /** Whether any unit has a result in this area. */
  answered: boolean;
}

const OUTCOME_ORDER: PhraseOutcome[] = ['dat', 'dat-mot-phan', 'khong-dat', 'khong-phat-sinh'];

/** The outcome of one unit's answer: its verdict, else the ratio against the target, else a plain record. */
export function outcomeOf(item: TemplateItem, v: Partial<ResponseFact['values']> | undefined): PhraseOutcome {
  if (v?.verdict) return v.verdict;
  if (item.targetPercent !== undefined && typeof v?.numerator === 'number' && typeof v?.denominator === 'number' && v.denominator > 0) {
    return computeRatio(v.numerator, v.denominator, item.targetPercent).met ? 'dat' : 'khong-dat';
  }
  return 'dat';
}

export function itemTopic(item: TemplateItem, phrases: ItemPhrases | undefined): string {
  return phrases?.topic ?? lowerFirst(itemLabel(item));
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

interface Group {
  outcome: PhraseOutcome;
  units: UnitFact[];
}

function groupsOf(item: TemplateItem, data: ReportData): Group[] {
  const by = new Map<PhraseOutcome, UnitFact[]>();
  for (const u of data.units) {
    const v = data.responses.get(`${u.id}~${item.id}`)?.values;
    if (!v && evidenceFor(data, u.id, item.id).length === 0) continue;
    const o = outcomeOf(item, v);
    const list = by.get(o);
    if (list) list.push(u);
    else by.set(o, [u]);
  }
  return OUTCOME_ORDER.filter((o) => by.has(o)).map((o) => ({ outcome: o, units: by.get(o)! }));
}

/** One sentence for one group of units with the same outcome. */
function groupSentence(ctx: DraftContext, item: TemplateItem, group: Group, sectionId: string, shortfalls: Shortfall[]): string {
  const { data, phrases, citations } = ctx;
  const ip = phrases.items[item.id];
  const small = data.units.length <= UNIT_LIST_MAX;
  const values: PhraseValues = {
    units: unitsPhrase(group.units.map((u) => u.name || 'đơn vị'), data.units.length),
    topic: itemTopic(item, ip),
    period: ctx.period,
  };

  let num = 0;
  let den = 0;
  let ratios = 0;
  let counted = false;
  let count = 0;
  const notes: string[] = [];
  for (const u of group.units) {
    const v = data.responses.get(`${u.id}~${item.id}`)?.values;
    if (typeof v?.numerator === 'number' && typeof v?.denominator === 'number') {
      num += v.numerator;
      den += v.denominator;
      ratios++;
    }
    if (typeof v?.count === 'number') {
      counted = true;
      count += v.count;
    }
    const note = [v?.text, v?.comment].filter((t): t is string => !!t?.trim()).map((t) => ensurePeriod(oneLine(t))).join(' ');
    if (note) notes.push(group.units.length > 1 ? `${upperFirst(u.name || 'Đơn vị')}: ${note}` : note);
  }
  // A zero denominator has no meaning to state ("0/0"): the ratio is left out.
  let result: string | undefined;
  if (ratios > 0 && den > 0) {
    result = resultPhrase((num / den) * 100, item.targetPercent, ip?.targetBy);
    Object.assign(values, { num: ratioNumber(num), den: ratioNumber(den), result });
  }
  if (counted && count > 0) values.n = countText(count);
  // The inspectors' notes are the narrative of a small inspection; with many units they go to the annex by unit.
  if (small && notes.length) values.note = notes.join(' ');

  const docs = citations.distinct(group.units.flatMap((u) => evidenceFor(data, u.id, item.id)));
  // Many documents would turn the sentence into a list: with many units they stay in the annex.
  const citeDocs = docs.length > 0 && (small || docs.length <= 2);
  if (citeDocs) Object.assign(values, citations.texts(docs));

  const own = ip?.outcomes[group.outcome] ?? [];
  // A ratio states its own shortfall ("chưa đạt chỉ tiêu 80%"), so the met wording with {result} also fits a miss.
  const viaResult: PhraseTemplate[] =
    result && group.outcome !== 'dat' && group.outcome !== 'khong-phat-sinh' ? (ip?.outcomes.dat ?? []).filter((t) => t.text.includes('{result}')) : [];
  const picked = pickPhrase([...own, ...viaResult, ...phrases.fallback[group.outcome]], values, counted && count === 0);
  let sentence = picked?.text ?? ensurePeriod(`${upperFirst(values.units ?? '')}: ${values.topic}`);
  const used = new Set(picked?.used ?? []);

  if (citeDocs) {
    if (!used.has('docs') && !used.has('docRefs')) sentence = sentence.replace(/\.$/, '') + ` (${values.docRefs}).`;
    citations.markCited(docs);
  }
  if (values.note && !used.has('note')) sentence = `${sentence} ${values.note}`;

  if (group.outcome === 'khong-dat' || group.outcome === 'dat-mot-phan') {
    shortfalls.push({ sectionId, itemId: item.id, topic: values.topic!, outcome: group.outcome, units: values.units!, result });
  }
  return sentence;
}

function ratioOf(data: ReportData, u: UnitFact, item: TemplateItem): number | undefined {
  const v = data.responses.get(`${u.id}~${item.id}`)?.values;
  return typeof v?.numerator === 'number' && typeof v?.denominator === 'number' && v.denominator > 0 ? (v.numerator / v.denominator) * 100 : undefined;
}

/**
 * One criterion on an inspection of many units (seed 000's habit of
 * grouping, carried to thirty units): a ratio is summed over every unit that
 * measured it, in one sentence with the spread of the units' own rates; other
 * criteria keep the sentence of the leading outcome. The remaining outcomes
 * follow as short clauses in one sentence; which unit got what is in the
 * annex of results by unit.
 */
function manyUnitsParagraph(ctx: DraftContext, item: TemplateItem, groups: Group[], sectionId: string, shortfalls: Shortfall[]): string {
  const many = ctx.phrases.manyUnits;
  if (!many) return groups.map((g) => groupSentence(ctx, item, g, sectionId, shortfalls)).join(' ');
  const { data } = ctx;
  const measured = groups.filter((g) => g.outcome !== 'khong-phat-sinh').flatMap((g) => g.units.filter((u) => ratioOf(data, u, item) !== undefined));
  let lead: Group;
  let rest: Group[];
  let spread = '';
  if (measured.length > 0) {
    let num = 0;
    let den = 0;
    for (const u of measured) {
      const v = data.responses.get(`${u.id}~${item.id}`)!.values;
      num += v.numerator!;
      den += v.denominator!;
    }
    // The sum against the target decides the wording; without a target the sentence states the figures.
    const met = item.targetPercent === undefined || computeRatio(num, den, item.targetPercent).met;
    lead = { outcome: met ? 'dat' : 'khong-dat', units: measured };
    rest = groups.map((g) => ({ outcome: g.outcome, units: g.units.filter((u) => !measured.includes(u)) })).filter((g) => g.units.length > 0);
    // Units the inspectors judged short stay among the limitations (B, C) even when the sum reads well.
    if (met)
      for (const g of groups) {
        const short = g.units.filter((u) => measured.includes(u));
        if ((g.outcome === 'khong-dat' || g.outcome === 'dat-mot-phan') && short.length)
          shortfalls.push({ sectionId, itemId: item.id, topic: itemTopic(item, ctx.phrases.items[item.id]), outcome: g.outcome, units: unitsPhrase(short.map((u) => u.name || 'đơn vị'), data.units.length) });
      }
    const rates = measured.map((u) => ratioOf(data, u, item)!);
    const lo = Math.min(...rates);
    const hi = Math.max(...rates);
    if (measured.length > 1 && formatPercent(lo) !== formatPercent(hi)) spread = fillTemplate(many.spread, { min: formatPercent(lo), max: formatPercent(hi) }) ?? '';
  } else {
    [lead, ...rest] = groups;
  }
  let first = groupSentence(ctx, item, lead, sectionId, shortfalls);
  if (spread) first = `${first.replace(/\.$/, '')}; ${lowerFirst(spread)}.`;
  const topic = itemTopic(item, ctx.phrases.items[item.id]);
  const clauses = rest.map((g) => {
    const units = unitsPhrase(
      g.units.map((u) => u.name || 'đơn vị'),
      data.units.length,
    );
    if (g.outcome === 'khong-dat' || g.outcome === 'dat-mot-phan') shortfalls.push({ sectionId, itemId: item.id, topic, outcome: g.outcome, units });
    return fillTemplate(many.others[g.outcome], { units, topic }) ?? '';
  });
  const others = clauses.filter(Boolean).join('; ');
  return others ? `${first} ${ensurePeriod(upperFirst(others))}` : first;
}

/** Past this many, a closing judgement on many units names the weightiest topics and speaks of the rest as a whole. */
export const CLOSING_TOPICS_MAX = 3;

/** The topics that fell short, for "tuy nhiên, {topics} chưa đạt yêu cầu": a missed target first, then what was not met. */
function closingTopics(shortfalls: Shortfall[], manyUnits: boolean): string {
  const weight = (s: Shortfall) => (s.result ? 0 : s.outcome === 'khong-dat' ? 1 : 2);
  const ordered = manyUnits ? [...shortfalls].sort((a, b) => weight(a) - weight(b)) : shortfalls;
  const topics = [...new Set(ordered.map((s) => s.topic))];
  if (!manyUnits || topics.length <= CLOSING_TOPICS_MAX + 1) return joinNames(topics);
  return `${topics.slice(0, CLOSING_TOPICS_MAX).join(', ')} và một số nội dung khác`;
}

/** The prose of one area (a checklist section). */
export function draftArea(ctx: DraftContext, section: TemplateSection): AreaDraft {
  const sp = ctx.phrases.sections[section.id];
  const shortfalls: Shortfall[] = [];
  const paragraphs: string[] = [];
  let allNotArisen = true;
  for (const item of section.items) {
    const groups = groupsOf(item, ctx.data);
    if (groups.length === 0) continue;
    if (groups.some((g) => g.outcome !== 'khong-phat-sinh')) allNotArisen = false;
    paragraphs.push(
      ctx.data.units.length > UNIT_LIST_MAX
        ? manyUnitsParagraph(ctx, item, groups, section.id, shortfalls)
        : groups.map((g) => groupSentence(ctx, item, g, section.id, shortfalls)).join(' '),
    );
  }
  if (paragraphs.length === 0) return { text: NO_RESULT_TEXT, shortfalls, answered: false };

  const lines: string[] = [];
  const mixed = shortfalls.length > 0;
  const fill = (t: string) => fillTemplate(t, { annex: ctx.annex, topics: closingTopics(shortfalls, ctx.data.units.length > UNIT_LIST_MAX) });
  if (sp?.intro) {
    const intro = fill(mixed ? sp.intro.mixed : sp.intro.good) ?? fill((mixed ? sp.intro.mixed : sp.intro.good).replace(/\s*\([^()]*\{annex\}[^()]*\)/, ''));
    if (intro) lines.push(intro);
  }
  lines.push(...(paragraphs.length > 1 || sp?.intro ? paragraphs.map((p) => `- ${p}`) : paragraphs));
  // Nothing arose: the sentences say so; a judgement of the work would have nothing to judge.
  if (sp && !allNotArisen) {
    const closing = fill(mixed ? sp.closing.mixed : sp.closing.good);
    if (closing) lines.push(closing);
  }
  return { text: lines.join('\n'), shortfalls, answered: true };
}
