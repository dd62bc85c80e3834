/**
 * What the inspection list shows and asks before an inspection is deleted:
 * what deleting would remove, and the typed confirmation.
 */
import { recordsOf, type DerivedState } from '../domain/derive';
import { formatNumber, formatPercent } from '../domain/format';
import { evidenceOf, findingsOf, isAnswered, recommendationsOf, responsesOf } from '../domain/views';

export interface InspectionImpact {
  units: number;
  members: number;
  answered: number;
  evidence: number;
  findings: number;
  recommendations: number;
  reportVersions: number;
}

export function inspectionImpact(state: DerivedState): InspectionImpact {
  return {
    // Archived units and members go with the inspection too.
    units: recordsOf(state, 'unit').length,
    members: recordsOf(state, 'member').length,
    answered: responsesOf(state).filter((r) => isAnswered(r.values)).length,
    evidence: evidenceOf(state).length,
    findings: findingsOf(state).length,
    recommendations: recommendationsOf(state).length,
    reportVersions: recordsOf(state, 'reportVersion').length,
  };
}

/** One line per kind of record that deleting would remove, in the words of the checklist. */
export function impactLines(i: InspectionImpact): string[] {
  const n = formatNumber;
  return [
    `${n(i.units)} đơn vị được kiểm tra và ${n(i.members)} thành viên đoàn`,
    `${n(i.answered)} kết quả kiểm tra tiêu chí đã ghi`,
    `${n(i.evidence)} văn bản, tài liệu minh chứng`,
    `${n(i.findings)} ưu điểm, tồn tại hạn chế và ${n(i.recommendations)} kiến nghị`,
    `${n(i.reportVersions)} phiên bản báo cáo đã chốt`,
  ];
}

/** The name a person must type to confirm: compared ignoring case and repeated spaces, never diacritics. */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  return norm(name) !== '' && norm(typed) === norm(name);
}

/** "12/60 tiêu chí (20%)" — answered criteria over units × criteria. */
export function progressLine(answered: number, total: number): string {
  if (total === 0) return 'Chưa có đơn vị được kiểm tra';
  return `Đã ghi ${formatNumber(answered)}/${formatNumber(total)} tiêu chí (${formatPercent((answered / total) * 100)})`;
}
