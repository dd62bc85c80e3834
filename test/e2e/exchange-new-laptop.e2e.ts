/**
 * A member changes laptop in the middle of the inspection. Her new laptop
 * signs with a new key, so the leader's import refuses the file as possibly
 * forged; after checking with her by phone, the leader trusts the new laptop
 * and the file imports, signed by her.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { item, openSection } from './inspector-steps';
import { applyImport, chooseFiles, exportPackage, leaderCreatesInspection, memberJoins, openTab, previewTable } from './exchange-steps';

const lab = useLaptops();

const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const REVIEW = /Rà soát, hệ thống hóa văn bản/;

describe('a member who changes laptop', () => {
  it('is refused as possibly forged until the leader trusts her new laptop, then imports signed by her', async () => {
    const leader = await lab.page();
    await leaderCreatesInspection(leader, lab.url);
    await openTab(leader, 'Trao đổi dữ liệu');
    const setup = await exportPackage(leader, 'Xuất gói thiết lập cho thành viên');

    // Bình works on her first laptop and sends her results: the leader learns her key.
    const oldLaptop = await lab.page();
    await memberJoins(oldLaptop, lab.url, setup, 'Trần Thị Bình (Thành viên)');
    await openSection(oldLaptop, 'Thể chế');
    await item(oldLaptop, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(oldLaptop, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openTab(oldLaptop, 'Trao đổi dữ liệu');
    const first = await exportPackage(oldLaptop, 'Xuất kết quả của tôi');
    await chooseFiles(leader, [first]);
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);
    const merged = await exportPackage(leader, 'Xuất dữ liệu đã tổng hợp');

    // Her laptop breaks; she continues on a new one from the leader's merged state.
    const newLaptop = await lab.page();
    await memberJoins(newLaptop, lab.url, merged, 'Trần Thị Bình (Thành viên)');
    await openSection(newLaptop, 'Thể chế');
    // Her first answer came back in the leader's merged file, relayed in the segment her old laptop signed.
    await item(newLaptop, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    expect(await item(newLaptop, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    await item(newLaptop, REVIEW).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await item(newLaptop, REVIEW).getByText('Người ghi: Trần Thị Bình').waitFor();
    await openTab(newLaptop, 'Trao đổi dữ liệu');
    const second = await exportPackage(newLaptop, 'Xuất kết quả của tôi');

    // The leader is warned, not silently given a file signed by an unknown laptop; the warning names the new laptop's fingerprint,
    // which Bình reads to the leader from her new laptop's screen.
    const newFp = (await newLaptop.getByLabel('Mã nhận diện của máy này').innerText()).trim();
    await chooseFiles(leader, [second]);
    await leader.getByRole('alert').filter({ hasText: `Tệp "${second.name}" ghi là của Trần Thị Bình nhưng được ký bằng khóa của một máy khác (mã nhận diện ${newFp}).` }).waitFor();
    expect(await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).count()).toBe(0);

    // After a phone call, the leader trusts the new laptop (and confirms the dialog).
    leader.once('dialog', (d) => void d.accept());
    await leader.getByRole('button', { name: 'Tin cậy máy mới của Trần Thị Bình' }).click();
    await leader.getByRole('table', { name: 'Xem trước các tệp sẽ nhập' }).waitFor();
    const rows = await previewTable(leader);
    expect(rows).toHaveLength(1);
    expect(rows[0][7]).toBe('Chữ ký hợp lệ của Trần Thị Bình');
    expect(await applyImport(leader)).toMatch(/^Đã nhập [1-9]\d* bản ghi mới từ 1 tệp\./);

    // Her new answer is on the leader's checklist.
    await openTab(leader, 'Phiếu kiểm tra');
    await openSection(leader, 'Thể chế');
    await item(leader, REVIEW).getByText('Người ghi: Trần Thị Bình').waitFor({ timeout: 10_000 });
    expect(await item(leader, REVIEW).getByRole('radio', { name: 'Không đạt', exact: true }).isChecked()).toBe(true);
  });
});
