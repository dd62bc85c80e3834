/**
 * The page's half of the desktop app's quit reminder, with a stand-in for
 * the preload's bridge: when main asks ('app:unsent-query') the page answers
 * with the member's changes not yet sent to the leader, counting what is
 * still being typed; "Xuất ngay" in the reminder ('app:export-now') opens
 * the export. (Main's dialog itself: test/unit/electron/main-window.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useLaptops } from './harness';
import { createInspection, item, openSection, typeAndWaitSaved } from './inspector-steps';

const lab = useLaptops();
const PLAN = /Kế hoạch xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật năm/;
const DISSEMINATION = /Công tác phổ biến, giáo dục pháp luật/;

/** window.api as the preload gives it: main's answers for the channels the page uses at start, the events kept for the test to fire. */
function desktopBridge(): void {
  const w = window as unknown as { api: unknown; __listeners: Record<string, (() => void)[]>; __unsent: number[] };
  w.__listeners = {};
  w.__unsent = [];
  const answers: Record<string, (req: { count?: number }) => unknown> = {
    'app:take-opened-files': () => [],
    'storage:legacy-take': () => null,
    'app:info': () => ({ version: '0.1.0', platform: 'linux' }),
    'backup:list': () => [],
    'backup:skip': () => null,
    'device-key:create': () => null,
    'quit:unsent': (req) => {
      w.__unsent.push(req.count ?? -1);
      return null;
    },
  };
  w.api = {
    invoke: async (channel: string, req: { count?: number }) =>
      answers[channel] ? { ok: true, data: answers[channel](req) } : { ok: false, error: { code: 'unknown-channel', message: 'Ứng dụng không hỗ trợ yêu cầu này.' } },
    on: (event: string, listener: () => void) => {
      (w.__listeners[event] ??= []).push(listener);
      return () => undefined;
    },
  };
}

/** Main sends an event to the page. */
function send(page: Page, event: string): Promise<void> {
  return page.evaluate((e) => {
    for (const l of (window as unknown as { __listeners: Record<string, (() => void)[]> }).__listeners[e] ?? []) l();
  }, event);
}

const answers = (page: Page) => page.evaluate(() => (window as unknown as { __unsent: number[] }).__unsent);

describe('quit reminder, in the page', () => {
  it('answers main with the unsent changes, counting what is still being typed, and Xuất ngay opens the export', async () => {
    const context = await lab.context();
    await context.addInitScript(desktopBridge);
    const page = await context.newPage();
    await createInspection(page, lab.url);
    await openSection(page, 'Thể chế');
    await typeAndWaitSaved(page, item(page, PLAN).getByLabel('Nhận xét'), 'Đã ban hành đúng hạn');
    const notice = page.getByRole('status').filter({ hasText: /thay đổi chưa gửi trưởng đoàn/ });
    await notice.waitFor();
    const shown = Number(/^(\d+) thay đổi/.exec(await notice.innerText())![1]);

    // Typed a moment before closing: still waiting for its save when main asks.
    await item(page, DISSEMINATION).getByLabel('Nhận xét').fill('Tổ chức 12 hội nghị');
    await send(page, 'app:unsent-query');
    await expect.poll(() => answers(page)).toEqual([shown + 1]);

    await send(page, 'app:export-now');
    await page.getByRole('heading', { name: 'Trao đổi dữ liệu' }).waitFor();
  });
});
