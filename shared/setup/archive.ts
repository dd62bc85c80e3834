/**
 * Deleting a unit or a member from the set-up is a soft delete: an
 * `archived` field written as an ordinary edit, so nothing of what was
 * written about them is touched, the history keeps both states, and
 * "Khôi phục" brings them back with all their data. Before it, the person
 * sees what the unit or member carries and types its name.
 */
import { recordsOf, type DerivedState } from '../domain/derive';
import { formatNumber } from '../domain/format';
import { evidenceOf, findingsOf, isAnswered, isArchived, recommendationsOf, responsesOf } from '../domain/views';
import type { EditStorePort } from '../core/port';
import { planFieldEdits, type EditContext } from '../domain/write';
import type { Edit } from '../domain/edit';

export type ArchivableKind = 'unit' | 'member';

export interface ArchiveImpact {
  /** Answered criteria (unit × item results). */
  results: number;
  evidence: number;
  strengths: number;
  shortcomings: number;
  recommendations: number;
  /** Units assigned (members only). */
  assignedUnits?: number;
}

/** What one unit carries, from the read model's state of that unit. */
export function unitImpact(state: DerivedState, unitId: string): ArchiveImpact {
  const findings = findingsOf(state, unitId);
  return {
    results: responsesOf(state).filter((r) => r.unitId === unitId && isAnswered(r.values)).length,
    evidence: evidenceOf(state, unitId).length,
    strengths: findings.filter((f) => f.values.kind === 'strength').length,
    shortcomings: findings.filter((f) => f.values.kind === 'shortcoming').length,
    recommendations: recommendationsOf(state, unitId).length,
  };
}

/**
 * What one member wrote, from the read model's counters (`answers|m`,
 * `findings|m`, `recommendations|m`): findings are counted together there,
 * so they are reported as shortcomings-and-strengths in one figure.
 */
export function memberImpact(counts: ReadonlyMap<string, number>, memberId: string, assignedUnits: number): ArchiveImpact {
  return {
    results: counts.get(`answers|${memberId}`) ?? 0,
    evidence: 0,
    strengths: 0,
    shortcomings: counts.get(`findings|${memberId}`) ?? 0,
    recommendations: counts.get(`recommendations|${memberId}`) ?? 0,
    assignedUnits,
  };
}

/** "Đơn vị này có 41 kết quả, 3 minh chứng, 1 kiến nghị." — the parts that are not zero. */
export function impactSentence(kind: ArchivableKind, i: ArchiveImpact): string {
  const n = formatNumber;
  const parts: string[] = [];
  if (i.results) parts.push(`${n(i.results)} kết quả`);
  if (i.evidence) parts.push(`${n(i.evidence)} minh chứng`);
  if (kind === 'unit') {
    if (i.strengths) parts.push(`${n(i.strengths)} ưu điểm`);
    if (i.shortcomings) parts.push(`${n(i.shortcomings)} tồn tại, hạn chế`);
  } else if (i.shortcomings) parts.push(`${n(i.shortcomings)} ưu điểm, tồn tại`);
  if (i.recommendations) parts.push(`${n(i.recommendations)} kiến nghị`);
  if (kind === 'unit') return parts.length ? `Đơn vị này có ${parts.join(', ')}.` : 'Đơn vị này chưa có kết quả kiểm tra nào.';
  const wrote = parts.length ? `Thành viên này đã ghi ${parts.join(', ')}` : 'Thành viên này chưa ghi kết quả nào';
  return i.assignedUnits ? `${wrote}; được phân công ${n(i.assignedUnits)} đơn vị.` : `${wrote}.`;
}

/** The one edit that archives (or restores) a unit or member; nothing when it is already so or does not exist. */
export function planArchive(state: DerivedState, ctx: EditContext, kind: ArchivableKind, recordId: string, archived: boolean): Edit[] {
  const rec = state.records.get(`${kind}/${recordId}`);
  if (!rec || rec.deleted || isArchived(rec) === archived) return [];
  return planFieldEdits(state, ctx, kind, recordId, '', { archived });
}

/** Archive or restore a unit or member through the storage port; returns the number of edits written (0 or 1). */
export function setArchived(port: EditStorePort, inspectionId: string, kind: ArchivableKind, recordId: string, archived: boolean): Promise<number> {
  return port.transaction(async (tx) => {
    const state = await tx.readRecords(inspectionId, [{ entity: kind, recordId }]);
    const ctx: EditContext = { inspectionId, author: await tx.author(inspectionId), nextId: () => tx.nextId() };
    return tx.append(planArchive(state, ctx, kind, recordId, archived));
  });
}

/** Ids of the archived records of a kind: the set-up keeps them (and assignments to them) when saved without them on the form. */
export function archivedIds(state: DerivedState, kind: ArchivableKind): string[] {
  return recordsOf(state, kind)
    .filter(isArchived)
    .map((r) => r.id);
}
