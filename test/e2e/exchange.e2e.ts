/**
 * Three laptops (three separate browser contexts): the leader sets up an
 * inspection and sends the set-up package; two members import it, fill
 * overlapping and different items and send their results (one with a
 * passphrase); the leader imports them in some order, one twice, sees exactly
 * the one real disagreement, settles it, and the merged data is as expected.
 */
import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, getRecord } from '../../shared/domain/derive';
import { responseId } from '../../shared/domain/edit';
import { openPackage } from '../../shared/exchange';
import { useLaptops } from './harness';
import { item, openSection, openUnit, typeAndWaitSaved, UNITS } from './inspector-steps';
import { applyImport, chooseFiles, dropFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable, type SavedFile } from './exchange-steps';

const lab = useLaptops();

const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const PAYMENT = /Thanh toán trực tuyến phí, lệ phí/;
const RECRUIT = /Tuyển dụng, bổ nhiệm đúng quy trình/;
const PASSPHRASE = 'Đoàn KT 2025';

function memberId(state: ReturnType<typeof deriveState>, name: string): string | undefined {
  return [...state.records.values()].find((r) => r.entity === 'member' && r.fields.name?.value === name)?.id;
}

describe('team exchange across three laptops', () => {
  it('set-up → members work → leader merges in any order, sees the one disagreement, settles it', async () => {
    // The leader sets up the inspection through the set-up screen.
    const leader = await lab.page();
    const { inspectionId } = await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');
    expect(setup.name).toMatch(/^thiet-lap-Nguyen-Van-An-\d{8}-\d{4}\.tkt$/);

    // Bình: the plan is "Đạt", the payment ratio 13/21.
    const binh = await lab.page();
    await memberJoins(binh, lab.url, setup, 'Trần Thị Bình (Thành viên)');
    await openSection(binh, 'Thể chế');
    await item(binh, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(binh, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openSection(binh, 'Thủ tục hành chính');
    await item(binh, PAYMENT).getByLabel('Tử số').fill('13');
    await typeAndWaitSaved(binh, item(binh, PAYMENT).getByLabel('Mẫu số'), '21');
    await openTab(binh, 'Trao đổi dữ liệu');
    const fromBinh = await exportPackage(binh, 'Xuất kết quả của tôi');

    // Cường: the plan is "Không đạt" (a real disagreement), the same ratio (no disagreement), and a count of his own.
    const cuong = await lab.page();
    await memberJoins(cuong, lab.url, setup, 'Lê Văn Cường (Thư ký)');
    await openSection(cuong, 'Thể chế');
    await item(cuong, PLAN).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await item(cuong, PLAN).getByText('Người ghi: Lê Văn Cường').waitFor();
    await openSection(cuong, 'Thủ tục hành chính');
    await item(cuong, PAYMENT).getByLabel('Tử số').fill('13');
    await typeAndWaitSaved(cuong, item(cuong, PAYMENT).getByLabel('Mẫu số'), '21');
    await openSection(cuong, 'Công vụ');
    await typeAndWaitSaved(cuong, item(cuong, RECRUIT).getByLabel(/Số lượng/), '3');
    await openTab(cuong, 'Trao đổi dữ liệu');
    const fromCuong = await exportPackage(cuong, 'Xuất kết quả của tôi', PASSPHRASE);

    // The leader imports Cường first: the file is encrypted, so the passphrase is asked for.
    await openTab(leader, 'Trao đổi dữ liệu');
    await chooseFiles(leader, [fromCuong]);
    await leader.getByRole('alert').filter({ hasText: `Tệp "${fromCuong.name}" được bảo vệ bằng mật khẩu.` }).waitFor();
    await leader.getByLabel(`Mật khẩu cho tệp “${fromCuong.name}”`).fill('sai mật khẩu');
    await leader.getByRole('button', { name: 'Mở tệp' }).click();
    await leader.getByRole('alert').filter({ hasText: `Mật khẩu không đúng cho tệp "${fromCuong.name}".` }).waitFor();
    await leader.getByLabel(`Mật khẩu cho tệp “${fromCuong.name}”`).fill(PASSPHRASE);
    await leader.getByRole('button', { name: 'Mở tệp' }).click();
    await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
    let rows = await previewTable(leader);
    expect(rows.map((r) => [r[1], r[4], r[5], r[6], r[7]])).toEqual([
      ['Lê Văn Cường', UNITS[0], '1. Thể chế, 2. Thủ tục hành chính, 4. Công vụ', '0', 'Không có chữ ký đã biết'],
    ]);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);

    // Then Bình's file, chosen twice by mistake: the second copy brings nothing new.
    await chooseFiles(leader, [fromBinh, fromBinh]);
    await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
    await leader.getByText('Đang kiểm tra tệp…').waitFor({ state: 'detached' });
    rows = await previewTable(leader);
    expect(rows.map((r) => [r[1], r[3].split(' / ')[0] === '0', r[6]])).toEqual([
      ['Trần Thị Bình', false, '1'],
      ['Trần Thị Bình', true, '0'],
    ]);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 2 tệp\./);

    // And Cường's file once more: nothing new, nothing changes.
    await chooseFiles(leader, [fromCuong]);
    await leader.getByLabel(`Mật khẩu cho tệp “${fromCuong.name}”`).fill(PASSPHRASE);
    await leader.getByRole('button', { name: 'Mở tệp' }).click();
    await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
    rows = await previewTable(leader);
    expect([rows[0][3].startsWith('0 /'), rows[0][6]]).toEqual([true, '0']);
    expect(await applyImport(leader)).toBe('Đã nhập 0 bản ghi mới từ 1 tệp.');

    // The team page shows exactly the one real disagreement; the leader settles it.
    await openTab(leader, 'Tổng hợp đoàn');
    await leader.getByRole('heading', { name: 'Bất đồng cần xử lý (1)' }).waitFor();
    const card = leader.locator('section.disagreement');
    expect(await card.count()).toBe(1);
    await card.getByRole('button', { name: /của Trần Thị Bình$/ }).click();
    await leader.getByRole('heading', { name: 'Bất đồng cần xử lý (0)' }).waitFor();

    // The merged state, read back from the leader's export, is what the team wrote.
    await openTab(leader, 'Trao đổi dữ liệu');
    const merged = await exportPackage(leader, 'Xuất dữ liệu đã tổng hợp');
    const opened = await openPackage(merged.name, merged.data);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const state = deriveState(opened.package.edits);
    const unit1 = [...state.records.values()].find((r) => r.entity === 'unit' && r.fields.name?.value === UNITS[0])!.id;
    const value = (itemId: string, field: string) => getRecord(state, 'response', responseId(unit1, itemId))?.fields[field];
    expect(disagreements(state)).toEqual([]);
    expect(value('the-che.ke-hoach-vbqppl', 'verdict')?.value).toBe('dat');
    expect(value('tthc.thanh-toan-truc-tuyen', 'numerator')?.value).toBe(13);
    expect(value('tthc.thanh-toan-truc-tuyen', 'denominator')?.value).toBe(21);
    expect(value('cong-vu.tuyen-dung-bo-nhiem', 'count')?.value).toBe(3);
    expect(value('cong-vu.tuyen-dung-bo-nhiem', 'count')?.author).toBe(memberId(state, 'Lê Văn Cường'));
    expect(opened.package.manifest.inspections[0].id).toBe(inspectionId);
  });

  it('refuses bad files dropped together with a good one, each with its reason, and imports only the good one', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const merged = await exportPackage(leader, 'Xuất dữ liệu đã tổng hợp');

    // Another laptop receives three files at once: the good one, a copy cut short, and a note that is not a package.
    const other = await lab.page();
    await other.goto(lab.url);
    await other.getByRole('button', { name: 'Nhập tệp trao đổi (.tkt)' }).click();
    const cut = { name: 'tong-hop-chua-chep-xong.tkt', data: merged.data.slice(0, Math.floor(merged.data.length / 2)) };
    const note = { name: 'ghi-chu.tkt', data: new TextEncoder().encode('Ghi chú cuộc họp đoàn') };
    await dropFiles(other, [merged, cut, note]);
    await other
      .getByRole('alert')
      .filter({ hasText: 'Tệp "tong-hop-chua-chep-xong.tkt" bị cắt cụt hoặc chưa chép xong (thiếu phần cuối của tệp). Hãy chép lại tệp từ người gửi rồi nhập lại.' })
      .waitFor();
    await other
      .getByRole('alert')
      .filter({ hasText: 'Tệp "ghi-chu.tkt" không phải gói dữ liệu Tự Kiểm Tra (.tkt): nội dung không phải tệp nén zip.' })
      .waitFor();
    const rows = await previewTable(other);
    expect(rows.map((r) => r[0])).toEqual([`${merged.name} Dữ liệu đã tổng hợp`]);
    expect(await applyImport(other)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);
    // The refused files stay listed with their reasons; the list now holds the inspection.
    expect(await other.getByRole('alert').count()).toBe(2);
    await other.getByRole('listitem').filter({ hasText: 'Sở Khoa học và Công nghệ' }).waitFor();
  });
});
