import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { AppError } from '../errors';
import { LIMITS } from '../../../shared/exchange/zip';

/** Largest file the app opens: the same limit the package reader enforces, so a saved backup always reopens. */
export const MAX_OPEN_BYTES = LIMITS.maxFileBytes;

/** Reads a file the user chose, refusing one over the size limit before reading it. */
export async function readUserFile(path: string, limit = MAX_OPEN_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new AppError('file-read-failed', `Tệp: ${name}.`);
  }
  if (size > limit) {
    throw new AppError('file-too-large', `Tệp "${name}" nặng ${Math.ceil(size / 1024 / 1024)} MB, giới hạn là ${Math.floor(limit / 1024 / 1024)} MB.`);
  }
  try {
    return { name, data: new Uint8Array(await readFile(path)) };
  } catch {
    throw new AppError('file-read-failed', `Tệp: ${name}.`);
  }
}

/** Writes bytes to a path the user picked in a save dialog. */
export async function writeUserFile(path: string, data: Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch {
    throw new AppError('file-write-failed', `Tệp: ${basename(path)}.`);
  }
}
