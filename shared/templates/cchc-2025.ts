import { CCHC_GUIDANCE } from './cchc-2025-guidance';
import type { ChecklistTemplate, TemplateSection } from './types';

/**
 * The CCHC and TTHC-control self-inspection checklist, from the six areas of
 * Nghị quyết 76/NQ-CP plus direction, TTHC control and assigned targets, as
 * used in the seed reports. Data, not code: a changed checklist is a new
 * version, and exchange files name the version they were made with.
 */
export const CCHC_TEMPLATE: ChecklistTemplate = withGuidance({
  id: 'cchc-so',
  version: 1,
  title: 'Kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính',
  sections: [
    {
      id: 'the-che',
      number: 1,
      title: 'Cải cách thể chế',
      shortTitle: 'Thể chế',
      reportPart: 'A.I',
      items: [
        { id: 'the-che.ke-hoach-vbqppl', document: 'KH', text: 'Ban hành Kế hoạch xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm (số, ngày)', asks: ['verdict', 'text', 'date'] },
        { id: 'the-che.so-vbqppl-tham-muu', text: 'Số văn bản quy phạm pháp luật đã tham mưu xây dựng, ban hành', asks: ['verdict', 'count'], countLabel: 'văn bản' },
        { id: 'the-che.ra-soat-he-thong-hoa', text: 'Rà soát, hệ thống hóa văn bản; số văn bản đề nghị bãi bỏ, sửa đổi', asks: ['verdict', 'count'], countLabel: 'văn bản đề nghị bãi bỏ' },
        { id: 'the-che.theo-doi-thi-hanh', document: 'KH', text: 'Kế hoạch theo dõi tình hình thi hành pháp luật (số, ngày) và kết quả thực hiện', asks: ['verdict', 'text', 'date'] },
        { id: 'the-che.pho-bien-phap-luat', text: 'Công tác phổ biến, giáo dục pháp luật', asks: ['verdict', 'text'] },
      ],
    },
    {
      id: 'tthc',
      number: 2,
      title: 'Cải cách thủ tục hành chính',
      shortTitle: 'Thủ tục hành chính',
      reportPart: 'A.I',
      items: [
        { id: 'tthc.cong-bo-dung-han', text: 'Quyết định công bố danh mục TTHC được ban hành đúng thời hạn', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số quyết định đúng hạn', denominator: 'Tổng số quyết định' } },
        { id: 'tthc.ra-soat-don-gian-hoa', text: 'Rà soát, đơn giản hóa TTHC (tỷ lệ cắt giảm so với chỉ tiêu)', asks: ['verdict', 'ratio'], targetPercent: 10, ratioLabels: { numerator: 'Số TTHC được đơn giản hóa', denominator: 'Tổng số TTHC rà soát' } },
        { id: 'tthc.dvc-toan-trinh', text: 'Tổng số TTHC; trong đó dịch vụ công trực tuyến toàn trình', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số DVC trực tuyến toàn trình', denominator: 'Tổng số TTHC' } },
        { id: 'tthc.dvc-mot-phan', text: 'Dịch vụ công trực tuyến một phần', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số DVC trực tuyến một phần', denominator: 'Tổng số TTHC' } },
        { id: 'tthc.khong-phu-thuoc-dia-gioi', text: 'TTHC được thực hiện không phụ thuộc vào địa giới hành chính', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số TTHC không phụ thuộc địa giới', denominator: 'Tổng số TTHC' } },
        { id: 'tthc.cong-khai', text: 'Công khai, niêm yết TTHC đầy đủ, đúng quy định', asks: ['verdict', 'text'] },
        { id: 'tthc.phan-anh-kien-nghi', text: 'Tiếp nhận, xử lý phản ánh, kiến nghị (Tổng đài 1022) đúng hạn', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số phản ánh xử lý đúng hạn', denominator: 'Số phản ánh tiếp nhận' } },
        { id: 'tthc.mot-cua', text: 'Thực hiện cơ chế một cửa, một cửa liên thông', asks: ['verdict', 'text'] },
        { id: 'tthc.ho-so-dung-han', text: 'Hồ sơ TTHC được giải quyết đúng hạn', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số hồ sơ giải quyết đúng hạn', denominator: 'Tổng số hồ sơ đã giải quyết' } },
        { id: 'tthc.ho-so-tre-han', text: 'Hồ sơ trễ hạn và thư xin lỗi', asks: ['verdict', 'count', 'text'], countLabel: 'hồ sơ trễ hạn' },
        { id: 'tthc.so-hoa', text: 'Số hóa hồ sơ, kết quả giải quyết TTHC', asks: ['verdict', 'ratio'], targetPercent: 95, ratioLabels: { numerator: 'Số hồ sơ được số hóa', denominator: 'Tổng số hồ sơ' } },
        { id: 'tthc.thanh-toan-truc-tuyen', text: 'Thanh toán trực tuyến phí, lệ phí', asks: ['verdict', 'ratio'], targetPercent: 80, ratioLabels: { numerator: 'Số giao dịch thanh toán trực tuyến', denominator: 'Tổng số giao dịch thanh toán' } },
      ],
    },
    {
      id: 'bo-may',
      number: 3,
      title: 'Cải cách tổ chức bộ máy hành chính nhà nước',
      shortTitle: 'Tổ chức bộ máy',
      reportPart: 'A.I',
      items: [
        { id: 'bo-may.chuc-nang-nhiem-vu', document: 'QĐ', text: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức (QĐ số, ngày)', asks: ['verdict', 'text', 'date'] },
        { id: 'bo-may.bien-che', text: 'Sử dụng biên chế trong số lượng được giao', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số biên chế đang sử dụng', denominator: 'Số biên chế được giao' } },
        { id: 'bo-may.don-vi-su-nghiep', text: 'Đơn vị sự nghiệp công lập và mức độ tự chủ', asks: ['verdict', 'count', 'text'], countLabel: 'đơn vị sự nghiệp' },
        { id: 'bo-may.phan-cap-uy-quyen', text: 'Phân cấp, ủy quyền trong quản lý', asks: ['verdict', 'text'] },
      ],
    },
    {
      id: 'cong-vu',
      number: 4,
      title: 'Cải cách chế độ công vụ',
      shortTitle: 'Công vụ',
      reportPart: 'A.I',
      items: [
        { id: 'cong-vu.vi-tri-viec-lam', document: 'QĐ', text: 'Đề án vị trí việc làm được phê duyệt và thực hiện', asks: ['verdict', 'text', 'date'] },
        { id: 'cong-vu.tuyen-dung-bo-nhiem', text: 'Tuyển dụng, bổ nhiệm đúng quy trình (số trường hợp)', asks: ['verdict', 'count'], countLabel: 'trường hợp' },
        { id: 'cong-vu.ky-luat-ky-cuong', text: 'Kỷ luật, kỷ cương hành chính (số trường hợp vi phạm)', asks: ['verdict', 'count'], countLabel: 'trường hợp vi phạm' },
        { id: 'cong-vu.dao-tao', text: 'Kế hoạch và kết quả đào tạo, bồi dưỡng', asks: ['verdict', 'count', 'text'], countLabel: 'lượt người' },
      ],
    },
    {
      id: 'tai-chinh-cong',
      number: 5,
      title: 'Cải cách tài chính công',
      shortTitle: 'Tài chính công',
      reportPart: 'A.I',
      items: [
        { id: 'tai-chinh-cong.ngan-sach', text: 'Quản lý, sử dụng ngân sách nhà nước đúng quy định', asks: ['verdict', 'text'] },
        { id: 'tai-chinh-cong.tai-san-cong', text: 'Quản lý, sử dụng tài sản công', asks: ['verdict', 'text'] },
        { id: 'tai-chinh-cong.tu-chu', document: 'QĐ', text: 'Giao quyền tự chủ tài chính cho đơn vị sự nghiệp (QĐ số)', asks: ['verdict', 'text'] },
        { id: 'tai-chinh-cong.giai-ngan', text: 'Giải ngân vốn đầu tư công', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Vốn đã giải ngân (triệu đồng)', denominator: 'Vốn được giao (triệu đồng)' } },
        { id: 'tai-chinh-cong.quy-che-chi-tieu', document: 'QĐ', text: 'Quy chế chi tiêu nội bộ', asks: ['verdict', 'text', 'date'] },
      ],
    },
    {
      id: 'chinh-quyen-so',
      number: 6,
      title: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      shortTitle: 'Chính quyền số',
      reportPart: 'A.I',
      items: [
        { id: 'chinh-quyen-so.phan-mem-qlvb', text: 'Cán bộ, công chức sử dụng phần mềm quản lý văn bản và điều hành', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số người sử dụng', denominator: 'Tổng số cán bộ, công chức' } },
        { id: 'chinh-quyen-so.van-ban-dien-tu', text: 'Văn bản đi, đến được gửi, nhận dưới dạng điện tử (trừ văn bản mật)', asks: ['verdict', 'ratio'], targetPercent: 90, ratioLabels: { numerator: 'Số văn bản điện tử', denominator: 'Tổng số văn bản' } },
        { id: 'chinh-quyen-so.ky-so', text: 'Văn bản được ký số', asks: ['verdict', 'ratio'], targetPercent: 90, ratioLabels: { numerator: 'Số văn bản ký số', denominator: 'Tổng số văn bản phát hành' } },
        { id: 'chinh-quyen-so.ke-hoach-cds', document: 'KH', text: 'Kế hoạch chuyển đổi số (số, ngày)', asks: ['verdict', 'text', 'date'] },
        { id: 'chinh-quyen-so.chung-thu-so', text: 'Cấp, sử dụng chứng thư số', asks: ['verdict', 'count'], countLabel: 'chứng thư số' },
        { id: 'chinh-quyen-so.an-toan-thong-tin', text: 'Bảo đảm an toàn thông tin mạng', asks: ['verdict', 'text'] },
        { id: 'chinh-quyen-so.hop-truc-tuyen', text: 'Tổ chức họp trực tuyến', asks: ['verdict', 'count'], countLabel: 'cuộc họp' },
      ],
    },
    {
      id: 'chi-dao-dieu-hanh',
      number: 7,
      title: 'Công tác chỉ đạo, điều hành cải cách hành chính',
      shortTitle: 'Chỉ đạo, điều hành',
      reportPart: 'A.I',
      items: [
        { id: 'chi-dao-dieu-hanh.ke-hoach-cchc', document: 'KH', text: 'Kế hoạch cải cách hành chính năm (số, ngày)', asks: ['verdict', 'text', 'date'] },
        { id: 'chi-dao-dieu-hanh.bao-cao-dinh-ky', text: 'Báo cáo định kỳ (quý I, 6 tháng, 9 tháng, năm) đầy đủ, đúng hạn', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số báo cáo đúng hạn', denominator: 'Số báo cáo phải thực hiện' } },
        { id: 'chi-dao-dieu-hanh.tuyen-truyen', document: 'KH', text: 'Kế hoạch tuyên truyền cải cách hành chính', asks: ['verdict', 'text', 'date'] },
        { id: 'chi-dao-dieu-hanh.nhiem-vu-ubnd-giao', text: 'Nhiệm vụ UBND tỉnh giao hoàn thành đúng hạn', asks: ['verdict', 'ratio', 'count'], targetPercent: 100, ratioLabels: { numerator: 'Số nhiệm vụ hoàn thành đúng hạn', denominator: 'Tổng số nhiệm vụ được giao' }, countLabel: 'nhiệm vụ quá hạn' },
        { id: 'chi-dao-dieu-hanh.sang-kien', text: 'Sáng kiến, mô hình mới trong cải cách hành chính', asks: ['verdict', 'count', 'text'], countLabel: 'sáng kiến, mô hình' },
      ],
    },
    {
      id: 'kiem-soat-tthc',
      number: 8,
      title: 'Công tác kiểm soát thủ tục hành chính',
      shortTitle: 'Kiểm soát TTHC',
      reportPart: 'A.II',
      items: [
        { id: 'kiem-soat-tthc.ke-hoach', document: 'KH', text: 'Kế hoạch kiểm soát TTHC năm (số, ngày)', asks: ['verdict', 'text', 'date'] },
        { id: 'kiem-soat-tthc.bao-cao-he-thong', text: 'Báo cáo trên Hệ thống thông tin báo cáo Chính phủ đúng hạn', asks: ['verdict', 'text'] },
        { id: 'kiem-soat-tthc.quy-trinh-noi-bo', text: 'Cấu hình quy trình nội bộ, quy trình điện tử giải quyết TTHC', asks: ['verdict', 'ratio'], ratioLabels: { numerator: 'Số TTHC đã cấu hình quy trình điện tử', denominator: 'Tổng số TTHC' } },
        { id: 'kiem-soat-tthc.dong-bo-csdl', text: 'Đồng bộ dữ liệu lên Cơ sở dữ liệu quốc gia về TTHC', asks: ['verdict', 'text'] },
        { id: 'kiem-soat-tthc.tra-ket-qua-dien-tu', text: 'Trả kết quả giải quyết TTHC điện tử', asks: ['verdict', 'text'] },
      ],
    },
    {
      id: 'chi-tieu',
      number: 9,
      title: 'Kết quả thực hiện nhiệm vụ, chỉ tiêu được giao',
      shortTitle: 'Nhiệm vụ, chỉ tiêu',
      reportPart: 'A.III',
      items: [
        { id: 'chi-tieu.dvc-toan-trinh', indicator: true, text: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC đủ điều kiện trên Cổng Dịch vụ công quốc gia', asks: ['verdict', 'ratio'], targetPercent: 80, ratioLabels: { numerator: 'Số TTHC trực tuyến toàn trình', denominator: 'Số TTHC đủ điều kiện' } },
        { id: 'chi-tieu.ho-so-truc-tuyen', indicator: true, text: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận', asks: ['verdict', 'ratio'], targetPercent: 90, ratioLabels: { numerator: 'Số hồ sơ trực tuyến', denominator: 'Tổng số hồ sơ tiếp nhận' } },
        { id: 'chi-tieu.thanh-toan-truc-tuyen', indicator: true, text: 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán', asks: ['verdict', 'ratio'], targetPercent: 80, ratioLabels: { numerator: 'Số giao dịch trực tuyến', denominator: 'Tổng số giao dịch thanh toán' } },
        { id: 'chi-tieu.so-hoa', indicator: true, text: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', asks: ['verdict', 'ratio'], targetPercent: 95, ratioLabels: { numerator: 'Số hồ sơ được số hóa', denominator: 'Tổng số hồ sơ' } },
        { id: 'chi-tieu.dong-bo-ket-qua', indicator: true, text: 'Tỷ lệ kết quả giải quyết được đồng bộ lên Cổng Dịch vụ công quốc gia', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số kết quả được đồng bộ', denominator: 'Tổng số kết quả' } },
        { id: 'chi-tieu.ket-qua-dien-tu', indicator: true, text: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số kết quả điện tử', denominator: 'Tổng số kết quả' } },
        { id: 'chi-tieu.tai-su-dung', indicator: true, text: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', asks: ['verdict', 'ratio'], targetPercent: 90, ratioLabels: { numerator: 'Số hồ sơ tái sử dụng dữ liệu', denominator: 'Tổng số hồ sơ' } },
        { id: 'chi-tieu.phan-anh-dung-han', indicator: true, text: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn', asks: ['verdict', 'ratio'], targetPercent: 100, ratioLabels: { numerator: 'Số phản ánh xử lý đúng hạn', denominator: 'Tổng số phản ánh' } },
        { id: 'chi-tieu.hai-long', indicator: true, text: 'Mức độ hài lòng của người dân, doanh nghiệp', asks: ['verdict', 'ratio'], targetPercent: 95, ratioLabels: { numerator: 'Số đánh giá hài lòng', denominator: 'Tổng số đánh giá' } },
      ],
    },
  ],
});

/** The guidance and legal basis of each item, kept in their own file so the criteria stay readable here. */
function withGuidance(t: ChecklistTemplate): ChecklistTemplate {
  const sections = t.sections.map((s): TemplateSection => ({ ...s, items: s.items.map((i) => ({ ...i, ...CCHC_GUIDANCE[i.id] })) }));
  return { ...t, sections };
}
