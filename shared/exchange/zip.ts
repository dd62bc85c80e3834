/**
 * Reading and writing the zip container safely. Sizes declared in the zip are
 * checked before anything is inflated, and inflation writes into a buffer of
 * exactly the declared size, so a lying header cannot make the output grow.
 * Large entries (the edit records) are inflated by the platform's native
 * DecompressionStream where there is one, about three times faster than JS.
 */
import { unzipSync, zipSync, type UnzipFileInfo, type Zippable } from 'fflate';
import { attachmentEntryProblem } from './attachments';
import { exchangeError, formatBytes, type ExchangeError } from './errors';

export const LIMITS = {
  /** Largest file accepted at all. */
  maxFileBytes: 200 * 1024 * 1024,
  /**
   * Largest total expanded size of all entries: a 100,000-record inspection is
   * about 40 MB of records; this keeps what any file can make the laptop hold
   * under 300 MB beyond the file (issue 9's bound).
   */
  maxExpandedBytes: 256 * 1024 * 1024,
  /** Highest compression ratio of an entry bigger than `ratioFloorBytes` (JSON compresses ~10-30×). */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 20_000,
};

export function writeZip(entries: Record<string, Uint8Array>): Uint8Array {
  const z: Zippable = {};
  // Photos and PDFs are compressed already: deflating them again costs time and saves nothing.
  for (const [name, data] of Object.entries(entries))
    z[name] = [data, { level: name.startsWith('attachments/') ? 0 : 6, mtime: new Date(1980, 0, 1) }];
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

/** Deflated entries at least this big go to the native inflater; small ones are not worth a stream. */
const NATIVE_MIN_BYTES = 64 * 1024;

let nativeInflate: boolean | undefined;
function hasNativeInflate(): boolean {
  if (nativeInflate === undefined) {
    try {
      nativeInflate = typeof DecompressionStream === 'function' && !!new DecompressionStream('deflate-raw');
    } catch {
      nativeInflate = false;
    }
  }
  return nativeInflate;
}

// Little-endian reads as fflate does them (a read past the end gives 0).
const b2 = (d: Uint8Array, b: number) => d[b] | (d[b + 1] << 8);
const b4 = (d: Uint8Array, b: number) => (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0;

interface Located {
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

/**
 * Where each entry's data starts, in central-directory order, walked exactly
 * as fflate's unzipSync walks it. undefined for zip64 archives (never written
 * by this app), which are then inflated by fflate alone.
 */
function locateEntries(data: Uint8Array): Located[] | undefined {
  let e = data.length - 22;
  for (; b4(data, e) !== 0x06054b50; --e) if (e <= 0 || data.length - e > 65558) return undefined;
  if (b4(data, e - 20) === 0x07064b50) return undefined;
  const count = b2(data, e + 8);
  let o = b4(data, e + 16);
  const out: Located[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = b2(data, o + 28);
    const extraLength = b2(data, o + 30);
    const commentLength = b2(data, o + 32);
    const offset = b4(data, o + 42);
    out.push({
      method: b2(data, o + 10),
      compressedSize: b4(data, o + 20),
      size: b4(data, o + 24),
      dataStart: offset + 30 + b2(data, offset + 26) + b2(data, offset + 28),
    });
    o += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/** Inflate raw deflate data natively into exactly `size` bytes; undefined when it is corrupt or not that size. */
async function inflateNative(compressed: Uint8Array, size: number): Promise<Uint8Array | undefined> {
  const out = new Uint8Array(size);
  let at = 0;
  try {
    const stream = new DecompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    // Errors surface on the reading side; these promises only need observing.
    writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (at + value.length > size) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      out.set(value, at);
      at += value.length;
    }
  } catch {
    return undefined;
  }
  return at === size ? out : undefined;
}

export async function readZip(fileName: string, data: Uint8Array): Promise<ZipResult> {
  if (data.length > LIMITS.maxFileBytes)
    return { ok: false, error: exchangeError('too-large', fileName, { size: formatBytes(data.length), limit: formatBytes(LIMITS.maxFileBytes) }) };
  if (!startsWith(data, LOCAL_HEADER) && !startsWith(data, EMPTY_ZIP)) return { ok: false, error: exchangeError('not-zip', fileName) };
  if (!hasEndRecord(data)) return { ok: false, error: exchangeError('truncated', fileName) };

  const native = hasNativeInflate();
  let refusal: ExchangeError | undefined;
  let total = 0;
  let count = 0;
  const attached = { total: 0 };
  /** Entries left for the native inflater, by their index in the central directory. */
  const deferred: { index: number; name: string; size: number }[] = [];
  const lastIndexOf = new Map<string, number>();
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
      else refusal = attachmentEntryProblem(fileName, info.name, info.originalSize, attached);
    }
    if (refusal) return false;
    lastIndexOf.set(info.name, count - 1);
    if (native && info.compression === 8 && info.originalSize >= NATIVE_MIN_BYTES) {
      deferred.push({ index: count - 1, name: info.name, size: info.originalSize });
      return false;
    }
    return true;
  };

  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, { filter: check });
  } catch {
    // Both ends of the container are there, so bytes in between were changed.
    return { ok: false, error: refusal ?? corrupt(fileName) };
  }
  if (refusal) return { ok: false, error: refusal };
  if (deferred.length === 0) return { ok: true, entries };

  const located = locateEntries(data);
  for (const d of deferred) {
    const at = located?.[d.index];
    let bytes: Uint8Array | undefined;
    if (at && at.method === 8 && at.size === d.size) bytes = await inflateNative(data.subarray(at.dataStart, at.dataStart + at.compressedSize), d.size);
    // No native reading of it (a zip64 archive, or a directory that does not walk the same twice): fflate decides.
    else if (!located) bytes = inflateWithFflate(data, d.index);
    if (!bytes) return { ok: false, error: corrupt(fileName) };
    // As in unzipSync, the last entry of a name wins.
    if (lastIndexOf.get(d.name) === d.index) entries[d.name] = bytes;
  }
  return { ok: true, entries };
}

function corrupt(fileName: string): ExchangeError {
  return exchangeError('altered', fileName, { reason: 'nội dung nén bị hỏng' });
}

/** One entry (by central-directory index) inflated by fflate, for archives the native path does not walk. */
function inflateWithFflate(data: Uint8Array, index: number): Uint8Array | undefined {
  let i = -1;
  try {
    const one = unzipSync(data, { filter: () => ++i === index });
    return Object.values(one)[0];
  } catch {
    return undefined;
  }
}
