/**
 * Vietnamese phrases in the register of the seed reports, assembled into
 * sentences by the generator. Realistic length and diacritics matter: they
 * drive the size of edits, packages, the DOCX and the memory figure.
 */
import { formatDate, formatNumber } from '../../shared/domain/format';
import type { Rng } from './rng';

export const UNIT_KINDS = ['Phòng', 'Trung tâm', 'Chi cục', 'Văn phòng', 'UBND xã', 'UBND phường'];
export const UNIT_NAMES = [
  'Kế hoạch - Tài chính',
  'Quản lý khoa học',
  'Quản lý công nghệ và Đổi mới sáng tạo',
  'Tiêu chuẩn Đo lường Chất lượng',
  'Thông tin và Thống kê khoa học',
  'Ứng dụng tiến bộ khoa học và công nghệ',
  'Thanh tra',
  'Tổ chức - Hành chính',
  'Phục vụ hành chính công',
  'Bình Lộc',
  'Xuân Lập',
  'Long Khánh',
  'Trảng Dài',
  'Tam Hiệp',
  'Hố Nai',
  'Phước Tân',
  'Long Bình',
  'Tân Phong',
];

export const PEOPLE = [
  'Nguyễn Văn Hùng',
  'Trần Thị Thu Hà',
  'Lê Minh Tuấn',
  'Phạm Thị Ngọc Ánh',
  'Hoàng Văn Đức',
  'Võ Thị Mỹ Linh',
  'Đặng Quốc Bảo',
  'Bùi Thị Hồng Nhung',
  'Đỗ Thanh Sơn',
  'Huỳnh Thị Kim Oanh',
];

export const POSITIONS = ['Phó Giám đốc Sở', 'Chánh Văn phòng Sở', 'Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên chính', 'Chuyên viên'];

export const DOC_SYMBOLS = ['KH-SKHCN', 'QĐ-SKHCN', 'BC-SKHCN', 'TB-SKHCN', 'KH-UBND', 'QĐ-UBND', 'BC-VP', 'CV-SKHCN'];

const OPENERS = [
  'Đơn vị đã ban hành Kế hoạch số {doc} ngày {date} về',
  'Trong kỳ kiểm tra, đơn vị đã tổ chức triển khai',
  'Qua kiểm tra hồ sơ, tài liệu cho thấy đơn vị đã thực hiện',
  'Đơn vị đã tham mưu Giám đốc Sở ban hành Quyết định số {doc} ngày {date} về',
  'Theo báo cáo và hồ sơ lưu trữ, đơn vị đã cơ bản hoàn thành',
  'Đoàn kiểm tra ghi nhận đơn vị đã chủ động thực hiện',
  'Tuy nhiên, việc thực hiện',
  'Đơn vị chưa kịp thời cập nhật',
];

const SUBJECTS = [
  'công tác cải cách hành chính năm 2025',
  'rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý',
  'tiếp nhận và giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
  'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia',
  'công khai, niêm yết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
  'tuyên truyền, phổ biến, giáo dục pháp luật cho cán bộ, công chức, viên chức',
  'kiểm tra, rà soát văn bản quy phạm pháp luật do Sở tham mưu ban hành',
  'ứng dụng phần mềm quản lý văn bản và điều hành trong xử lý công việc',
  'thực hiện chế độ báo cáo định kỳ quý I, 6 tháng, 9 tháng và năm',
  'kiện toàn tổ chức bộ máy, sử dụng biên chế được giao',
  'đào tạo, bồi dưỡng nâng cao năng lực đội ngũ công chức',
];

const CLOSERS = [
  'đúng quy định',
  'bảo đảm đúng tiến độ đề ra',
  'hồ sơ được giải quyết đúng hạn, không có hồ sơ trễ hạn',
  'tuy nhiên còn một số nội dung chưa đạt chỉ tiêu được giao',
  'nhưng chưa lưu đầy đủ hồ sơ, tài liệu minh chứng',
  'có báo cáo kết quả gửi Sở Nội vụ theo quy định',
  'đáp ứng yêu cầu của Ủy ban nhân dân tỉnh',
  'nguyên nhân chủ yếu do nhân sự thay đổi và khối lượng công việc lớn',
  'kết quả đạt {p} so với chỉ tiêu',
  'với {n} hồ sơ đã được tiếp nhận và xử lý',
];

const CAUSES = [
  'Nguyên nhân do đội ngũ công chức kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu.',
  'Nguyên nhân do hạ tầng công nghệ thông tin chưa đồng bộ, đường truyền còn chậm.',
  'Nguyên nhân do người dân chưa quen sử dụng dịch vụ công trực tuyến.',
  'Nguyên nhân do văn bản hướng dẫn của cấp trên ban hành chậm.',
];

const RECOMMEND = [
  'Tiếp tục rà soát, cập nhật và công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết.',
  'Khẩn trương số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo đúng chỉ tiêu được giao.',
  'Chấn chỉnh việc lưu trữ hồ sơ, tài liệu minh chứng phục vụ công tác kiểm tra.',
  'Tăng cường tuyên truyền, hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến toàn trình.',
  'Báo cáo kết quả khắc phục tồn tại, hạn chế về Đoàn kiểm tra trước thời hạn quy định.',
];

export function docNumber(rng: Rng): string {
  return `${rng.int(1, 250)}/${rng.pick(DOC_SYMBOLS)}`;
}

export function isoDateIn2025(rng: Rng): string {
  const m = rng.int(1, 10);
  const d = rng.int(1, 28);
  return `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One sentence of an inspector's note, 80–200 characters. */
export function sentence(rng: Rng): string {
  const fill = (s: string) =>
    s
      .replace('{doc}', docNumber(rng))
      .replace('{date}', formatDate(isoDateIn2025(rng)))
      .replace('{p}', `${rng.int(40, 100)},${rng.int(10, 99)}%`)
      .replace('{n}', formatNumber(rng.int(12, 2400)));
  return `${fill(rng.pick(OPENERS))} ${rng.pick(SUBJECTS)}, ${fill(rng.pick(CLOSERS))}.`;
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(rng: Rng, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(rng));
  return out.join(' ');
}

export function cause(rng: Rng): string {
  return rng.pick(CAUSES);
}

export function recommendation(rng: Rng): string {
  return `${rng.pick(RECOMMEND)} ${sentence(rng)}`;
}
