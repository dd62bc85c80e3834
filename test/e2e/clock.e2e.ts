/**
 * A laptop whose stored clock an earlier version corrupted (it adopted a
 * wrong laptop's far-future time, 999999999999999-ffff, whose next tick no
 * longer fits 15 digits) starts, shows its data and keeps saving; its clock
 * is back near the real time.
 */
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { createInspection, item, openSection } from './inspector-steps';

const lab = useLaptops();
const PLAN = /^1\.1\. Ban hành Kế hoạch xây dựng/;
const REVIEW = /Rà soát, hệ thống hóa văn bản/;

/** Read or write this profile's stored clock, as the database holds it. */
function storedClock(page: import('playwright-core').Page, set?: { millis: number; counter: number }) {
  return page.evaluate(
    (set) =>
      new Promise<{ millis: number; counter: number }>((resolve, reject) => {
        const open = indexedDB.open('tu-kiem-tra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          const settings = tx.objectStore('settings');
          const get = settings.get('clock');
          get.onsuccess = () => {
            const row = get.result as { key: string; value: { millis: number; counter: number; node: string } };
            if (set) settings.put({ key: 'clock', value: { ...row.value, ...set } });
            tx.oncomplete = () => {
              open.result.close();
              resolve(row.value);
            };
          };
        };
      }),
    set,
  );
}

describe('a laptop with a corrupt clock', () => {
  it('starts, shows its answers and keeps saving, with its clock back near the real time', async () => {
    const page = await lab.page();
    await createInspection(page, lab.url);
    await openSection(page, 'Thể chế');
    await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await item(page, PLAN).getByText('Người ghi: Trần Thị Bình').waitFor();
    const address = page.url();

    await storedClock(page, { millis: 999_999_999_999_999, counter: 0xffff });
    await page.goto('about:blank');
    await page.goto(address);

    await item(page, PLAN).waitFor();
    expect(await item(page, PLAN).getByRole('radio', { name: 'Đạt', exact: true }).isChecked()).toBe(true);
    await item(page, REVIEW).getByRole('radio', { name: 'Không đạt', exact: true }).check();
    await item(page, REVIEW).getByText('Người ghi: Trần Thị Bình').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    const clock = await storedClock(page);
    expect(clock.millis).toBeLessThan(Date.now() + 24 * 60 * 60 * 1000);
    expect(clock.millis).toBeGreaterThan(Date.now() - 60 * 60 * 1000);
  });
});
