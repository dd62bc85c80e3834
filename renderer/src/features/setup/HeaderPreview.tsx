/**
 * The two-column header of the report as the set-up is filled in, so the
 * person sees which line each field becomes: the upper line (cơ quan chủ
 * quản), the issuing body in bold under it, the number; the national motto
 * and the place and date on the right. Same layout classes as the print view.
 */
import { useWatch } from 'react-hook-form';
import { blankHeaderDate } from '../../../../shared/domain/format';
import type { SetupForm } from './setupForm';
import '../report/report.css';

export function HeaderPreview() {
  const [governing, issuing, symbol, place] = useWatch<SetupForm, ['governingBody', 'issuingBody', 'reportSymbol', 'placeName']>({
    name: ['governingBody', 'issuingBody', 'reportSymbol', 'placeName'],
  });
  const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
  const year = new Date().getFullYear();
  return (
    <figure className="header-preview" aria-label="Xem trước tiêu đề báo cáo">
      <div className="report-paper header-preview-paper" lang="vi">
        <div className="rp-header">
          <div className="rp-header-left">
            <p className="rp-governing">{upper(governing ?? '') || '(CƠ QUAN CHỦ QUẢN)'}</p>
            <p className="rp-issuing">{upper(issuing ?? '') || '(CƠ QUAN BAN HÀNH)'}</p>
            <div className="rp-rule rp-rule-short" />
            <p className="rp-number">Số:      /{symbol?.trim() || 'BC-ĐKT'}</p>
          </div>
          <div className="rp-header-right">
            <p className="rp-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="rp-motto">Độc lập - Tự do - Hạnh phúc</p>
            <div className="rp-rule rp-rule-motto" />
            <p className="rp-date">{`${place?.trim() ? `${place.trim()}, ` : ''}${blankHeaderDate(year)}`}</p>
          </div>
        </div>
      </div>
      <figcaption className="muted">
        Dòng 1 bên trái: cơ quan chủ quản. Dòng 2 (in đậm): cơ quan ban hành báo cáo. Báo cáo ghi “Kết quả kiểm tra … tại {governing?.trim() || '…'}”.
      </figcaption>
    </figure>
  );
}
