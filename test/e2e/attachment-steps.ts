/**
 * A person's steps with attached photos and PDFs on an evidence entry, shared
 * by the attachment browser test: make real photos, attach them, open one
 * and save it back to disk (what the leader would do to look at it closely).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A real JPEG of noise (the worst case for size), drawn by the browser's own canvas. */
export async function noisePhoto(page: Page, name: string, width: number, height: number, seed: number): Promise<PickedFile> {
  const bytes = await page.evaluate(
    async ({ width, height, seed }) => {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      const img = ctx.createImageData(width, height);
      let s = seed;
      for (let i = 0; i < img.data.length; i += 4) {
        s = (s * 1103515245 + 12345) >>> 0;
        img.data[i] = s & 255;
        img.data[i + 1] = (s >> 8) & 255;
        img.data[i + 2] = (s >> 16) & 255;
        img.data[i + 3] = 255;
      }
      ctx.putImageData(img, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    { width, height, seed },
  );
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(bytes) };
}

/** A small but valid one-page PDF. */
export function smallPdf(name: string): PickedFile {
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The attachments group of an evidence entry, by the entry's title ("Báo cáo số 45/BC-VP ngày 30/9/2025"). */
export function attachmentsOf(scope: Locator | Page, title: string): Locator {
  return scope.getByRole('group', { name: `Tệp đính kèm của ${title}` });
}

/** Choose files with "Đính kèm ảnh, PDF…" (the browser's file chooser) and wait until each shows in the grid. */
export async function attachFiles(page: Page, group: Locator, files: PickedFile[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), group.getByRole('button', { name: 'Đính kèm ảnh, PDF…' }).click()]);
  await chooser.setFiles(files);
  for (const f of files) await group.getByRole('button', { name: `Xem ${f.name}` }).waitFor();
}

/** Open an attached file, read what the viewer says about it, save it to disk; returns the saved bytes' hash. */
export async function openAndSave(page: Page, group: Locator, name: string): Promise<{ hash: string; details: string }> {
  await group.getByRole('button', { name: `Xem ${name}` }).click();
  const dialog = page.getByRole('dialog', { name });
  const details = (await dialog.locator('p.muted').innerText()).replace(/\s+/g, ' ');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lưu tệp về máy' }).click()]);
  const hash = sha256(new Uint8Array(await readFile(await download.path())));
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await dialog.waitFor({ state: 'detached' });
  return { hash, details };
}

/** Drag files from the file manager onto an evidence entry's attachments. */
export async function dropOnto(page: Page, group: Locator, files: PickedFile[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] })));
  await group.dispatchEvent('drop', { dataTransfer: transfer });
}
