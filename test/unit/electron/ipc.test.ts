import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { dialog, FakeWebContents, invokeAs, ipcMain, resetFakeElectron, safeStorage as fakeSafeStorage } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { registerIpc } = await import('../../../electron/main/ipc');
const { makeInvokeHandler } = await import('../../../electron/main/ipc/register');
const { BackupStore } = await import('../../../electron/main/services/backups');
const { OpenedFilesQueue } = await import('../../../electron/main/services/opened-files');
const { DeviceKeyVault } = await import('../../../electron/main/services/device-key');
const { OriginMove } = await import('../../../electron/main/services/origin-move');
const { isAppUrl } = await import('../../../electron/main/app-url');
const { z } = await import('zod');

const RENDERER = '/opt/tu-kiem-tra/resources/app/dist/renderer';
const APP_PAGE = 'app://tkt/index.html#/i/x/exchange';
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

let dir: string;
let backupsDir: string;
let clock: number;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'tkt-ipc-'));
  backupsDir = join(dir, 'userData', 'backups');
  clock = Date.UTC(2025, 2, 10, 8, 0, 0);
  registerIpc(ipcMain as never, {
    app: { getVersion: () => '0.1.0' },
    backups: new BackupStore(backupsDir, () => (clock += 60_000)),
    opened: new OpenedFilesQueue(() => {}),
    vault: new DeviceKeyVault(fakeSafeStorage),
    originMove: new OriginMove(join(dir, 'userData')),
    isTrustedSender: (url) => isAppUrl(url, { rendererDir: RENDERER }),
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, req: unknown, frame: string | null = APP_PAGE, sender?: FakeWebContents) =>
  invokeAs(channel, req, frame, sender) as Promise<Result>;

function expectError(r: Result, code: string): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(VIETNAMESE);
}

describe('IPC registration', () => {
  it('serves every channel of the contract and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...IPC_CHANNELS].sort());
  });
});

