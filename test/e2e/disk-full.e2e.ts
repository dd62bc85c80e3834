/**
 * A full disk loses nothing: the browser's profile sits on a small tmpfs
 * that a filler file fills up; the inspector types, sees a Vietnamese message
 * saying the disk is full and what to do, and the typed text stays in the
 * field. Once the filler is deleted the app stores the text by itself (no
 * reload, no further typing) and says "Đã lưu"; a reload shows it.
 */
import { execFileSync } from 'node:child_process';
import { openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchProfile, serveDist, type StaticServer } from './harness';
import { createInspection, item, openSection, savedStatus } from './inspector-steps';

const ITEM = /Công tác phổ biến, giáo dục pháp luật/;
const TYPED = 'Đã tổ chức 12 hội nghị phổ biến pháp luật cho công chức';

let server: StaticServer;
let disk: string;

beforeAll(async () => {
  server = await serveDist();
  disk = await mkdtemp(join(tmpdir(), 'tkt-disk-'));
  // A disk of its own, small enough to fill in a moment (root in the test machine may mount; see the report when it cannot).
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', disk]);
});
afterAll(async () => {
  await server?.close();
  try {
    execFileSync('umount', [disk]);
  } catch {
    /* not mounted */
  }
  await rm(disk, { recursive: true, force: true });
});

/** Fill the disk to the last byte with a file; returns its path. */
function fillDisk(dir: string): string {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  for (const size of [1 << 20, 1 << 12, 1]) {
    const chunk = Buffer.alloc(size);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      /* this chunk size no longer fits: go on with a smaller one */
    }
  }
  closeSync(fd);
  return path;
}

describe('disk full', () => {
  it('says so in Vietnamese, keeps the typed text, and stores it once space is freed, without a reload', async () => {
    const { context } = await launchProfile(await mkdtemp(join(disk, 'profile-')));
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await createInspection(page, server.url);
      await openSection(page, 'Thể chế');
      const field = item(page, ITEM).getByLabel('Nhận xét');
      await savedStatus(page).waitFor();

      const filler = fillDisk(disk);
      await field.fill(TYPED);
      const alert = page.getByRole('alert').filter({ hasText: 'ổ đĩa đã đầy' });
      await alert.waitFor();
      expect(await alert.innerText()).toContain('hãy xóa bớt tệp không cần trên máy');
      expect(await field.inputValue()).toBe(TYPED);

      // The app keeps trying while the disk stays full (the browser drops its database meanwhile) …
      await alert.filter({ hasText: 'Đã thử lưu lại 2 lần.' }).waitFor();
      expect(await field.inputValue()).toBe(TYPED);
      // … and once space is freed, stores the text by itself.
      rmSync(filler);
      await savedStatus(page).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await field.inputValue()).toBe(TYPED);
      await page.reload();
      await expect.poll(() => item(page, ITEM).getByLabel('Nhận xét').inputValue()).toBe(TYPED);
    } finally {
      rmSync(join(disk, 'filler.bin'), { force: true });
      await context.close();
    }
  });
});
