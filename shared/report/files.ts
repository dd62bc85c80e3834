import type { ReportModel } from './types';

/** "bao-cao-kiem-tra-phien-ban-2-du-thao.docx" */
export function reportFileName(m: ReportModel, ext: 'docx' | 'pdf'): string {
  return `bao-cao-kiem-tra-phien-ban-${m.version}${m.status === 'draft' ? '-du-thao' : ''}.${ext}`;
}
