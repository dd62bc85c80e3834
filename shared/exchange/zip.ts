/**
 * Reading and writing the zip container safely. Sizes declared in the zip are
 * checked before anything is inflated, and inflation writes into a buffer of
 * exactly the declared size, so a lying header cannot make the output grow.
 */
import { unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate';
import { exchangeError, formatBytes, type ExchangeError } from './errors';

export const LIMITS = {
  /** Largest file accepted at all. */
  maxFileBytes: 200 * 1024 * 1024,
  /** Largest total expanded size of all entries. */
  maxExpandedBytes: 512 * 1024 * 1024,
  /** Highest compression ratio of an entry bigger than `ratioFloorBytes` (JSON compresses ~10-30×). */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 20_000,
};

export function writeZip(entries: Record<string, Uint8Array>): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(entries)) z[name] = [data, { level: 6, mtime: new Date(1980, 0, 1) }];
  return zipSync(z);
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

function startsWith(data: Uint8Array, sig: number[]): boolean {
  return data.length >= sig.length && sig.every((b, i) => data[i] === b);
}

/** Whether the end-of-central-directory record is present: it is the last thing written, so a cut-short copy lacks it. */
function hasEndRecord(data: Uint8Array): boolean {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) return true;
  }
  return false;
}

/** Entry names that could escape a folder if anyone ever extracted the package. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 300) return true;
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  if (name.includes('\0')) return true;
  return name.split(/[\\/]/).some((seg) => seg === '..');
}

export type ZipResult = { ok: true; entries: Record<string, Uint8Array> } | { ok: false; error: ExchangeError };

export function readZip(fileName: string, data: Uint8Array): ZipResult {
  if (data.length > LIMITS.maxFileBytes)
    return { ok: false, error: exchangeError('too-large', fileName, { size: formatBytes(data.length), limit: formatBytes(LIMITS.maxFileBytes) }) };
  if (!startsWith(data, LOCAL_HEADER) && !startsWith(data, EMPTY_ZIP)) return { ok: false, error: exchangeError('not-zip', fileName) };
  if (!hasEndRecord(data)) return { ok: false, error: exchangeError('truncated', fileName) };

  let refusal: ExchangeError | undefined;
  let total = 0;
  let count = 0;
  const check = (info: UnzipFileInfo): boolean => {
    if (refusal) return false;
    count += 1;
    if (isUnsafeEntryName(info.name)) refusal = exchangeError('unsafe-path', fileName, { entry: info.name.slice(0, 80) });
    else if (count > LIMITS.maxEntries) refusal = exchangeError('zip-bomb', fileName, { reason: `hơn ${LIMITS.maxEntries} mục` });
    else {
      total += info.originalSize;
      if (info.originalSize > LIMITS.maxExpandedBytes || total > LIMITS.maxExpandedBytes)
        refusal = exchangeError('zip-bomb', fileName, { reason: `tổng dung lượng sau giải nén vượt ${formatBytes(LIMITS.maxExpandedBytes)}` });
      else if (info.originalSize > LIMITS.ratioFloorBytes && info.originalSize / Math.max(1, info.size) > LIMITS.maxRatio)
        refusal = exchangeError('zip-bomb', fileName, {
          reason: `tỷ lệ nén của "${info.name.slice(0, 80)}" vượt ${LIMITS.maxRatio} lần`,
        });
    }
    return !refusal;
  };

  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, { filter: check });
  } catch {
    // Both ends of the container are there, so bytes in between were changed.
    return { ok: false, error: refusal ?? exchangeError('altered', fileName, { reason: 'nội dung nén bị hỏng' }) };
  }
  if (refusal) return { ok: false, error: refusal };
  return { ok: true, entries };
}
