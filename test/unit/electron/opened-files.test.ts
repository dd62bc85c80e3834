import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { OpenedFilesQueue, tktPathsFromArgv } = await import('../../../electron/main/services/opened-files');
const { readUserFile } = await import('../../../electron/main/services/files');
const { portableUserDataDir } = await import('../../../electron/main/portable');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tkt-open-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files opened from the file manager', () => {
  it('takes .tkt paths from a command line, resolved against its folder, and ignores switches', () => {
    const argv = ['C:\\Program Files\\Tự Kiểm Tra\\Tự Kiểm Tra.exe', '--allow-file-access-from-files', 'ket-qua-an.TKT', '/abs/goi.tkt', 'notes.txt', '.'];
    expect(tktPathsFromArgv(argv, '/home/an/Tải về')).toEqual([resolve('/home/an/Tải về', 'ket-qua-an.TKT'), '/abs/goi.tkt']);
  });

  it('refuses a file over the size limit, naming it in Vietnamese', async () => {
    const p = join(dir, 'qua-lon.tkt');
    await writeFile(p, new Uint8Array(2 * 1024 * 1024));
    await expect(readUserFile(p, 1024 * 1024)).rejects.toMatchObject({ code: 'file-too-large', message: expect.stringContaining('qua-lon.tkt') });
    await expect(readUserFile(p, 4 * 1024 * 1024)).resolves.toMatchObject({ name: 'qua-lon.tkt' });
  });

  it('queues readable files, reports the others and notifies once per batch', async () => {
    await writeFile(join(dir, 'a.tkt'), new Uint8Array([1]));
    const added = vi.fn();
    const rejected = vi.fn();
    const q = new OpenedFilesQueue(added, rejected);
    await q.add([join(dir, 'a.tkt'), join(dir, 'missing.tkt')]);
    expect(added).toHaveBeenCalledTimes(1);
    expect(rejected).toHaveBeenCalledWith(join(dir, 'missing.tkt'), expect.stringContaining('Không đọc được tệp'));
    expect(q.take().map((f) => f.name)).toEqual(['a.tkt']);
    expect(q.take()).toEqual([]);
  });

  it('does not lose a file that arrives while the renderer is taking the queue', async () => {
    await writeFile(join(dir, 'b.tkt'), new Uint8Array([2]));
    const q = new OpenedFilesQueue(() => {});
    const adding = q.add([join(dir, 'b.tkt')]);
    expect(q.take()).toEqual([]);
    await adding;
    expect(q.take().map((f) => f.name)).toEqual(['b.tkt']);
  });
});

describe('portable build', () => {
  it('keeps data beside the exe only when the portable launcher says where it is', () => {
    expect(portableUserDataDir({ PORTABLE_EXECUTABLE_DIR: '/media/usb/TuKiemTra' })).toBe(join('/media/usb/TuKiemTra', 'TuKiemTra-data'));
    expect(portableUserDataDir({})).toBeUndefined();
  });
});
