/**
 * A.IV — the previous inspection's recommendations and how the units carried
 * them out, as a person writes it: how many there were and from which
 * report, how many are done, in progress and not done, unit by unit with
 * what shows it, and what remains. Wording from the template's phrases.
 */
import { formatDocReference } from '../checklist/docRef';
import type { FollowUpStatus } from '../domain/schemas';
import type { FollowUpPhrases } from '../templates/phraseTypes';
import type { ReportData } from './data';
import { countText, joinNames, lowerFirst, stripPeriod, upperFirst } from './phrases';
import { unitsPhrase } from './wording';

type Fact = ReportData['followUps'][number];
type Kind = 'done' | 'doing' | 'notDone' | 'unknown';

const KIND: Record<FollowUpStatus, Kind> = { 'da-thuc-hien': 'done', 'dang-thuc-hien': 'doing', 'chua-thuc-hien': 'notDone' };

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function kindOf(f: Fact): Kind {
  return f.status ? KIND[f.status] : 'unknown';
}

function oneLine(s: string | undefined): string {
  return stripPeriod((s ?? '').replace(/^[-+]\s+/, '').replace(/\s*\n\s*/g, ' '));
}

/** The unit a line is about: its unit in this inspection, or the one the previous report named. */
function unitOf(data: ReportData, f: Fact): string {
  return data.units.find((u) => u.id === f.unitId)?.name || f.toUnit?.trim() || 'Đơn vị chưa xác định';
}

function evidenceText(f: Fact): string {
  const parts = [lowerFirst(oneLine(f.evidence))];
  if (f.evidenceDoc?.number) parts.push(formatDocReference({ ...f.evidenceDoc, summary: oneLine(f.evidenceDoc.summary) }));
  const shown = parts.filter(Boolean);
  return shown.length ? ` (${shown.join('; ')})` : '';
}

/** Units in the report's order, then those only the previous report named. */
function orderedUnits(data: ReportData, facts: readonly Fact[]): string[] {
  const names = [...new Set(facts.map((f) => unitOf(data, f)))];
  const rank = (n: string) => {
    const i = data.units.findIndex((u) => u.name === n);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return names.sort((a, b) => rank(a) - rank(b));
}

/** Units grouped as elsewhere in the report; "các phòng, đơn vị" only when they are really all of this inspection's. */
function unitsText(data: ReportData, names: string[]): string {
  const outside = names.filter((n) => !data.units.some((u) => u.name === n)).length;
  return unitsPhrase(names, data.units.length + outside);
}

export function draftFollowUp(data: ReportData, p: FollowUpPhrases): string {
  const facts = data.followUps.filter((f) => f.text?.trim());
  if (facts.length === 0) return '';
  const units = orderedUnits(data, facts);
  const source = facts.find((f) => f.source?.trim())?.source?.trim();
  const lines: string[] = [];
  const n = countText(facts.length);
  const all = unitsText(data, units);
  lines.push(source ? fill(p.opening.withSource, { source, n, units: all }) : fill(p.opening.plain, { n, units: all }));

  const counts: Record<Kind, number> = { done: 0, doing: 0, notDone: 0, unknown: 0 };
  for (const f of facts) counts[kindOf(f)]++;
  if (counts.done === facts.length) lines.push(`${p.tally.allDone}, cụ thể:`);
  else {
    const clauses = (['done', 'doing', 'notDone', 'unknown'] as const)
      .filter((k) => counts[k] > 0)
      .map((k) => fill(p.tally[k], { [k]: countText(counts[k]) }));
    lines.push(`${p.tally.lead} ${joinNames(clauses)}, cụ thể:`);
  }

  for (const unit of units) {
    const clauses = facts
      .filter((f) => unitOf(data, f) === unit)
      .map((f) => {
        const note = oneLine(f.note);
        return fill(p.item[kindOf(f)], { text: lowerFirst(oneLine(f.text)), evidence: evidenceText(f), note: note ? `; ${lowerFirst(note)}` : '' });
      });
    lines.push(`- ${upperFirst(unit)} ${clauses.join('; ')}.`);
  }

  const open = facts.filter((f) => kindOf(f) !== 'done');
  if (open.length === 0) lines.push(p.closing.allDone);
  else lines.push(fill(p.closing.remaining, { remaining: countText(open.length), units: unitsText(data, orderedUnits(data, open)) }));
  return lines.join('\n');
}
