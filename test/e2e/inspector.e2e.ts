/**
 * The inspector's day, as a person does it: set up an inspection, record
 * answers, evidence and findings, reload and find everything; refuse bad
 * input without storing it; search without diacritics.
 */
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist, type StaticServer } from './harness';
import { createInspection, fillNewInspection, item, MEMBERS, openSection, openUnit, savedStatus, typeAndWaitSaved, typeInvalid, UNITS, unsavedStatus } from './inspector-steps';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  // A fresh context is a fresh laptop: empty IndexedDB and localStorage.
  context = await browser.newContext({ locale: 'vi-VN' });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

const PAYMENT = 'Thanh toán trực tuyến phí, lệ phí';
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const RECRUIT = /Tuyển dụng, bổ nhiệm đúng quy trình/;

describe('inspector checklist', () => {
  it('records answers, evidence and findings that survive a reload', async () => {
    await createInspection(page, server.url);
    await openUnit(page, UNITS[1]);

    // Section 1: a verdict.
    await openSection(page, 'Thể chế');
    const plan = item(page, PLAN);
    await plan.getByRole('radio', { name: 'Đạt', exact: true }).check();
    await plan.getByText(`Người ghi: ${MEMBERS[1].name}`).waitFor();

    // Section 2: a ratio 13/21 against an 80 % target, evidence, a shortcoming, a recommendation.
    await openSection(page, 'Thủ tục hành chính');
    const payment = item(page, new RegExp(PAYMENT));
    await payment.getByLabel('Tử số').fill('13');
    await typeAndWaitSaved(page, payment.getByLabel('Mẫu số'), '21');
    expect(await payment.locator('.ratio-result').textContent()).toContain('61,90%');
    expect(await payment.locator('.ratio-result').textContent()).toContain('Chưa đạt chỉ tiêu (≥ 80%)');

    await payment.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await payment.getByLabel('Loại văn bản').selectOption({ label: 'Báo cáo' });
    await payment.getByLabel('Số, ký hiệu').fill('45/BC-VP');
    await payment.getByLabel('Ngày', { exact: true }).fill('30/09/2025');
    await payment.getByLabel('Trích yếu').fill('Kết quả thanh toán trực tuyến 9 tháng');
    await payment.getByLabel('Nơi xem').fill('Bộ phận một cửa');
    await payment.getByRole('button', { name: 'Lưu minh chứng' }).click();
    await payment.getByText('Báo cáo số 45/BC-VP ngày 30/9/2025').waitFor();

    const findings = page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ });
    await findings.getByRole('button', { name: 'Thêm tồn tại, hạn chế' }).click();
    await findings.getByLabel('Nội dung tồn tại, hạn chế').fill('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu');
    await findings.getByLabel('Nguyên nhân').fill('Người dân chưa quen thanh toán qua mạng');
    await findings.getByRole('button', { name: 'Lưu' }).click();
    await findings.getByLabel('Nội dung tồn tại, hạn chế').waitFor({ state: 'detached' });
    await findings.getByText('Tỷ lệ thanh toán trực tuyến chưa đạt chỉ tiêu').waitFor();

    await findings.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    expect(await findings.getByLabel('Đơn vị thực hiện').inputValue()).toBe(UNITS[1]);
    await findings.getByLabel('Nội dung kiến nghị').fill('Tuyên truyền, hướng dẫn thanh toán trực tuyến');
    await findings.getByLabel('Thời hạn').fill('31/12/2025');
    await findings.getByRole('button', { name: 'Lưu' }).click();
    // The form closes once the recommendation is stored; until then its text is on screen twice.
    await findings.getByLabel('Nội dung kiến nghị').waitFor({ state: 'detached' });
    await findings.getByText('Tuyên truyền, hướng dẫn thanh toán trực tuyến').waitFor();

    // Section 4: a count and a comment.
    await openSection(page, 'Công vụ');
    const recruit = item(page, RECRUIT);
    await typeAndWaitSaved(page, recruit.getByLabel(/Số lượng/), '3');
    await typeAndWaitSaved(page, recruit.getByLabel('Nhận xét'), 'Hồ sơ tuyển dụng đầy đủ');

    await page.reload();
    await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).waitFor();
    // The reload returns to the same unit and section.
    expect(await item(page, RECRUIT).getByLabel(/Số lượng/).inputValue()).toBe('3');
    expect(await item(page, RECRUIT).getByLabel('Nhận xét').inputValue()).toBe('Hồ sơ tuyển dụng đầy đủ');
    const nav = page.getByRole('navigation', { name: 'Nội dung kiểm tra' });
    expect(await nav.getByRole('link', { name: /^2\. Thủ tục hành chính/ }).textContent()).toContain('1/12');
    expect(await nav.getByRole('link', { name: /^4\. Công vụ/ }).textContent()).toContain('1/4');

    await openSection(page, 'Thủ tục hành chính');
    const again = item(page, new RegExp(PAYMENT));
    expect(await again.getByLabel('Tử số').inputValue()).toBe('13');
    expect(await again.getByLabel('Mẫu số').inputValue()).toBe('21');
    expect(await again.locator('.ratio-result').textContent()).toContain('61,90%');
    expect(await again.locator('.ratio-result').textContent()).toContain('Chưa đạt chỉ tiêu');
    expect(await again.textContent()).toContain('Báo cáo số 45/BC-VP ngày 30/9/2025');
    expect(await again.textContent()).toContain('xem tại: Bộ phận một cửa');
    expect(await again.textContent()).toContain(`Người ghi: ${MEMBERS[1].name}`);
    const region = page.getByRole('region', { name: /Đánh giá chung nội dung Thủ tục hành chính/ });
    expect(await region.textContent()).toContain('Nguyên nhân: Người dân chưa quen thanh toán qua mạng');
    expect(await region.textContent()).toContain(`${UNITS[1]}: Tuyên truyền, hướng dẫn thanh toán trực tuyến (thời hạn: 31/12/2025)`);

    await openSection(page, 'Thể chế');
    expect(await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    // The other unit has nothing recorded.
    await openUnit(page, UNITS[0]);
    expect(await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(false);

    // The list shows the inspection with its two units.
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Sở Khoa học và Công nghệ' });
    expect(await card.textContent()).toContain('2 đơn vị được kiểm tra');
    expect(await card.textContent()).toContain('01/01/2025 – 30/9/2025');
  });

  it('refuses 21/13, a negative count and 31/02/2025, stores none of them, and keeps them with their errors after a reload', async () => {
    await createInspection(page, server.url);
    await openSection(page, 'Công vụ');
    const recruit = item(page, RECRUIT);
    await typeAndWaitSaved(page, recruit.getByLabel(/Số lượng/), '5');
    await typeInvalid(page, recruit.getByLabel(/Số lượng/), '-3', recruit, 'Số lượng không được là số âm.');

    await openSection(page, 'Thủ tục hành chính');
    const payment = item(page, new RegExp(PAYMENT));
    await payment.getByLabel('Tử số').fill('21');
    await typeInvalid(page, payment.getByLabel('Mẫu số'), '13', payment, 'Tử số (21) không được lớn hơn mẫu số (13)');
    expect(await payment.locator('.ratio-result').textContent()).not.toContain('%)');

    await openSection(page, 'Thể chế');
    // The plan's số and ngày go through its document field; an impossible date is refused there.
    const plan = item(page, PLAN);
    await plan.getByLabel('Kế hoạch (số, ngày, trích yếu)').fill('Kế hoạch số 105/KH-SKHCN ngày 31/02/2025');
    await plan.getByRole('button', { name: 'Ghi văn bản' }).click();
    await plan.getByRole('alert').getByText('Ngày 31/02/2025 không có thật. Hãy kiểm tra lại ngày ban hành văn bản.').waitFor();
    // The header never says "Đã lưu" while typed values are not stored: the count and both numbers of the pair.
    await unsavedStatus(page, 3).waitFor();

    await page.reload();
    await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).waitFor();
    await unsavedStatus(page, 3).waitFor();
    expect(await savedStatus(page).count()).toBe(0);
    // Nothing was stored for the plan.
    expect(await item(page, PLAN).getByRole('region', { name: 'Văn bản, tài liệu minh chứng' }).getByRole('listitem').count()).toBe(0);
    expect(await item(page, PLAN).getByText('Người ghi:').count()).toBe(0);

    // The header links lead to the refused pair, still typed, with its message.
    await unsavedStatus(page).getByRole('link', { name: /mục 2\./ }).first().click();
    const paymentAgain = item(page, new RegExp(PAYMENT));
    expect(await paymentAgain.getByLabel('Tử số').inputValue()).toBe('21');
    expect(await paymentAgain.getByLabel('Mẫu số').inputValue()).toBe('13');
    await paymentAgain.getByRole('alert').filter({ hasText: 'Tử số (21) không được lớn hơn mẫu số (13)' }).waitFor();
    expect(await paymentAgain.getByText('Người ghi:').count()).toBe(0);

    // Correcting the pair stores it and takes it off the header's list.
    await paymentAgain.getByLabel('Mẫu số').fill('21');
    await unsavedStatus(page, 1).waitFor();
    await paymentAgain.getByText('Người ghi:').waitFor();

    await openSection(page, 'Công vụ');
    await item(page, RECRUIT).getByRole('alert').filter({ hasText: 'Số lượng không được là số âm.' }).waitFor();
    expect(await item(page, RECRUIT).getByLabel(/Số lượng/).inputValue()).toBe('-3');
  });

  it('refuses an impossible date in the set-up and creates nothing', async () => {
    await fillNewInspection(page, server.url);
    await page.getByLabel('Kiểm tra thực tế từ ngày').fill('31/02/2025');
    await page.getByLabel('Tên đơn vị 2').fill('');
    await page.getByRole('button', { name: 'Tạo cuộc kiểm tra' }).click();
    await page.getByRole('alert').filter({ hasText: /^Ngày không hợp lệ/ }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Hãy nhập tên đơn vị được kiểm tra.' }).waitFor();
    expect(page.url()).toMatch(/#\/new$/);
    await page.getByRole('link', { name: 'Tự Kiểm Tra' }).click();
    await page.getByText('Chưa có cuộc kiểm tra nào trên máy này').waitFor();
  });

  it('finds "cải cách" when searching "cai cach", in item texts and comments', async () => {
    await createInspection(page, server.url);
    await openSection(page, 'Tổ chức bộ máy');
    const delegation = item(page, /Phân cấp, ủy quyền trong quản lý/);
    await typeAndWaitSaved(page, delegation.getByLabel('Nhận xét'), 'Đơn vị chủ động đề xuất cải cách quy trình nội bộ');

    await page.getByLabel('Tìm trong phiếu của mọi đơn vị').fill('cai cach');
    const results = page.getByRole('region', { name: /Kết quả tìm/ });
    await results.getByRole('link', { name: /Tổ chức bộ máy — .*Phân cấp, ủy quyền trong quản lý/ }).waitFor();
    expect(await results.textContent()).toContain('Nhận xét: Đơn vị chủ động đề xuất cải cách quy trình nội bộ');
    await results.getByRole('link', { name: /Chỉ đạo.*Kế hoạch cải cách hành chính năm/ }).waitFor();
    expect(await results.textContent()).not.toContain('Thanh toán trực tuyến');

    await page.getByLabel('Tìm trong phiếu của mọi đơn vị').fill('don gian hoa');
    await results.getByRole('link', { name: /Rà soát, đơn giản hóa TTHC/ }).click();
    await item(page, /Rà soát, đơn giản hóa TTHC/).waitFor();
  });

  it('edits the set-up and filters the checklist to my assignments', async () => {
    await createInspection(page, server.url);
    await page.getByRole('navigation', { name: 'Các phần của cuộc kiểm tra' }).getByRole('link', { name: 'Thiết lập' }).click();
    await page.getByRole('heading', { name: 'Thiết lập cuộc kiểm tra' }).waitFor();
    expect(await page.getByLabel('Tên đơn vị 1').inputValue()).toBe(UNITS[0]);
    expect(await page.getByLabel('Tôi là').inputValue()).not.toBe('');
    await page.getByLabel('Tên đơn vị 1').fill('Văn phòng Sở (bộ phận một cửa)');
    await page.getByRole('button', { name: 'Chuyển đơn vị 2 lên' }).click();
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByText('Đã lưu thiết lập.').waitFor();

    await page.getByRole('link', { name: 'Đến phiếu kiểm tra' }).click();
    const units = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' });
    await units.getByRole('link').first().waitFor();
    expect(await units.getByRole('link').allTextContents()).toEqual([expect.stringContaining(UNITS[1]), expect.stringContaining('Văn phòng Sở (bộ phận một cửa)')]);

    // Trần Thị Bình is assigned the second unit and sections 2 and 4.
    await page.getByRole('checkbox', { name: 'Chỉ phần được phân công cho tôi' }).check();
    expect(await units.getByRole('link').count()).toBe(1);
    const sections = await page.getByRole('navigation', { name: 'Nội dung kiểm tra' }).getByRole('link').allTextContents();
    expect(sections.map((t) => t.replace(/\d+\/\d+$/, ''))).toEqual(['2. Thủ tục hành chính', '4. Công vụ']);
  });

  it('shows a Vietnamese message and a way back for an unknown inspection', async () => {
    await page.goto(`${server.url}#/i/khong-co/checklist`);
    await page.getByRole('heading', { name: 'Không tìm thấy cuộc kiểm tra' }).waitFor();
    await page.getByRole('link', { name: 'Về danh sách cuộc kiểm tra' }).click();
    await page.getByRole('heading', { name: 'Các cuộc kiểm tra' }).waitFor();
  });
});
