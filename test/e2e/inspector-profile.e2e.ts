/**
 * A closed lid must never lose a word: text typed (past the debounce) is on
 * disk when "Đã lưu" shows, and reopening the browser with the same profile
 * returns to the same place with the text there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { launchProfile, serveDist, type StaticServer } from './harness';
import { createInspection, item, openSection, typeAndWaitSaved } from './inspector-steps';

let server: StaticServer;
let profileDir: string | undefined;

beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

const ITEM = /Công tác phổ biến, giáo dục pháp luật/;
const TEXT = 'Đã xem sổ theo dõi phổ biến pháp luật, 12 hội nghị trong năm';

describe('inspector profile', () => {
  it('keeps text typed right before the browser closes', async () => {
    const first = await launchProfile();
    profileDir = first.userDataDir;
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await createInspection(page, server.url);
    await openSection(page, 'Thể chế');
    await typeAndWaitSaved(page, item(page, ITEM).getByLabel('Ghi nhận'), TEXT);
    await first.context.close();

    const second = await launchProfile(profileDir);
    try {
      const again = second.context.pages()[0] ?? (await second.context.newPage());
      // Opening the app without an address returns to where the inspector was.
      await again.goto(server.url);
      await again.getByRole('navigation', { name: 'Nội dung kiểm tra' }).waitFor();
      expect(await item(again, ITEM).getByLabel('Ghi nhận').inputValue()).toBe(TEXT);
    } finally {
      await second.context.close();
    }
  });
});
