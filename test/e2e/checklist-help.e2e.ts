/**
 * A checklist that helps (issue 12, point 4), followed through the real UI:
 * the suggested verdict and its contradiction flag, "Không phát sinh" from a
 * 0/0 ratio, guidance on demand, one document-reference field, item filters
 * (verdict, unanswered, disagreement), previous/next section with the page
 * back at the top, and search across units that opens and highlights the item.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable } from './exchange-steps';
import { useLaptops } from './harness';
import { createInspection, item, openSection, openUnit, typeAndWaitSaved, UNITS, savedStatus } from './inspector-steps';

const lab = useLaptops();

async function ratio(page: Page, criterion: RegExp, numerator: string, denominator: string): Promise<void> {
  await item(page, criterion).getByLabel('Tử số').fill(numerator);
  await typeAndWaitSaved(page, item(page, criterion).getByLabel('Mẫu số'), denominator);
}


describe('a checklist that helps', () => {
  it('suggests the verdict from ratio and target, flags a contradiction, and offers “Không phát sinh” for 0/0', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openSection(page, 'Chỉ đạo, điều hành');
    const tasks = /Nhiệm vụ UBND tỉnh giao hoàn thành đúng hạn/;
    await ratio(page, tasks, '42', '55');
    await item(page, tasks).getByText('Gợi ý theo số liệu: Đạt một phần — 42/55 = 76,36%, chưa đạt chỉ tiêu ≥ 100%.').waitFor();
    await item(page, tasks).getByRole('radio', { name: 'Đạt', exact: true }).check();
    const flag = item(page, tasks).getByRole('alert');
    await flag.getByText(/Kết quả “Đạt” trái với số liệu: 42\/55 = 76,36%, chưa đạt chỉ tiêu ≥ 100%\./).waitFor();
    await item(page, tasks).getByRole('button', { name: 'Chọn “Đạt một phần” theo gợi ý' }).click();
    await flag.waitFor({ state: 'detached' });
    expect(await item(page, tasks).getByRole('radio', { name: 'Đạt một phần' }).isChecked()).toBe(true);

    // Section 9 now has a verdict too; nothing arose gives 0/0, which offers "Không phát sinh".
    await openSection(page, 'Nhiệm vụ, chỉ tiêu');
    const complaints = /Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn/;
    await ratio(page, complaints, '0', '0');
    await item(page, complaints).getByText(/Tử số và mẫu số đều bằng 0: trong kỳ không phát sinh/).waitFor();
    await item(page, complaints).getByRole('button', { name: 'Chọn “Không phát sinh” theo gợi ý' }).click();
    expect(await item(page, complaints).getByRole('radio', { name: 'Không phát sinh' }).isChecked()).toBe(true);
    expect(await item(page, complaints).textContent()).not.toContain('0/0');
  });

  it('shows guidance and legal basis on demand, and records a document typed once as its evidence', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openSection(page, 'Thủ tục hành chính');
    const late = item(page, /Hồ sơ trễ hạn và thư xin lỗi/);
    expect(await late.getByRole('region', { name: 'Hướng dẫn kiểm tra và căn cứ pháp lý' }).count()).toBe(0);
    await late.getByRole('button', { name: 'Hướng dẫn và căn cứ' }).click();
    const guidance = late.getByRole('region', { name: 'Hướng dẫn kiểm tra và căn cứ pháp lý' });
    expect(await guidance.textContent()).toContain('Thư xin lỗi');
    expect(await guidance.textContent()).toContain('Nghị định số 118/2025/NĐ-CP ngày 09/6/2025');

    await openSection(page, 'Thể chế');
    const plan = item(page, /^1\.1\. Ban hành Kế hoạch xây dựng/);
    expect(await plan.getByLabel('Ngày văn bản').count()).toBe(0);
    const field = plan.getByLabel('Kế hoạch (số, ngày, trích yếu)');
    // Without a date nothing is written, and the message says what is missing.
    await field.fill('Kế hoạch số 105/KH-SKHCN');
    await plan.getByRole('button', { name: 'Ghi văn bản' }).click();
    await plan.getByRole('alert').getByText(/^Chưa thấy ngày ban hành văn bản/).waitFor();
    expect(await plan.getByRole('region', { name: 'Văn bản, tài liệu minh chứng' }).getByRole('listitem').count()).toBe(0);

    await field.fill('số 105/KH-SKHCN ngày 15/01/2025 về xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm 2025');
    await plan.getByText('Sẽ ghi vào minh chứng: Kế hoạch số 105/KH-SKHCN ngày 15/01/2025 về xây dựng').waitFor();
    await plan.getByRole('button', { name: 'Ghi văn bản' }).click();
    const evidence = plan.getByRole('region', { name: 'Văn bản, tài liệu minh chứng' }).getByRole('listitem');
    await evidence.getByText('Kế hoạch số 105/KH-SKHCN ngày 15/01/2025').waitFor();
    expect(await evidence.textContent()).toContain('về xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm 2025');
    expect(await field.inputValue()).toBe('');
  });

  it('filters items by verdict and by “chưa có kết quả”, and moves between sections from the top', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openSection(page, 'Thể chế');
    await item(page, /Số văn bản quy phạm pháp luật đã tham mưu/).getByRole('radio', { name: 'Không đạt' }).check();
    await savedStatus(page).waitFor();

    await page.getByLabel('Hiện tiêu chí').selectOption({ label: 'Kết quả: Không đạt' });
    await page.getByText('Đang lọc “Không đạt”: 1/5 tiêu chí.').waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await item(page, /Số văn bản quy phạm pháp luật đã tham mưu/).waitFor();

    await page.getByLabel('Hiện tiêu chí').selectOption({ label: 'Chưa có kết quả' });
    await page.getByText('Đang lọc “Chưa có kết quả”: 4/5 tiêu chí.').waitFor();
    expect(await item(page, /Số văn bản quy phạm pháp luật đã tham mưu/).count()).toBe(0);
    await page.getByLabel('Hiện tiêu chí').selectOption({ label: 'Tất cả tiêu chí' });
    expect(await page.getByRole('article').count()).toBe(5);

    // From the end of a section, "next" opens the next one at its top.
    const pager = page.getByRole('navigation', { name: 'Nội dung trước và tiếp theo' });
    await pager.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await pager.getByRole('link', { name: 'Nội dung tiếp theo: 2. Thủ tục hành chính →' }).click();
    await page.getByRole('heading', { name: /^2\. Cải cách thủ tục hành chính/ }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await pager.getByRole('link', { name: '← Nội dung trước: 1. Thể chế' }).click();
    await page.getByRole('heading', { name: /^1\. Cải cách thể chế/ }).waitFor();
  });

  it('searches every unit and opens the item found, scrolled to and highlighted', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openUnit(page, UNITS[1]);
    await openSection(page, 'Công vụ');
    await typeAndWaitSaved(page, item(page, /Kế hoạch và kết quả đào tạo, bồi dưỡng/).getByLabel('Ghi nhận'), 'Cử 05 lượt công chức đi bồi dưỡng kỹ năng số');
    await openUnit(page, UNITS[0]);
    await openSection(page, 'Thể chế');

    await page.getByLabel('Tìm trong phiếu của mọi đơn vị').fill('ky nang so');
    const results = page.getByRole('region', { name: /Kết quả tìm/ });
    const hit = results.getByRole('link', { name: `${UNITS[1]} — 4. Công vụ — 4.4. Kế hoạch và kết quả đào tạo, bồi dưỡng` });
    await hit.waitFor();
    expect(await results.textContent()).toContain('Ghi nhận: Cử 05 lượt công chức đi bồi dưỡng kỹ năng số');
    await hit.click();

    const unitLink = page.getByRole('navigation', { name: 'Đơn vị được kiểm tra' }).getByRole('link', { name: new RegExp(`^${UNITS[1]}`) });
    await unitLink.and(page.locator('[aria-current="page"]')).waitFor();
    const found = page.locator('[aria-current="location"]').getByRole('article', { name: /Kế hoạch và kết quả đào tạo, bồi dưỡng/ });
    await found.waitFor();
    expect(await found.evaluate((el) => document.activeElement === el)).toBe(true);
    const box = await found.boundingBox();
    const height = await page.evaluate(() => window.innerHeight);
    expect(box && box.y >= 0 && box.y < height).toBe(true);
    expect(await found.getByLabel('Ghi nhận').inputValue()).toBe('Cử 05 lượt công chức đi bồi dưỡng kỹ năng số');
  });

  it('shows only the items with an open disagreement when the leader filters “Có bất đồng”', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');
    const binh = await lab.page();
    await memberJoins(binh, lab.url, setup, 'Trần Thị Bình (Thành viên)');
    await openSection(binh, 'Thể chế');
    const criterion = /Công tác phổ biến, giáo dục pháp luật/;
    await item(binh, criterion).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await savedStatus(binh).waitFor();
    await openTab(binh, 'Trao đổi dữ liệu');
    const fromBinh = await exportPackage(binh, 'Xuất kết quả của tôi');

    // The leader judged the same criterion differently before receiving Bình's file.
    await openTab(leader, 'Phiếu kiểm tra');
    await openUnit(leader, UNITS[0]);
    await openSection(leader, 'Thể chế');
    await item(leader, criterion).getByRole('radio', { name: 'Không đạt' }).check();
    await savedStatus(leader).waitFor();
    await openTab(leader, 'Trao đổi dữ liệu');
    await chooseFiles(leader, [fromBinh]);
    await previewTable(leader);
    await applyImport(leader);

    await openTab(leader, 'Phiếu kiểm tra');
    await openUnit(leader, UNITS[0]);
    await openSection(leader, 'Thể chế');
    await leader.getByLabel('Hiện tiêu chí').selectOption({ label: 'Có bất đồng' });
    await leader.getByText('Đang lọc “Có bất đồng”: 1/5 tiêu chí.').waitFor();
    expect(await leader.getByRole('article').count()).toBe(1);
    await item(leader, criterion).waitFor();
  });
});
