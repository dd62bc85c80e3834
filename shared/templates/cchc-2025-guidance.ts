/**
 * What to look at for each criterion of the CCHC template, and the legal
 * basis it rests on: shown on demand beside the item, so a member new to a
 * topic checks the same things an experienced one would. Sources: the seed
 * reports and plans (Sở KHCN Đồng Nai, Đồng Tháp) and the documents they cite.
 * Where a document has been amended or replaced often, the law is named
 * without a number rather than risk a stale one.
 */
export interface ItemGuidance {
  guidance: string;
  legalBasis: readonly string[];
}

const NQ76 = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030';
const LUAT_VBQPPL = 'Luật Ban hành văn bản quy phạm pháp luật và các văn bản hướng dẫn thi hành';
const ND63 = 'Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính (sửa đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP và Nghị định số 92/2017/NĐ-CP)';
const TT02 = 'Thông tư số 02/2017/TT-VPCP của Văn phòng Chính phủ hướng dẫn nghiệp vụ về kiểm soát thủ tục hành chính';
const ND118 = 'Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông';
const ND45 = 'Nghị định số 45/2020/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử';
const ND42 = 'Nghị định số 42/2022/NĐ-CP của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng';
const QD766 =
  'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử';
const KH_CHI_TIEU = 'Kế hoạch của Ủy ban nhân dân tỉnh và của Sở giao nhiệm vụ, chỉ tiêu cải cách thủ tục hành chính trong năm';
const ND62 = 'Nghị định số 62/2020/NĐ-CP của Chính phủ về vị trí việc làm và biên chế công chức';
const ND106 = 'Nghị định số 106/2020/NĐ-CP của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập';
const ND60 = 'Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập';
const ND30 = 'Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư';
const ND68 = 'Nghị định số 68/2024/NĐ-CP của Chính phủ quy định về chữ ký số chuyên dùng công vụ';
const ND09 = 'Nghị định số 09/2019/NĐ-CP của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước';
const NO_CASE = 'Trong kỳ không phát sinh trường hợp nào thì ghi 0/0 và chọn “Không phát sinh”.';

const indicator = (what: string, source: string, target: string): ItemGuidance => ({
  guidance: `${what} Lấy số liệu của kỳ kiểm tra trên ${source}, đối chiếu với chỉ tiêu ${target} được giao; chưa đạt thì ghi nguyên nhân vào Nhận xét. ${NO_CASE}`,
  legalBasis: [QD766, KH_CHI_TIEU],
});

