export * from './types';
export { buildReportModel, reportParts, partIdOfSection, OPENING_PART_ID, DEFAULT_SYMBOL, type ReportOptions } from './model';
export { textToParagraphs, paragraphsToText } from './paragraphs';
export { reportDataHash, reportDataHashOfIds } from './hash';
export { reportVersions, nextVersionNumber, frozenVersionRecord, type FrozenVersion } from './versions';
export { NO_RESULT_TEXT, NO_STRENGTH_TEXT, NO_SHORTCOMING_TEXT, NO_RECOMMENDATION_TEXT } from './draft';
export { reportFileName } from './files';
export { preFinaliseCheck, describeValue as describeProblemValue, type ReportProblem, type ProblemKind, type ProblemLink } from './precheck';
export { reportPdfInfo, withPdfInfo, type PdfInfo } from './pdfInfo';