describe('sender check', () => {
  it('refuses requests from a frame that is not the app, without running the handler', async () => {
    // The renderer's own index.html over file:// is no longer the app: only app://tkt is.
    for (const frame of ['https://example.com/', 'file:///tmp/evil.html', pathToFileURL(join(RENDERER, 'index.html')).href, 'app://evil/index.html', null]) {
      expectError(await call('backup:write', { data: new Uint8Array([1]), label: 'x' }, frame), 'untrusted-sender');
      expectError(await call('file:save', { suggestedName: 'a.tkt', data: new Uint8Array([1]), filters: [] }, frame), 'untrusted-sender');
    }
    await expect(readdir(backupsDir)).rejects.toThrow();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('argument validation', () => {
  it('refuses bad arguments with a code and a Vietnamese message, and runs nothing', async () => {
    const bad: [string, unknown][] = [
      ['backup:read', { name: '../secret.tkt' }],
      ['backup:read', { name: '..\\..\\secret.tkt' }],
      ['backup:read', { name: '/etc/passwd' }],
      ['backup:read', { name: 'sao-luu.txt' }],
      ['backup:read', { name: 42 }],
      ['backup:read', null],
      ['backup:write', { data: 'not bytes', label: 'x' }],
      ['backup:write', { data: [1, 2, 3], label: 'x' }],
      ['backup:write', { data: new Uint8Array([1]), label: '../x' }],
      ['backup:write', { data: new Uint8Array([1]), label: 'a/b' }],
      ['backup:write', { data: new Uint8Array([1]), label: '' }],
      ['file:save', { suggestedName: '../../.bashrc', data: new Uint8Array([1]), filters: [] }],
      ['file:save', { suggestedName: 'C:\\Windows\\x.tkt', data: new Uint8Array([1]), filters: [] }],
      ['file:save', { suggestedName: 'a.tkt', data: new Uint8Array([1]), filters: [{ name: 'x', extensions: ['../x'] }] }],
      ['file:open', { filters: [], multiple: 'yes' }],
      ['report:save-pdf', { suggestedName: 'dir/bao-cao.pdf' }],
      ['report:print', { silent: true }],
      ['app:info', { extra: 1 }],
      ['app:take-opened-files', 'all'],
    ];
    for (const [channel, req] of bad) {
      const r = await call(channel, req);
      expect(r.ok, `${channel} ${JSON.stringify(req)}`).toBe(false);
      expectError(r, 'invalid-request');
    }
    await expect(readdir(backupsDir)).rejects.toThrow();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('names the offending field in the message', async () => {
    const r = await call('backup:read', { name: '../secret.tkt' });
    expect(!r.ok && r.error.message).toContain('name');
  });

  it('answers {ok:false} instead of throwing when a handler fails unexpectedly', async () => {
    const handler = makeInvokeHandler<'app:info'>(
      {
        schema: z.strictObject({}),
        handle: () => {
          throw new Error('boom');
        },
      },
      () => true,
    );
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await handler({ senderFrame: { url: APP_PAGE }, sender: {} } as never, {});
    spy.mockRestore();
    expectError(r as Result, 'internal');
  });
});

describe('backups', () => {
  it('keeps the last ten, lists them newest first and reads one back', async () => {
    for (let i = 1; i <= 12; i++) {
      const r = await call('backup:write', { data: new Uint8Array([i, i]), label: 'dot-kiem-tra' });
      expect(r.ok).toBe(true);
    }
    const list = (await call('backup:list', {})) as { ok: true; data: { name: string; size: number }[] };
    expect(list.data).toHaveLength(10);
    expect(await readdir(backupsDir)).toHaveLength(10);
    const names = list.data.map((b) => b.name);
    expect([...names].sort().reverse()).toEqual(names);
    expect(names.every((n) => n.startsWith('dot-kiem-tra-') && n.endsWith('.tkt'))).toBe(true);

    const newest = (await call('backup:read', { name: names[0] })) as { ok: true; data: Uint8Array };
    expect([...newest.data]).toEqual([12, 12]);
    const oldestKept = (await call('backup:read', { name: names[9] })) as { ok: true; data: Uint8Array };
    expect([...oldestKept.data]).toEqual([3, 3]);
  });

  it('turns a human label into a safe file-name part', async () => {
    const r = (await call('backup:write', { data: new Uint8Array([1]), label: 'Kiểm tra Sở KH&CN 2025' })) as { ok: true; data: { name: string } };
    expect(r.data.name).toMatch(/^Kiểm-tra-Sở-KH-CN-2025-\d{8}T\d{9}Z\.tkt$/u);
    expect(await readdir(backupsDir)).toEqual([r.data.name]);
  });

  it('keeps backups written in the same millisecond apart and in order', async () => {
    const store = new BackupStore(join(dir, 'same-ms'), () => 1_700_000_000_000);
    for (let i = 1; i <= 3; i++) await store.write(new Uint8Array([i]), 'nhanh');
    const list = await store.list();
    expect(list).toHaveLength(3);
    expect([...(await store.read(list[0].name))]).toEqual([3]);
    expect([...(await store.read(list[2].name))]).toEqual([1]);
  });

  it('refuses a name that is not one of its backups', async () => {
    await call('backup:write', { data: new Uint8Array([1]), label: 'a' });
    await writeFile(join(dir, 'userData', 'outside.tkt'), 'x');
    expectError(await call('backup:read', { name: 'outside.tkt' }), 'backup-not-found');
  });
});

describe('files and report', () => {
  it('saves bytes where the user chose, and nothing when cancelled', async () => {
    const target = join(dir, 'goi-thiet-lap.tkt');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const r = await call('file:save', { suggestedName: 'goi-thiet-lap.tkt', data: new Uint8Array([80, 75]), filters: [{ name: 'Tệp trao đổi', extensions: ['tkt'] }] });
    expect(r).toEqual({ ok: true, data: { path: target } });
    expect([...(await readFile(target))]).toEqual([80, 75]);
    const opts = dialog.showSaveDialog.mock.calls[0][0] as { title: string; defaultPath: string };
    expect(opts.title).toMatch(VIETNAMESE);
    expect(opts.defaultPath.endsWith('goi-thiet-lap.tkt')).toBe(true);

    expect(await call('file:save', { suggestedName: 'x.tkt', data: new Uint8Array([1]), filters: [] })).toEqual({ ok: true, data: null });
  });

  it('opens the files the user picked', async () => {
    const a = join(dir, 'a.tkt');
    const b = join(dir, 'b.tkt');
    await writeFile(a, new Uint8Array([1]));
    await writeFile(b, new Uint8Array([2, 2]));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [a, b] });
    const r = (await call('file:open', { filters: [{ name: 'Tệp trao đổi', extensions: ['tkt'] }], multiple: true })) as {
      ok: true;
      data: { name: string; data: Uint8Array }[];
    };
    expect(r.data.map((f) => [f.name, [...f.data]])).toEqual([
      ['a.tkt', [1]],
      ['b.tkt', [2, 2]],
    ]);
  });

  it('prints the window to an A4 PDF and saves it', async () => {
    const target = join(dir, 'bao-cao.pdf');
    const sender = new FakeWebContents();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const r = await call('report:save-pdf', { suggestedName: 'bao-cao.pdf' }, APP_PAGE, sender);
    expect(r).toEqual({ ok: true, data: { path: target } });
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }));
    expect((await readFile(target, 'latin1')).startsWith('%PDF')).toBe(true);
  });

  it('writes the report title, version and data hash into the PDF properties as an incremental update', async () => {
    const head = '%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [] /Count 0>>\nendobj\n';
    const xref = head.length;
    const original = `${head}xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer\n<</Size 3 /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
    const target = join(dir, 'bao-cao-info.pdf');
    const sender = new FakeWebContents();
    sender.printToPDF.mockResolvedValueOnce(Buffer.from(original, 'latin1'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const info = { title: 'Báo cáo kết quả kiểm tra', subject: 'Kết quả kiểm tra', author: 'Trịnh Thị Hòa', keywords: `Phiên bản 1; SHA-256: ${'a'.repeat(64)}`, creator: 'Tự Kiểm Tra' };
    expect(await call('report:save-pdf', { suggestedName: 'bao-cao.pdf', info }, APP_PAGE, sender)).toEqual({ ok: true, data: { path: target } });
    const saved = await readFile(target, 'latin1');
    // Chromium's bytes stay as they were; the new Info dictionary follows with a trailer pointing back.
    expect(saved.startsWith(original)).toBe(true);
    expect(saved.slice(original.length)).toMatch(new RegExp(`^3 0 obj\\n<</Title <FEFF[0-9A-F]+>[\\s\\S]*/Keywords <FEFF[0-9A-F]+>[\\s\\S]*trailer\\n<</Size 4\\n/Root 1 0 R\\n/Info 3 0 R\\n/Prev ${xref}>>`));
    const hex = [...'SHA-256'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
    expect(saved).toContain(hex);
  });

  it('does not render a PDF when the user cancels the save dialog', async () => {
    const sender = new FakeWebContents();
    expect(await call('report:save-pdf', { suggestedName: 'bao-cao.pdf' }, APP_PAGE, sender)).toEqual({ ok: true, data: null });
    expect(sender.printToPDF).not.toHaveBeenCalled();
  });

  it('reports a failed PDF in Vietnamese', async () => {
    const sender = new FakeWebContents();
    sender.printToPDF.mockRejectedValueOnce(new Error('render failed'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'x.pdf') });
    expectError(await call('report:save-pdf', { suggestedName: 'x.pdf' }, APP_PAGE, sender), 'pdf-failed');
  });

  it('prints through the system dialog; a cancel is not an error', async () => {
    const sender = new FakeWebContents();
    expect(await call('report:print', {}, APP_PAGE, sender)).toEqual({ ok: true, data: { printed: true } });
    sender.print.mockImplementationOnce((_o, cb) => cb(false, 'cancelled'));
    expect(await call('report:print', {}, APP_PAGE, sender)).toEqual({ ok: true, data: { printed: false } });
    sender.print.mockImplementationOnce((_o, cb) => cb(false, 'Printer is offline'));
    expectError(await call('report:print', {}, APP_PAGE, sender), 'print-failed');
  });

  it('tells the app version and platform', async () => {
    expect(await call('app:info', {})).toEqual({ ok: true, data: { version: '0.1.0', platform: process.platform } });
  });
});
