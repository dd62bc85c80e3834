/**
 * The facts the report is drafted from, read once from the derived state
 * into plain lists so the drafting functions stay simple and testable.
 */
import type { DerivedState } from '../domain/derive';
import type { Json } from '../domain/edit';
import type {
  EvidenceValues,
  FindingValues,
  FollowUpValues,
  InspectionValues,
  MemberValues,
  RecommendationValues,
  ResponseValues,
  UnitValues,
} from '../domain/schemas';
import {
  attachmentsOf,
  evidenceOf,
  findingsOf,
  inspectionOf,
  itemIdOfResponse,
  membersOf,
  recommendationsOf,
  responsesOf,
  unitsOf,
  isAnswered,
} from '../domain/views';
import { recordsOf, valuesOf } from '../domain/derive';
import { followUpsOf } from '../followup/views';

export interface UnitFact {
  id: string;
  name: string;
}

export interface ResponseFact {
  unitId: string;
  itemId: string;
  values: Partial<ResponseValues>;
}

export interface ReportData {
  inspection: Partial<InspectionValues>;
  units: UnitFact[];
  members: (Partial<MemberValues> & { id: string })[];
  /** Answered responses only, keyed `${unitId}~${itemId}`. */
  responses: Map<string, ResponseFact>;
  evidence: (Partial<EvidenceValues> & { id: string; unitId: string })[];
  findings: (Partial<FindingValues> & { id: string; unitId: string })[];
  recommendations: (Partial<RecommendationValues> & { id: string; unitId: string })[];
  /** The previous inspection's recommendations carried into this one, with their follow-up. */
  followUps: (Partial<FollowUpValues> & { id: string; unitId: string })[];
  /** Edited text of report parts by part id (non-empty only). */
  partTexts: Map<string, string>;
  /** Files attached to the evidence entries (photos, scans, PDFs): listed in the documents annex. */
  attachments?: { evidenceId: string; unitId: string; name: string; type: string }[];
}

/** Edited text of the report parts by part id (non-empty only). */
export function reportPartTexts(state: DerivedState): Map<string, string> {
  const partTexts = new Map<string, string>();
  for (const rec of recordsOf(state, 'reportPart')) {
    const text: Json | undefined = valuesOf(rec).text;
    if (typeof text === 'string' && text.trim()) partTexts.set(rec.id, text);
  }
  return partTexts;
}

export function readReportData(state: DerivedState, inspectionId: string): ReportData {
  const units = unitsOf(state).map((u) => ({ id: u.id, name: String((u.values as Partial<UnitValues>).name ?? '').trim() }));
  const known = new Set(units.map((u) => u.id));
  const responses = new Map<string, ResponseFact>();
  for (const r of responsesOf(state)) {
    // Answers to a unit that was removed from the set-up are not reported.
    if (!known.has(r.unitId) || !isAnswered(r.values)) continue;
    responses.set(r.id, { unitId: r.unitId, itemId: itemIdOfResponse(r.id), values: r.values });
  }
  const partTexts = reportPartTexts(state);
  const inspectionRec = inspectionOf(state, inspectionId);
  return {
    inspection: inspectionRec?.values ?? {},
    units,
    members: membersOf(state).map((m) => ({ id: m.id, ...m.values })),
    responses,
    evidence: evidenceOf(state).filter((e) => known.has(e.unitId)).map((e) => ({ id: e.id, unitId: e.unitId, ...e.values })),
    findings: findingsOf(state).filter((f) => !f.unitId || known.has(f.unitId)).map((f) => ({ id: f.id, unitId: f.unitId, ...f.values })),
    recommendations: recommendationsOf(state)
      .filter((r) => !r.unitId || known.has(r.unitId))
      .map((r) => ({ id: r.id, unitId: r.unitId, ...r.values })),
    followUps: followUpsOf(state)
      .filter((f) => !f.unitId || known.has(f.unitId))
      .map((f) => ({ id: f.id, unitId: f.unitId, ...f.values })),
    partTexts,
    attachments: attachmentsOf(state)
      .filter((a) => known.has(a.unitId))
      .map((a) => ({ evidenceId: a.values.evidenceId ?? '', unitId: a.unitId, name: a.values.name ?? '', type: a.values.type ?? '' })),
  };
}

type EvidenceFact = ReportData['evidence'][number];
const evidenceIndex = new WeakMap<ReportData, Map<string, EvidenceFact[]>>();

/**
 * The evidence one unit gave for one item, through an index built once per
 * ReportData: drafting asks this for every unit × item, and scanning all the
 * evidence each time is quadratic on a thirty-unit inspection.
 */
export function evidenceFor(data: ReportData, unitId: string, itemId: string): EvidenceFact[] {
  let index = evidenceIndex.get(data);
  if (!index) {
    index = new Map();
    for (const e of data.evidence) {
      const key = `${e.unitId}~${e.itemId ?? ''}`;
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
    evidenceIndex.set(data, index);
  }
  return index.get(`${unitId}~${itemId}`) ?? [];
}
