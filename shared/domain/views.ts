/**
 * Typed read models over the derived state: what the screens and the report
 * work with. Pure functions of the edit set.
 */
import { recordsOf, getRecord, valuesOf, type DerivedState, type RecordState } from './derive';
import { responseId, type Json } from './edit';
import type {
  AttachmentValues,
  EvidenceValues,
  FindingValues,
  InspectionValues,
  MemberValues,
  RecommendationValues,
  ResponseValues,
  UnitValues,
} from './schemas';

export interface WithMeta<T> {
  id: string;
  unitId: string;
  values: Partial<T>;
  createdBy: string;
  createdAt: string;
  record: RecordState;
}

function withMeta<T>(rec: RecordState): WithMeta<T> {
  return { id: rec.id, unitId: rec.unitId, values: valuesOf(rec) as Partial<T>, createdBy: rec.createdBy, createdAt: rec.createdAt, record: rec };
}

function byOrder<T extends { order?: number }>(a: WithMeta<T>, b: WithMeta<T>): number {
  const oa = a.values.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.values.order ?? Number.MAX_SAFE_INTEGER;
  return oa !== ob ? oa - ob : a.createdAt < b.createdAt ? -1 : 1;
}

export function inspectionOf(state: DerivedState, inspectionId: string): WithMeta<InspectionValues> | undefined {
  const rec = getRecord(state, 'inspection', inspectionId);
  return rec ? withMeta<InspectionValues>(rec) : undefined;
}

/** An archived unit or member (Thiết lập › Đã lưu trữ): kept with all its records, left out of every screen until restored. */
export function isArchived(rec: RecordState): boolean {
  return rec.fields.archived?.value === true;
}

/** The units inspected, archived ones left out. */
export function unitsOf(state: DerivedState): WithMeta<UnitValues>[] {
  return recordsOf(state, 'unit').filter((r) => !isArchived(r)).map((r) => withMeta<UnitValues>(r)).sort(byOrder);
}

/** The team, archived members left out. */
export function membersOf(state: DerivedState): WithMeta<MemberValues>[] {
  return recordsOf(state, 'member').filter((r) => !isArchived(r)).map((r) => withMeta<MemberValues>(r)).sort(byOrder);
}

export function archivedUnitsOf(state: DerivedState): WithMeta<UnitValues>[] {
  return recordsOf(state, 'unit').filter(isArchived).map((r) => withMeta<UnitValues>(r)).sort(byOrder);
}

export function archivedMembersOf(state: DerivedState): WithMeta<MemberValues>[] {
  return recordsOf(state, 'member').filter(isArchived).map((r) => withMeta<MemberValues>(r)).sort(byOrder);
}

export function responseOf(state: DerivedState, unitId: string, itemId: string): WithMeta<ResponseValues> | undefined {
  const rec = getRecord(state, 'response', responseId(unitId, itemId));
  return rec ? withMeta<ResponseValues>(rec) : undefined;
}

export function responsesOf(state: DerivedState): WithMeta<ResponseValues>[] {
  return recordsOf(state, 'response').map((r) => withMeta<ResponseValues>(r));
}

/** Item id of a response record id ("unit~item"). */
export function itemIdOfResponse(id: string): string {
  return id.slice(id.indexOf('~') + 1);
}

export function evidenceOf(state: DerivedState, unitId?: string, itemId?: string): WithMeta<EvidenceValues>[] {
  return recordsOf(state, 'evidence')
    .filter((r) => (unitId === undefined || r.unitId === unitId) && (itemId === undefined || r.fields.itemId?.value === itemId))
    .map((r) => withMeta<EvidenceValues>(r));
}

/** Files attached to evidence entries of a unit, oldest first; those of a removed entry go with it. */
export function attachmentsOf(state: DerivedState, unitId?: string, evidenceId?: string): WithMeta<AttachmentValues>[] {
  return recordsOf(state, 'attachment')
    .filter((r) => (unitId === undefined || r.unitId === unitId) && (evidenceId === undefined || r.fields.evidenceId?.value === evidenceId))
    .filter((r) => typeof r.fields.evidenceId?.value === 'string' && getRecord(state, 'evidence', r.fields.evidenceId.value as string))
    .map((r) => withMeta<AttachmentValues>(r))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

export function findingsOf(state: DerivedState, unitId?: string, sectionId?: string): WithMeta<FindingValues>[] {
  return recordsOf(state, 'finding')
    .filter((r) => (unitId === undefined || r.unitId === unitId) && (sectionId === undefined || r.fields.sectionId?.value === sectionId))
    .map((r) => withMeta<FindingValues>(r));
}

export function recommendationsOf(state: DerivedState, unitId?: string, sectionId?: string): WithMeta<RecommendationValues>[] {
  return recordsOf(state, 'recommendation')
    .filter((r) => (unitId === undefined || r.unitId === unitId) && (sectionId === undefined || r.fields.sectionId?.value === sectionId))
    .map((r) => withMeta<RecommendationValues>(r));
}

/** Whether a response holds any answer (counts toward progress). */
export function isAnswered(values: Partial<ResponseValues> | undefined): boolean {
  if (!values) return false;
  const filled = (v: Json | undefined) => v !== undefined && v !== null && v !== '';
  return (
    filled(values.verdict as Json) ||
    (filled(values.numerator as Json) && filled(values.denominator as Json)) ||
    filled(values.count as Json) ||
    filled(values.date as Json) ||
    filled(values.text as Json)
  );
}
