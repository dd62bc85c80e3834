import { FOLLOW_UP_PHRASES } from './followup.phrases';
import type { TemplatePhrases } from './phraseTypes';

/**
 * The report's wording for the CCHC checklist (cchc-so, version 1), in the
 * voice of seed 000. Data only: rewording a sentence is an edit here, never
 * in the drafting code. See phraseTypes.ts for the placeholders.
 */
export const CCHC_PHRASES: TemplatePhrases = {
  templateId: 'cchc-so',
  templateVersion: 1,
  followUp: FOLLOW_UP_PHRASES,
  sections: {
    'the-che': {
      area: 'công tác xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật',
      closing: {
        good: 'Nhìn chung công tác kiểm tra, rà soát, tham mưu ban hành văn bản QPPL được thực hiện đầy đủ, kịp thời, phù hợp với văn bản quy phạm pháp luật của cấp trên.',
        mixed: 'Nhìn chung công tác kiểm tra, rà soát, tham mưu ban hành văn bản QPPL cơ bản được thực hiện theo kế hoạch; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    tthc: {
      area: 'công tác cải cách thủ tục hành chính',
      closing: {
        good: 'Nhìn chung công tác cải cách thủ tục hành chính được thực hiện nghiêm túc, đầy đủ; hồ sơ TTHC được tiếp nhận, giải quyết đúng quy trình và đúng thời hạn quy định.',
        mixed: 'Nhìn chung công tác cải cách thủ tục hành chính cơ bản được thực hiện theo quy định; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'bo-may': {
      area: 'công tác cải cách tổ chức bộ máy',
      closing: {
        good: 'Nhìn chung việc sắp xếp, kiện toàn tổ chức bộ máy được thực hiện kịp thời, đúng quy định.',
        mixed: 'Nhìn chung việc sắp xếp, kiện toàn tổ chức bộ máy cơ bản được thực hiện theo quy định; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'cong-vu': {
      area: 'công tác cải cách chế độ công vụ',
      closing: {
        good: 'Nhìn chung công tác cải cách chế độ công vụ được thực hiện nghiêm túc, đúng quy định.',
        mixed: 'Nhìn chung công tác cải cách chế độ công vụ cơ bản được thực hiện theo quy định; tuy nhiên, {topics} chưa hoàn thành.',
      },
    },
    'tai-chinh-cong': {
      area: 'công tác cải cách tài chính công',
      closing: {
        good: 'Nhìn chung việc quản lý, sử dụng ngân sách và tài sản công được thực hiện đúng quy định.',
        mixed: 'Nhìn chung việc quản lý, sử dụng ngân sách và tài sản công cơ bản đúng quy định; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'chinh-quyen-so': {
      area: 'công tác xây dựng và phát triển chính quyền điện tử, chính quyền số',
      closing: {
        good: 'Nhìn chung việc ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử, chính quyền số được thực hiện đúng mục tiêu kế hoạch đề ra.',
        mixed: 'Nhìn chung việc ứng dụng công nghệ thông tin, xây dựng chính quyền điện tử, chính quyền số cơ bản đạt mục tiêu kế hoạch; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'chi-dao-dieu-hanh': {
      area: 'công tác chỉ đạo, điều hành cải cách hành chính',
      closing: {
        good: 'Nhìn chung công tác chỉ đạo, điều hành cải cách hành chính được quan tâm, triển khai kịp thời, đầy đủ.',
        mixed: 'Nhìn chung công tác chỉ đạo, điều hành cải cách hành chính cơ bản được triển khai theo kế hoạch; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'kiem-soat-tthc': {
      area: 'công tác kiểm soát thủ tục hành chính',
      intro: {
        good: 'Qua kiểm tra, các phòng, đơn vị cơ bản đã hoàn thành các nhiệm vụ đề ra trong kế hoạch kiểm soát TTHC, cụ thể như sau:',
        mixed: 'Qua kiểm tra, các phòng, đơn vị đã triển khai các nhiệm vụ đề ra trong kế hoạch kiểm soát TTHC, còn một số nhiệm vụ chưa hoàn thành, cụ thể như sau:',
      },
      closing: {
        good: 'Việc cung cấp TTHC trên môi trường điện tử đã tạo điều kiện thuận lợi cho tổ chức, cá nhân trong quá trình thực hiện TTHC.',
        mixed: 'Công tác kiểm soát TTHC cơ bản được thực hiện theo kế hoạch; tuy nhiên, {topics} chưa đạt yêu cầu.',
      },
    },
    'chi-tieu': {
      area: 'việc thực hiện nhiệm vụ, chỉ tiêu được giao',
      intro: {
        good: 'Qua kiểm tra, các phòng, đơn vị đã hoàn thành các nhiệm vụ, chỉ tiêu được giao (chi tiết tại {annex} kèm theo), cụ thể:',
        mixed: 'Qua kiểm tra, kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao như sau (chi tiết tại {annex} kèm theo):',
      },
      closing: {
        good: 'Các chỉ tiêu được giao có số liệu đều đạt so với kế hoạch đề ra.',
        mixed: 'Nhìn chung các nhiệm vụ được giao cơ bản được triển khai; tuy nhiên, {topics} chưa đạt chỉ tiêu được giao.',
      },
    },
  },
  items: {
    'the-che.ke-hoach-vbqppl': {
      topic: 'việc ban hành kế hoạch xây dựng, kiểm tra, rà soát văn bản QPPL',
      outcomes: {
        dat: [
          { text: '{units} đã tham mưu xây dựng, tổ chức triển khai thực hiện {docs}.' },
          { text: '{units} đã tham mưu xây dựng, tổ chức triển khai thực hiện kế hoạch xây dựng, kiểm tra, xử lý và rà soát văn bản QPPL trong năm.' },
        ],
        'dat-mot-phan': [{ text: '{units} đã xây dựng {docs}, nhưng việc triển khai thực hiện chưa đầy đủ.' }, { text: '{units} đã xây dựng kế hoạch xây dựng, kiểm tra, rà soát văn bản QPPL, nhưng việc triển khai thực hiện chưa đầy đủ.' }],
        'khong-dat': [{ text: '{units} chưa ban hành kế hoạch xây dựng, kiểm tra, rà soát văn bản QPPL trong năm.' }],
      },
    },
    'the-che.so-vbqppl-tham-muu': {
      topic: 'việc tham mưu xây dựng, ban hành văn bản QPPL',
      outcomes: {
        dat: [
          { text: '{units} đã tham mưu xây dựng, ban hành {n} văn bản QPPL ({docRefs}).' },
          { text: '{units} đã tham mưu xây dựng, ban hành {n} văn bản QPPL.' },
          { text: 'Trong kỳ kiểm tra, {units} không có văn bản QPPL phải tham mưu xây dựng, ban hành.', whenZero: true },
        ],
      },
    },
    'the-che.ra-soat-he-thong-hoa': {
      topic: 'việc rà soát, hệ thống hóa văn bản QPPL',
      outcomes: {
        dat: [
          { text: '{units} đã rà soát, hệ thống hóa văn bản QPPL, đề xuất bãi bỏ, sửa đổi {n} văn bản không còn phù hợp tại {docRefs}.' },
          { text: '{units} đã rà soát, hệ thống hóa văn bản QPPL, đề xuất bãi bỏ, sửa đổi {n} văn bản không còn phù hợp.' },
          { text: '{units} đã rà soát, hệ thống hóa văn bản QPPL; qua rà soát không có văn bản phải đề nghị bãi bỏ, sửa đổi.', whenZero: true },
        ],
      },
    },
    'the-che.theo-doi-thi-hanh': {
      topic: 'việc theo dõi tình hình thi hành pháp luật',
      outcomes: {
        dat: [
          { text: '{units} đã tham mưu xây dựng, triển khai thực hiện {docs}; hiện đã hoàn thành các nhiệm vụ đề ra trong kế hoạch.' },
          { text: '{units} đã tham mưu xây dựng, triển khai thực hiện kế hoạch theo dõi tình hình thi hành pháp luật; hiện đã hoàn thành các nhiệm vụ đề ra trong kế hoạch.' },
        ],
        'dat-mot-phan': [{ text: '{units} đã xây dựng {docs}, nhưng chưa hoàn thành các nhiệm vụ đề ra trong kế hoạch.' }],
      },
    },
    'the-che.pho-bien-phap-luat': { topic: 'công tác phổ biến, giáo dục pháp luật', outcomes: { dat: [{ text: '{units} đã thực hiện tốt công tác phổ biến, giáo dục pháp luật đến cán bộ, công chức, viên chức.' }] } },

    'tthc.cong-bo-dung-han': {
      topic: 'việc tham mưu công bố danh mục TTHC',
      outcomes: {
        dat: [
          { text: '{units} đã phối hợp tham mưu trình UBND tỉnh ban hành đúng thời hạn {num}/{den} Quyết định công bố TTHC, {result} ({docRefs}).' },
          { text: '{units} đã phối hợp tham mưu trình UBND tỉnh ban hành đúng thời hạn {num}/{den} Quyết định công bố TTHC, {result}.' },
        ],
        'khong-dat': [{ text: '{units} mới tham mưu ban hành đúng thời hạn {num}/{den} Quyết định công bố TTHC, {result}.' }],
      },
    },
    'tthc.ra-soat-don-gian-hoa': {
      topic: 'tỷ lệ rà soát, đơn giản hóa TTHC',
      targetBy: 'UBND tỉnh đề ra',
      outcomes: {
        dat: [
          { text: '{units} đã tham mưu rà soát, đơn giản hóa TTHC thuộc thẩm quyền giải quyết, đề xuất cắt giảm thời gian, thành phần hồ sơ đối với {num}/{den} TTHC tại {docRefs}, {result}.' },
          { text: '{units} đã tham mưu rà soát, đơn giản hóa TTHC thuộc thẩm quyền giải quyết, đề xuất cắt giảm thời gian, thành phần hồ sơ đối với {num}/{den} TTHC, {result}.' },
        ],
        'khong-dat': [{ text: '{units} đã rà soát, đề xuất đơn giản hóa {num}/{den} TTHC, {result}.' }],
      },
    },
    'tthc.dvc-toan-trinh': {
      topic: 'việc cung cấp dịch vụ công trực tuyến toàn trình',
      outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} TTHC được cung cấp dịch vụ công trực tuyến toàn trình, {result}.' }] },
    },
    'tthc.dvc-mot-phan': {
      topic: 'việc cung cấp dịch vụ công trực tuyến một phần',
      outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} TTHC được cung cấp dịch vụ công trực tuyến một phần, {result}.' }] },
    },
    'tthc.khong-phu-thuoc-dia-gioi': {
      topic: 'việc thực hiện TTHC không phụ thuộc vào địa giới hành chính',
      outcomes: {
        dat: [
          { text: 'Hiện {num}/{den} TTHC của {units} được thực hiện theo dịch vụ công trực tuyến và không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh tại {docRefs}, {result}.' },
          { text: 'Hiện {num}/{den} TTHC của {units} được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh, {result}.' },
        ],
      },
    },
    'tthc.cong-khai': { topic: 'việc công khai, niêm yết TTHC', outcomes: { dat: [{ text: '{units} đã công khai, niêm yết đầy đủ TTHC đúng quy định.' }] } },
    'tthc.phan-anh-kien-nghi': {
      topic: 'việc xử lý phản ánh, kiến nghị về TTHC',
      outcomes: {
        dat: [{ text: '{period}, {units} đã tiếp nhận và xử lý đúng hạn {num}/{den} phản ánh, kiến nghị của người dân, doanh nghiệp, {result}.' }, { text: '{units} đã tiếp nhận, xử lý đúng hạn các phản ánh, kiến nghị của người dân, doanh nghiệp.' }],
        'khong-phat-sinh': [
          { text: '{period}, {units} không nhận được phản ánh, kiến nghị của người dân và doanh nghiệp về giải quyết thủ tục hành chính trên Tổng đài 1022.' },
          { text: 'Trong kỳ kiểm tra, {units} không nhận được phản ánh, kiến nghị của người dân và doanh nghiệp về giải quyết thủ tục hành chính trên Tổng đài 1022.' },
        ],
      },
    },
    'tthc.mot-cua': {
      topic: 'việc thực hiện cơ chế một cửa, một cửa liên thông',
      outcomes: {
        dat: [{ text: '{units} thực hiện đúng cơ chế một cửa, một cửa liên thông trong giải quyết TTHC.' }],
        'khong-phat-sinh': [{ text: 'Về cơ chế một cửa liên thông: các TTHC của {units} đều thực hiện trong nội bộ và không có điều kiện để liên thông.' }],
      },
    },
    'tthc.ho-so-dung-han': {
      topic: 'tỷ lệ hồ sơ TTHC giải quyết đúng hạn',
      outcomes: {
        dat: [
          { text: '{period}, {units} đã tiếp nhận, luân chuyển và giải quyết hồ sơ TTHC theo đúng quy trình điện tử đã được công bố tại {docRefs}, trong đó {num}/{den} hồ sơ được giải quyết đúng, trước hạn, {result}.' },
          { text: '{units} đã tiếp nhận, luân chuyển và giải quyết hồ sơ TTHC theo đúng quy trình điện tử đã được công bố tại {docRefs}, trong đó {num}/{den} hồ sơ được giải quyết đúng, trước hạn, {result}.' },
          { text: '{units} đã tiếp nhận, giải quyết hồ sơ TTHC, trong đó {num}/{den} hồ sơ được giải quyết đúng, trước hạn, {result}.' },
        ],
        'khong-dat': [{ text: '{units} đã giải quyết đúng, trước hạn {num}/{den} hồ sơ TTHC, {result}.' }],
      },
    },
    'tthc.ho-so-tre-han': {
      topic: 'việc xử lý hồ sơ trễ hạn',
      outcomes: {
        dat: [
          { text: '{units} không có hồ sơ TTHC trễ hạn.', whenZero: true },
          { text: '{units} có {n} hồ sơ trễ hạn và đã thực hiện xin lỗi tổ chức, cá nhân theo quy định.' },
        ],
        'khong-dat': [{ text: '{units} có {n} hồ sơ trễ hạn, chưa thực hiện đầy đủ việc xin lỗi tổ chức, cá nhân theo quy định.' }],
        'khong-phat-sinh': [{ text: '{units} không có hồ sơ TTHC trễ hạn.' }],
      },
    },
    'tthc.so-hoa': {
      topic: 'tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
      outcomes: { dat: [{ text: '{units} đã số hóa {num}/{den} hồ sơ, kết quả giải quyết TTHC, {result}.' }], 'khong-dat': [{ text: '{units} mới số hóa {num}/{den} hồ sơ, kết quả giải quyết TTHC, {result}.' }] },
    },
    'tthc.thanh-toan-truc-tuyen': {
      topic: 'tỷ lệ thanh toán trực tuyến phí, lệ phí',
      outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} giao dịch thanh toán phí, lệ phí được thực hiện trực tuyến, {result}.' }] },
    },

    'bo-may.chuc-nang-nhiem-vu': {
      topic: 'việc tham mưu quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức',
      outcomes: {
        dat: [
          { text: '{units} đã hoàn thành việc tham mưu UBND tỉnh ban hành kịp thời {docs}.' },
          { text: '{units} đã hoàn thành việc tham mưu ban hành quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.' },
        ],
        'dat-mot-phan': [{ text: '{units} đang tham mưu sửa đổi quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.' }],
      },
    },
    'bo-may.bien-che': { topic: 'việc sử dụng biên chế', outcomes: { dat: [{ text: '{units} sử dụng {num}/{den} biên chế được giao, trong số lượng được giao.' }, { text: '{units} sử dụng biên chế trong số lượng được giao.' }] } },
    'bo-may.don-vi-su-nghiep': { topic: 'việc thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập', outcomes: { dat: [{ text: '{units} có {n} đơn vị sự nghiệp công lập, thực hiện cơ chế tự chủ theo quy định.' }, { text: '{units} thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập theo quy định.' }] } },
    'bo-may.phan-cap-uy-quyen': { topic: 'việc phân cấp, ủy quyền trong quản lý', outcomes: { dat: [{ text: '{units} đã thực hiện phân cấp, ủy quyền trong quản lý theo quy định.' }] } },

    'cong-vu.vi-tri-viec-lam': {
      topic: 'việc xây dựng đề án vị trí việc làm',
      outcomes: {
        dat: [{ text: '{units} đã xây dựng và thực hiện đề án vị trí việc làm được phê duyệt tại {docRefs}.' }, { text: '{units} đã xây dựng và thực hiện đề án vị trí việc làm được phê duyệt.' }],
        'dat-mot-phan': [{ text: 'Về xây dựng đề án vị trí việc làm: {note}' }, { text: '{units} đang xây dựng đề án vị trí việc làm, chưa trình phê duyệt.' }],
        'khong-dat': [{ text: '{units} chưa xây dựng đề án vị trí việc làm.' }],
      },
    },
    'cong-vu.tuyen-dung-bo-nhiem': {
      topic: 'việc tuyển dụng, bổ nhiệm',
      outcomes: {
        dat: [{ text: '{units} đã thực hiện tuyển dụng, bổ nhiệm {n} trường hợp đúng quy trình, quy định.' }, { text: '{period}, {units} không thực hiện tuyển dụng, bổ nhiệm mới.', whenZero: true }],
        'khong-phat-sinh': [{ text: '{period}, {units} không thực hiện tuyển dụng, bổ nhiệm mới.' }],
      },
    },
    'cong-vu.ky-luat-ky-cuong': {
      topic: 'việc chấp hành kỷ luật, kỷ cương hành chính',
      outcomes: {
        dat: [
          { text: 'Cán bộ, công chức, người lao động của {units} đã nghiêm chỉnh chấp hành nội quy, quy chế làm việc; trong kỳ báo cáo không có trường hợp vi phạm để xử lý kỷ luật.', whenZero: true },
          { text: 'Cán bộ, công chức, người lao động của {units} đã nghiêm chỉnh chấp hành nội quy, quy chế làm việc của cơ quan, đơn vị.' },
        ],
        'khong-dat': [{ text: 'Tại {units} có {n} trường hợp vi phạm kỷ luật, kỷ cương hành chính.' }],
        'khong-phat-sinh': [{ text: 'Trong kỳ báo cáo, {units} không có trường hợp vi phạm để xử lý kỷ luật.' }],
      },
    },
    'cong-vu.dao-tao': {
      topic: 'công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
      outcomes: { dat: [{ text: '{units} đã triển khai kế hoạch đào tạo, bồi dưỡng với {n} lượt người tham gia.' }, { text: '{units} đã triển khai kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức trong năm.' }] },
    },

    'tai-chinh-cong.ngan-sach': { topic: 'việc quản lý, sử dụng ngân sách nhà nước', outcomes: { dat: [{ text: '{units} thực hiện đúng quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước.' }] } },
    'tai-chinh-cong.tai-san-cong': { topic: 'việc quản lý, sử dụng tài sản công', outcomes: { dat: [{ text: '{units} quản lý, sử dụng tài sản công đúng quy định.' }] } },
    'tai-chinh-cong.tu-chu': {
      topic: 'việc thực hiện cơ chế tự chủ tài chính',
      outcomes: { dat: [{ text: 'Thực hiện cơ chế tự chủ tại đơn vị sự nghiệp công lập: {units} thực hiện nghiêm {docs}.' }, { text: '{units} thực hiện cơ chế tự chủ tài chính tại đơn vị sự nghiệp công lập theo quy định.' }] },
    },
    'tai-chinh-cong.giai-ngan': { topic: 'việc giải ngân vốn đầu tư công', outcomes: { dat: [{ text: '{units} đã giải ngân {num}/{den} triệu đồng vốn đầu tư công được giao, {result}.' }] } },
    'tai-chinh-cong.quy-che-chi-tieu': { topic: 'việc ban hành quy chế chi tiêu nội bộ', outcomes: { dat: [{ text: '{units} đã ban hành và thực hiện {docs}.' }, { text: '{units} đã ban hành và thực hiện quy chế chi tiêu nội bộ.' }] } },

    'chinh-quyen-so.phan-mem-qlvb': {
      topic: 'việc sử dụng phần mềm quản lý văn bản',
      outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} cán bộ, công chức, viên chức sử dụng phần mềm quản lý văn bản để quản lý, điều hành và xử lý công việc, {result}.' }] },
    },
    'chinh-quyen-so.van-ban-dien-tu': {
      topic: 'tỷ lệ văn bản đi, đến được gửi, nhận dưới dạng điện tử',
      outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} văn bản đi, đến được thực hiện điện tử (trừ văn bản mật), {result}.' }] },
    },
    'chinh-quyen-so.ky-so': { topic: 'tỷ lệ văn bản được ký số', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} văn bản phát hành được ký số, {result}.' }] } },
    'chinh-quyen-so.ke-hoach-cds': {
      topic: 'việc xây dựng kế hoạch chuyển đổi số',
      outcomes: { dat: [{ text: '{units} đã tham mưu xây dựng, tổ chức triển khai thực hiện {docs}.' }, { text: '{units} đã tham mưu xây dựng, tổ chức triển khai thực hiện kế hoạch chuyển đổi số.' }] },
    },
    'chinh-quyen-so.chung-thu-so': { topic: 'việc cấp, sử dụng chứng thư số', outcomes: { dat: [{ text: '{units} đã được cấp và sử dụng {n} chứng thư số.' }, { text: '{units} đã được cấp và sử dụng chứng thư số theo quy định.' }] } },
    'chinh-quyen-so.an-toan-thong-tin': { topic: 'việc bảo đảm an toàn thông tin mạng', outcomes: { dat: [{ text: '{units} đã thực hiện các biện pháp bảo đảm an toàn thông tin mạng.' }] } },
    'chinh-quyen-so.hop-truc-tuyen': { topic: 'việc tổ chức họp trực tuyến', outcomes: { dat: [{ text: '{units} đã tổ chức {n} cuộc họp trực tuyến.' }, { text: '{units} đã tổ chức họp trực tuyến theo quy định.' }] } },

    'chi-dao-dieu-hanh.ke-hoach-cchc': {
      topic: 'việc ban hành kế hoạch cải cách hành chính năm',
      outcomes: { dat: [{ text: '{units} đã tham mưu xây dựng, theo dõi, đôn đốc triển khai thực hiện {docs}.' }, { text: '{units} đã tham mưu xây dựng, theo dõi, đôn đốc triển khai thực hiện kế hoạch cải cách hành chính năm.' }] },
    },
    'chi-dao-dieu-hanh.bao-cao-dinh-ky': {
      topic: 'việc thực hiện chế độ báo cáo định kỳ',
      outcomes: {
        dat: [{ text: '{units} đã tham mưu thực hiện nghiêm chế độ báo cáo định kỳ công tác CCHC, kiểm soát TTHC với {num}/{den} báo cáo đầy đủ và đúng thời gian theo quy định, {result}.' }],
        'khong-dat': [{ text: '{units} mới thực hiện đúng hạn {num}/{den} báo cáo định kỳ công tác CCHC, {result}.' }],
      },
    },
    'chi-dao-dieu-hanh.tuyen-truyen': { topic: 'công tác tuyên truyền cải cách hành chính', outcomes: { dat: [{ text: '{units} đã xây dựng, triển khai {docs} về tuyên truyền cải cách hành chính.' }, { text: '{units} đã triển khai công tác tuyên truyền cải cách hành chính.' }] } },
    'chi-dao-dieu-hanh.nhiem-vu-ubnd-giao': {
      topic: 'việc thực hiện nhiệm vụ UBND tỉnh giao',
      outcomes: { dat: [{ text: '{units} đã hoàn thành đúng hạn {num}/{den} nhiệm vụ UBND tỉnh giao, {result}.' }], 'khong-dat': [{ text: '{units} mới hoàn thành đúng hạn {num}/{den} nhiệm vụ UBND tỉnh giao, {result}.' }] },
    },
    'chi-dao-dieu-hanh.sang-kien': { topic: 'việc triển khai sáng kiến, mô hình mới', outcomes: { dat: [{ text: '{units} đã triển khai {n} sáng kiến, mô hình mới trong cải cách hành chính.' }] } },

    'kiem-soat-tthc.ke-hoach': {
      topic: 'việc xây dựng kế hoạch kiểm soát TTHC',
      outcomes: { dat: [{ text: '{units} đã hoàn thành việc xây dựng, triển khai thực hiện đầy đủ nhiệm vụ tại {docs}.' }, { text: '{units} đã hoàn thành việc xây dựng, triển khai thực hiện kế hoạch kiểm soát TTHC năm.' }] },
    },
    'kiem-soat-tthc.bao-cao-he-thong': { topic: 'việc báo cáo trên Hệ thống thông tin báo cáo Chính phủ', outcomes: { dat: [{ text: '{units} thực hiện đầy đủ các chế độ báo cáo định kỳ, đột xuất trên Hệ thống thông tin báo cáo Chính phủ.' }] } },
    'kiem-soat-tthc.quy-trinh-noi-bo': { topic: 'việc cấu hình quy trình điện tử giải quyết TTHC', outcomes: { dat: [{ text: '{units} đã cấu hình quy trình nội bộ điện tử cho {num}/{den} TTHC trên phần mềm một cửa điện tử, {result}.' }, { text: '{units} thường xuyên kiểm tra, rà soát và cấu hình quy trình nội bộ điện tử trên phần mềm một cửa điện tử.' }] } },
    'kiem-soat-tthc.dong-bo-csdl': { topic: 'việc đồng bộ dữ liệu lên Cơ sở dữ liệu quốc gia về TTHC', outcomes: { dat: [{ text: 'Các TTHC của {units} đều được đồng bộ lên Cơ sở dữ liệu quốc gia về TTHC.' }] } },
    'kiem-soat-tthc.tra-ket-qua-dien-tu': { topic: 'việc trả kết quả giải quyết TTHC điện tử', outcomes: { dat: [{ text: 'Việc trả kết quả bản điện tử cho tổ chức, cá nhân tại {units} được cập nhật trên hệ thống phần mềm một cửa điện tử.' }] } },

    'chi-tieu.dvc-toan-trinh': {
      topic: 'tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình',
      outcomes: {
        dat: [{ text: 'Tại {units}, {num}/{den} TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, {result}.' }],
        'khong-dat': [{ text: 'Tại {units}, {num}/{den} TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, {result}.' }],
      },
    },
    'chi-tieu.ho-so-truc-tuyen': { topic: 'tỷ lệ hồ sơ trực tuyến', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} hồ sơ được tiếp nhận trực tuyến, {result}.' }] } },
    'chi-tieu.thanh-toan-truc-tuyen': { topic: 'tỷ lệ thanh toán trực tuyến', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} giao dịch thanh toán được thực hiện trực tuyến, {result}.' }] } },
    'chi-tieu.so-hoa': { topic: 'tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} hồ sơ, kết quả giải quyết TTHC được số hóa, {result}.' }] } },
    'chi-tieu.dong-bo-ket-qua': { topic: 'tỷ lệ kết quả giải quyết được đồng bộ lên Cổng Dịch vụ công quốc gia', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} kết quả giải quyết TTHC được đồng bộ lên Cổng Dịch vụ công quốc gia, {result}.' }] } },
    'chi-tieu.ket-qua-dien-tu': { topic: 'tỷ lệ cấp kết quả giải quyết TTHC điện tử', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} kết quả giải quyết TTHC được cấp dưới dạng điện tử, {result}.' }] } },
    'chi-tieu.tai-su-dung': { topic: 'tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} hồ sơ được khai thác, sử dụng lại dữ liệu số hóa, {result}.' }] } },
    'chi-tieu.phan-anh-dung-han': { topic: 'tỷ lệ xử lý phản ánh, kiến nghị đúng hạn', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} phản ánh, kiến nghị được xử lý đúng hạn, {result}.' }] } },
    'chi-tieu.hai-long': { topic: 'mức độ hài lòng của người dân, doanh nghiệp', outcomes: { dat: [{ text: 'Tại {units}, {num}/{den} lượt đánh giá của người dân, doanh nghiệp hài lòng, {result}.' }] } },
  },
  fallback: {
    dat: [
      { text: 'Về {topic}, {units} đã thực hiện theo {docs}; {num}/{den}, {result}.' },
      { text: 'Về {topic}, {units} đã thực hiện theo {docs}.' },
      { text: 'Về {topic}, {units}: {num}/{den}, {result}.' },
      { text: 'Về {topic}, {units} đã thực hiện đầy đủ, đúng quy định.' },
    ],
    'dat-mot-phan': [
      { text: 'Về {topic}, {units} đã triển khai nhưng chưa đầy đủ: {note}' },
      { text: 'Về {topic}, {units} đã triển khai nhưng chưa đầy đủ; {num}/{den}, {result}.' },
      { text: 'Về {topic}, {units} đã triển khai nhưng chưa đầy đủ.' },
    ],
    'khong-dat': [
      { text: 'Về {topic}, {units} chưa đạt yêu cầu: {num}/{den}, {result}.' },
      { text: 'Về {topic}, {units} chưa đạt yêu cầu: {note}' },
      { text: 'Về {topic}, {units} chưa thực hiện đạt yêu cầu.' },
    ],
    'khong-phat-sinh': [{ text: 'Trong kỳ kiểm tra, tại {units} không phát sinh {topic}.' }],
  },
  manyUnits: {
    others: {
      dat: '{units} thực hiện đạt yêu cầu',
      'dat-mot-phan': '{units} thực hiện chưa đầy đủ',
      'khong-dat': '{units} chưa đạt yêu cầu',
      'khong-phat-sinh': '{units} không phát sinh nội dung này',
    },
    spread: 'tỷ lệ tại từng phòng, đơn vị từ {min} đến {max}',
  },
};