export const CCHC_GUIDANCE: Readonly<Record<string, ItemGuidance>> = {
  'the-che.ke-hoach-vbqppl': {
    guidance: 'Xem Kế hoạch năm về xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật do Giám đốc Sở ban hành: ghi số, ngày; đối chiếu tiến độ thực hiện với các mốc trong kế hoạch.',
    legalBasis: [LUAT_VBQPPL, NQ76],
  },
  'the-che.so-vbqppl-tham-muu': {
    guidance: 'Đếm văn bản quy phạm pháp luật Sở đã tham mưu Ủy ban nhân dân tỉnh ban hành trong kỳ; xem hồ sơ dự thảo có lấy ý kiến, có thẩm định của Sở Tư pháp và đúng trình tự, thời hạn.',
    legalBasis: [LUAT_VBQPPL],
  },
  'the-che.ra-soat-he-thong-hoa': {
    guidance: 'Xem kết quả rà soát, hệ thống hóa văn bản thuộc lĩnh vực quản lý; đếm văn bản đề nghị bãi bỏ, sửa đổi, thay thế và xem đã có văn bản kiến nghị gửi cấp có thẩm quyền chưa.',
    legalBasis: [LUAT_VBQPPL],
  },
  'the-che.theo-doi-thi-hanh': {
    guidance: 'Xem Kế hoạch theo dõi tình hình thi hành pháp luật năm (số, ngày), các lĩnh vực trọng tâm được theo dõi và báo cáo kết quả thực hiện.',
    legalBasis: ['Nghị định số 59/2012/NĐ-CP của Chính phủ về theo dõi tình hình thi hành pháp luật (sửa đổi, bổ sung bởi Nghị định số 32/2020/NĐ-CP)'],
  },
  'the-che.pho-bien-phap-luat': {
    guidance: 'Xem kế hoạch phổ biến, giáo dục pháp luật năm và kết quả: hình thức thực hiện (hội nghị, trang thông tin điện tử, tài liệu), số lượt cán bộ, công chức được phổ biến.',
    legalBasis: ['Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13'],
  },
  'tthc.cong-bo-dung-han': {
    guidance: 'Đối chiếu ngày có hiệu lực của văn bản quy định TTHC với ngày ký quyết định công bố danh mục TTHC; tử số là quyết định được tham mưu đúng thời hạn, mẫu số là tổng số quyết định công bố trong kỳ (seed: 08 quyết định).',
    legalBasis: [ND63, TT02],
  },
  'tthc.ra-soat-don-gian-hoa': {
    guidance: 'Xem kế hoạch rà soát, đánh giá TTHC năm và phương án đơn giản hóa đã trình; tỷ lệ là số TTHC được đơn giản hóa trên tổng số TTHC rà soát, so với chỉ tiêu Ủy ban nhân dân tỉnh giao (ví dụ 12,44% so với 10%).',
    legalBasis: [ND63, TT02],
  },
  'tthc.dvc-toan-trinh': {
    guidance: 'Trên Cổng Dịch vụ công, đếm TTHC thuộc thẩm quyền được cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC (ví dụ 79/193).',
    legalBasis: [ND42, ND45],
  },
  'tthc.dvc-mot-phan': {
    guidance: 'Đếm TTHC được cung cấp dịch vụ công trực tuyến một phần trên tổng số TTHC (ví dụ 114/193); cộng với số toàn trình phải bằng số TTHC có dịch vụ công trực tuyến.',
    legalBasis: [ND42, ND45],
  },
  'tthc.khong-phu-thuoc-dia-gioi': {
    guidance: 'Xem danh mục TTHC được công bố tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính trong tỉnh và việc tiếp nhận thực tế (ví dụ 193/193 TTHC).',
    legalBasis: [ND118],
  },
  'tthc.cong-khai': {
    guidance: 'Tại Bộ phận Một cửa và trên Cổng Dịch vụ công, kiểm tra TTHC được niêm yết đúng, đủ, kịp thời theo quyết định công bố; có địa chỉ, số điện thoại tiếp nhận phản ánh, kiến nghị.',
    legalBasis: [ND63, ND118],
  },
  'tthc.phan-anh-kien-nghi': {
    guidance: `Xem sổ theo dõi, Cổng Dịch vụ công quốc gia và Tổng đài 1022: số phản ánh, kiến nghị tiếp nhận và số xử lý đúng hạn (chỉ tiêu 100%). ${NO_CASE}`,
    legalBasis: ['Nghị định số 20/2008/NĐ-CP của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', ND63],
  },
  'tthc.mot-cua': {
    guidance: 'Kiểm tra việc tiếp nhận, trả kết quả qua Bộ phận Một cửa: công chức được cử, quy chế phối hợp, tiếp nhận hoặc yêu cầu bổ sung hồ sơ trực tuyến không muộn hơn 08 giờ làm việc.',
    legalBasis: [ND118],
  },
  'tthc.ho-so-dung-han': {
    guidance: 'Trên Hệ thống thông tin giải quyết TTHC của tỉnh, lấy số hồ sơ giải quyết đúng và trước hạn trên tổng số hồ sơ đã giải quyết trong kỳ (ví dụ 1.114/1.114).',
    legalBasis: [ND118],
  },
  'tthc.ho-so-tre-han': {
    guidance: 'Đếm hồ sơ quá hạn; với mỗi hồ sơ, xem đã có Thư xin lỗi và thông báo hẹn lại ngày trả kết quả chậm nhất 01 ngày trước ngày hết hạn, đính kèm trên hệ thống chưa.',
    legalBasis: [ND118],
  },
  'tthc.so-hoa': {
    guidance: 'Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa trên tổng số hồ sơ tiếp nhận trong kỳ; xem mẫu vài hồ sơ trên hệ thống để biết thành phần hồ sơ đã được số hóa đủ chưa.',
    legalBasis: [ND45, ND118],
  },
  'tthc.thanh-toan-truc-tuyen': {
    guidance: 'Số giao dịch nộp phí, lệ phí trực tuyến trên tổng số giao dịch thanh toán của TTHC có thu phí, lệ phí trong kỳ.',
    legalBasis: [ND45, QD766],
  },
  'bo-may.chuc-nang-nhiem-vu': {
    guidance: 'Xem Quyết định của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở (số, ngày) và quyết định quy định nhiệm vụ các phòng; đối chiếu với tổ chức thực tế.',
    legalBasis: ['Luật Tổ chức chính quyền địa phương', 'Nghị định của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh'],
  },
  'bo-may.bien-che': {
    guidance: 'Đối chiếu số biên chế công chức và số người làm việc đang sử dụng với số được giao trong năm; tỷ lệ vượt 100% là vượt biên chế.',
    legalBasis: [ND62, ND106],
  },
  'bo-may.don-vi-su-nghiep': {
    guidance: 'Đếm đơn vị sự nghiệp công lập trực thuộc và ghi mức tự chủ tài chính được giao của từng đơn vị (tự bảo đảm chi thường xuyên và chi đầu tư; chi thường xuyên; một phần; do Nhà nước bảo đảm).',
    legalBasis: [ND60],
  },
  'bo-may.phan-cap-uy-quyen': {
    guidance: 'Xem các quyết định phân cấp, ủy quyền trong lĩnh vực của Sở và việc thực hiện nội dung được phân cấp, ủy quyền (có báo cáo, có kiểm tra không).',
    legalBasis: ['Luật Tổ chức chính quyền địa phương'],
  },
  'cong-vu.vi-tri-viec-lam': {
    guidance: 'Xem quyết định phê duyệt vị trí việc làm (số, ngày), bản mô tả công việc và khung năng lực; việc bố trí công chức, viên chức đúng vị trí.',
    legalBasis: [ND62, ND106],
  },
  'cong-vu.tuyen-dung-bo-nhiem': {
    guidance: 'Đếm trường hợp tuyển dụng, bổ nhiệm, bổ nhiệm lại trong kỳ; xem hồ sơ từng trường hợp có đủ các bước theo quy trình và đúng thẩm quyền.',
    legalBasis: ['Luật Cán bộ, công chức; Luật Viên chức và các nghị định hướng dẫn về tuyển dụng, sử dụng, quản lý'],
  },
  'cong-vu.ky-luat-ky-cuong': {
    guidance: 'Đếm trường hợp vi phạm kỷ luật, kỷ cương hành chính trong kỳ và xem việc xử lý. Không có trường hợp nào thì ghi 0 và nói rõ: “Trong kỳ không có trường hợp vi phạm để xử lý kỷ luật.”',
    legalBasis: ['Nghị định số 112/2020/NĐ-CP của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức (sửa đổi, bổ sung bởi Nghị định số 71/2023/NĐ-CP)'],
  },
  'cong-vu.dao-tao': {
    guidance: 'Xem kế hoạch đào tạo, bồi dưỡng năm và kết quả: số lượt người được cử đi học, nội dung (quản lý nhà nước, chuyên môn, kỹ năng số).',
    legalBasis: ['Nghị định số 101/2017/NĐ-CP của Chính phủ về đào tạo, bồi dưỡng cán bộ, công chức, viên chức (sửa đổi, bổ sung bởi Nghị định số 89/2021/NĐ-CP)'],
  },
  'tai-chinh-cong.ngan-sach': {
    guidance: 'Xem dự toán được giao, báo cáo quyết toán và việc công khai ngân sách; các kết luận của cơ quan tài chính, kiểm toán, thanh tra (nếu có) đã được khắc phục chưa.',
    legalBasis: ['Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành'],
  },
  'tai-chinh-cong.tai-san-cong': {
    guidance: 'Xem sổ theo dõi tài sản, biên bản kiểm kê và việc công khai tài sản công; sử dụng xe ô tô, trụ sở, máy móc đúng tiêu chuẩn, định mức.',
    legalBasis: ['Luật Quản lý, sử dụng tài sản công số 15/2017/QH14'],
  },
  'tai-chinh-cong.tu-chu': {
    guidance: 'Xem quyết định giao quyền tự chủ tài chính cho từng đơn vị sự nghiệp (số, ngày) và phương án tự chủ được phê duyệt.',
    legalBasis: [ND60],
  },
  'tai-chinh-cong.giai-ngan': {
    guidance: 'Vốn đầu tư công đã giải ngân trên vốn được giao trong kỳ, cùng đơn vị tính (triệu đồng); chậm giải ngân thì ghi nguyên nhân.',
    legalBasis: ['Luật Đầu tư công và các văn bản hướng dẫn thi hành'],
  },
  'tai-chinh-cong.quy-che-chi-tieu': {
    guidance: 'Xem Quy chế chi tiêu nội bộ hiện hành (số, ngày): được thảo luận công khai trong cơ quan, cập nhật khi định mức thay đổi và được thực hiện đúng.',
    legalBasis: [
      'Nghị định số 130/2005/NĐ-CP của Chính phủ về chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước (sửa đổi, bổ sung bởi Nghị định số 117/2013/NĐ-CP)',
      ND60,
    ],
  },
  'chinh-quyen-so.phan-mem-qlvb': {
    guidance: 'Số cán bộ, công chức có tài khoản và thực tế xử lý văn bản trên phần mềm quản lý văn bản và điều hành, trên tổng số cán bộ, công chức.',
    legalBasis: [ND30],
  },
  'chinh-quyen-so.van-ban-dien-tu': {
    guidance: 'Trên phần mềm quản lý văn bản, số văn bản đi, đến được gửi, nhận dưới dạng điện tử trên tổng số văn bản, không tính văn bản mật.',
    legalBasis: [ND30],
  },
  'chinh-quyen-so.ky-so': {
    guidance: 'Số văn bản phát hành có chữ ký số của người có thẩm quyền và của cơ quan trên tổng số văn bản phát hành (trừ văn bản mật).',
    legalBasis: [ND30, ND68],
  },
  'chinh-quyen-so.ke-hoach-cds': {
    guidance: 'Xem Kế hoạch chuyển đổi số năm của Sở (số, ngày) và mức độ hoàn thành các nhiệm vụ trong kế hoạch.',
    legalBasis: ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia', NQ76],
  },
  'chinh-quyen-so.chung-thu-so': {
    guidance: 'Đếm chứng thư chữ ký số chuyên dùng công vụ đã cấp cho cá nhân và cơ quan; xem việc sử dụng, quản lý thiết bị ký số (USB token, ký số từ xa).',
    legalBasis: [ND68],
  },
  'chinh-quyen-so.an-toan-thong-tin': {
    guidance: 'Xem hồ sơ đề xuất cấp độ an toàn hệ thống thông tin, phương án bảo đảm an toàn thông tin và việc kiểm tra, đánh giá định kỳ.',
    legalBasis: ['Luật An toàn thông tin mạng số 86/2015/QH13', 'Nghị định số 85/2016/NĐ-CP của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ'],
  },
  'chinh-quyen-so.hop-truc-tuyen': {
    guidance: 'Đếm cuộc họp trực tuyến Sở chủ trì hoặc tham dự trong kỳ, qua hệ thống hội nghị truyền hình của tỉnh hoặc nền tảng họp trực tuyến được phép dùng.',
    legalBasis: [NQ76],
  },
  'chi-dao-dieu-hanh.ke-hoach-cchc': {
    guidance: 'Xem Kế hoạch cải cách hành chính năm của Sở (số, ngày): ban hành kịp thời sau kế hoạch của Ủy ban nhân dân tỉnh, có phân công đơn vị chủ trì và thời hạn hoàn thành.',
    legalBasis: [NQ76],
  },
  'chi-dao-dieu-hanh.bao-cao-dinh-ky': {
    guidance: 'Đếm báo cáo cải cách hành chính định kỳ (quý I, 6 tháng, 9 tháng, năm) gửi đúng hạn trên số báo cáo phải thực hiện trong kỳ.',
    legalBasis: [ND09, NQ76],
  },
  'chi-dao-dieu-hanh.tuyen-truyen': {
    guidance: 'Xem Kế hoạch tuyên truyền cải cách hành chính năm (số, ngày) và các hình thức đã thực hiện (trang thông tin điện tử, hội nghị, pa-nô, áp phích).',
    legalBasis: [NQ76],
  },
  'chi-dao-dieu-hanh.nhiem-vu-ubnd-giao': {
    guidance: 'Trên hệ thống theo dõi nhiệm vụ, đếm nhiệm vụ Ủy ban nhân dân tỉnh giao hoàn thành đúng hạn trên tổng số nhiệm vụ (ví dụ 42/55) và ghi số nhiệm vụ quá hạn.',
    legalBasis: ['Quy chế làm việc của Ủy ban nhân dân tỉnh', NQ76],
  },
  'chi-dao-dieu-hanh.sang-kien': {
    guidance: 'Đếm sáng kiến, mô hình, giải pháp mới về cải cách hành chính được áp dụng trong kỳ và ghi hiệu quả mang lại.',
    legalBasis: [NQ76],
  },
  'kiem-soat-tthc.ke-hoach': {
    guidance: 'Xem Kế hoạch kiểm soát TTHC năm (số, ngày): rà soát, đánh giá TTHC, truyền thông, kiểm tra việc giải quyết TTHC.',
    legalBasis: [ND63, TT02],
  },
  'kiem-soat-tthc.bao-cao-he-thong': {
    guidance: 'Xem báo cáo tình hình, kết quả kiểm soát và giải quyết TTHC được gửi trên Hệ thống thông tin báo cáo Chính phủ đúng kỳ hạn.',
    legalBasis: [ND63, ND09],
  },
  'kiem-soat-tthc.quy-trinh-noi-bo': {
    guidance: 'Số TTHC đã được phê duyệt quy trình nội bộ và cấu hình quy trình điện tử trên Hệ thống thông tin giải quyết TTHC của tỉnh, trên tổng số TTHC thuộc thẩm quyền.',
    legalBasis: [ND118, ND45],
  },
  'kiem-soat-tthc.dong-bo-csdl': {
    guidance: 'Xem việc công khai TTHC và đồng bộ trạng thái, kết quả giải quyết hồ sơ lên Cơ sở dữ liệu quốc gia về TTHC và Cổng Dịch vụ công quốc gia; hồ sơ trễ hạn do lỗi đồng bộ thì phối hợp xử lý.',
    legalBasis: [ND63, ND45],
  },
  'kiem-soat-tthc.tra-ket-qua-dien-tu': {
    guidance: 'Xem việc cấp kết quả giải quyết TTHC bản điện tử có giá trị pháp lý, được ký số và lưu vào kho dữ liệu của tổ chức, cá nhân.',
    legalBasis: [ND45, ND118],
  },
  'chi-tieu.dvc-toan-trinh': indicator('Số TTHC cung cấp dịch vụ công trực tuyến toàn trình trên số TTHC đủ điều kiện.', 'Cổng Dịch vụ công quốc gia', '80%'),
  'chi-tieu.ho-so-truc-tuyen': indicator('Số hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận.', 'Hệ thống thông tin giải quyết TTHC của tỉnh', '90%'),
  'chi-tieu.thanh-toan-truc-tuyen': indicator('Số giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán phí, lệ phí.', 'Hệ thống thông tin giải quyết TTHC của tỉnh', '80%'),
  'chi-tieu.so-hoa': indicator('Số hồ sơ, kết quả giải quyết TTHC được số hóa trên tổng số hồ sơ.', 'Hệ thống thông tin giải quyết TTHC của tỉnh', '95%'),
  'chi-tieu.dong-bo-ket-qua': indicator('Số kết quả giải quyết được đồng bộ lên Cổng Dịch vụ công quốc gia trên tổng số kết quả.', 'Cổng Dịch vụ công quốc gia', '100%'),
  'chi-tieu.ket-qua-dien-tu': indicator('Số kết quả giải quyết TTHC được cấp bản điện tử có giá trị pháp lý trên tổng số kết quả.', 'Hệ thống thông tin giải quyết TTHC của tỉnh', '100%'),
  'chi-tieu.tai-su-dung': indicator('Số hồ sơ có khai thác, sử dụng lại thông tin, dữ liệu đã số hóa trên tổng số hồ sơ.', 'Hệ thống thông tin giải quyết TTHC của tỉnh', '90%'),
  'chi-tieu.phan-anh-dung-han': indicator('Số phản ánh, kiến nghị xử lý đúng hạn trên tổng số tiếp nhận (Cổng Dịch vụ công quốc gia, Tổng đài 1022).', 'Hệ thống tiếp nhận, trả lời phản ánh, kiến nghị', '100%'),
  'chi-tieu.hai-long': indicator('Số đánh giá hài lòng của người dân, doanh nghiệp trên tổng số đánh giá.', 'Cổng Dịch vụ công quốc gia', '95%'),
};
