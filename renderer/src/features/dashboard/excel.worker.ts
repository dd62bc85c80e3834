/** Builds the results workbook off the UI thread: exceljs on 30 units × 56 items takes long enough to stall typing. */
import { expose } from 'comlink';
import { resultWorkbook } from '../../../../shared/export/workbook';

const api = { build: resultWorkbook };
export type ExcelWorkerApi = typeof api;
expose(api);
