export * from './types';
export { buildReportModel, reportParts, OPENING_PART_ID, DEFAULT_SYMBOL, type ReportOptions } from './model';
export { textToParagraphs, paragraphsToText } from './paragraphs';
export { reportDataHash, reportDataHashOfSortedIds, sortedDataIds, mergeSortedIds } from './hash';
export { applyPartTexts } from './parts';
export { reportPartTexts } from './data';
export { reportVersions, nextVersionNumber, frozenVersionRecord, type FrozenVersion } from './versions';
export { NO_RESULT_TEXT, NOT_ARISEN_TEXT, NO_STRENGTH_TEXT, NO_SHORTCOMING_TEXT, NO_RECOMMENDATION_TEXT } from './draft';
export { reportFileName } from './files';
