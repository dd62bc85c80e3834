/**
 * The opening (căn cứ) of the report. The A parts are drafted by areas.ts,
 * B and C by overall.ts; a draft is only a starting point: the leader edits
 * each part, and the edited text wins.
 */
import type { ReportData } from './data';
import { docRefText, joinNames, reportDate, stripPeriod } from './phrases';

export { NO_RESULT_TEXT } from './areas';
export { NO_STRENGTH_TEXT, NO_SHORTCOMING_TEXT, NO_RECOMMENDATION_TEXT } from './overall';

export function subjectPlace(data: ReportData): string {
  return (data.inspection.governingBody ?? '').trim() || 'cơ quan';
}

/** The căn cứ paragraphs: plan and decision with số and ngày, the visit, the period and the units. */
export function draftOpening(data: ReportData, year: number): string {
  const i = data.inspection;
  const place = subjectPlace(data);
  const planRef = docRefText('KH', i.plan?.number, i.plan?.date);
  const planAbout = i.plan?.summary?.trim()
    ? ` ${stripPeriod(i.plan.summary)}`
    : ` về tự kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm ${year}`;
  const decisionRef = docRefText('QĐ', i.decision?.number, i.decision?.date);
  const decisionAbout = i.decision?.summary?.trim()
    ? ` ${stripPeriod(i.decision.summary)}`
    : ` về việc thành lập Đoàn kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính tại ${place}`;
  const p1 = `Thực hiện ${planRef} của ${place}${planAbout}; ${decisionRef}${decisionAbout}.`;

  const from = i.visitFrom ? reportDate(i.visitFrom) : '';
  const to = i.visitTo ? reportDate(i.visitTo) : '';
  const when = from && to ? (from === to ? `Ngày ${from}` : `Từ ngày ${from} đến ngày ${to}`) : from ? `Ngày ${from}` : 'Trong thời gian kiểm tra';
  const pf = i.periodFrom ? reportDate(i.periodFrom) : '';
  const pt = i.periodTo ? reportDate(i.periodTo) : '';
  const period = pf && pt ? ` trong kỳ từ ngày ${pf} đến ngày ${pt}` : '';
  const names = data.units.map((u) => u.name).filter(Boolean);
  const where =
    names.length === 0 ? 'các phòng, đơn vị (chưa xác định đơn vị được kiểm tra)' : names.length === 1 ? names[0] : `các phòng, đơn vị gồm: ${joinNames(names)}`;
  const p2 = `${when}, Đoàn kiểm tra đã tiến hành kiểm tra, đánh giá việc thực hiện công tác cải cách hành chính, kiểm soát thủ tục hành chính${period} tại ${where}. Kết quả kiểm tra như sau:`;
  return `${p1}\n${p2}`;
}
