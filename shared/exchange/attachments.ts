/**
 * Files attached to evidence entries, as a `.tkt` package carries them: each
 * file once, as the zip entry `attachments/<sha256>`, listed with its size
 * and hash in the signed manifest (build.ts writes them, open.ts verifies
 * every hash). This module holds the bounds, checked before anything is
 * inflated or hashed, and the choice of which files a package carries.
 */
import { exchangeError, formatBytes, type ExchangeError } from './errors';
import { ENTRY } from './manifest';

export const ATTACHMENT_LIMITS = {
  /** Largest single attached file (a phone photo is 3-8 MB, a scanned PDF rarely over 10 MB). */
  maxFileBytes: 20 * 1024 * 1024,
  /**
   * All attached files of one package. Kept under the container's own limit
   * (zip.ts, 200 MB) with room for the records; files over it wait for the
   * next package, so a large set of photos goes in several files.
   */
  maxPackageBytes: 160 * 1024 * 1024,
};

export interface AttachmentRef {
  hash: string;
  size: number;
}

/** A short name for an attached file in a message, when the package holds only its hash. */
function fileWord(hash: string, index?: number): string {
  return `tệp đính kèm${index === undefined ? '' : ` thứ ${index + 1}`} (mã ${hash.slice(0, 8)})`;
}

function fileTooLarge(fileName: string, ref: AttachmentRef, index?: number): ExchangeError | undefined {
  return ref.size > ATTACHMENT_LIMITS.maxFileBytes
    ? exchangeError('attachment-too-large', fileName, {
        what: fileWord(ref.hash, index),
        size: formatBytes(ref.size),
        limit: `${formatBytes(ATTACHMENT_LIMITS.maxFileBytes)} cho mỗi tệp`,
      })
    : undefined;
}

/** The sizes the signed manifest declares, checked before any attached file is hashed. */
export function attachmentRefsProblem(fileName: string, refs: readonly AttachmentRef[]): ExchangeError | undefined {
  let total = 0;
  for (const [i, ref] of refs.entries()) {
    const problem = fileTooLarge(fileName, ref, i);
    if (problem) return problem;
    total += ref.size;
  }
  if (total > ATTACHMENT_LIMITS.maxPackageBytes)
    return exchangeError('attachment-too-large', fileName, {
      what: `${refs.length} tệp đính kèm`,
      size: formatBytes(total),
      limit: `${formatBytes(ATTACHMENT_LIMITS.maxPackageBytes)} cho cả gói`,
    });
  return undefined;
}

/**
 * The zip's own declared sizes, before an entry is inflated (zip.ts calls it
 * for every entry). `seen` accumulates the attached files' total.
 */
export function attachmentEntryProblem(fileName: string, entry: string, size: number, seen: { total: number }): ExchangeError | undefined {
  if (!entry.startsWith(ENTRY.attachmentsDir)) return undefined;
  seen.total += size;
  return fileTooLarge(fileName, { hash: entry.slice(ENTRY.attachmentsDir.length), size }) ??
    (seen.total > ATTACHMENT_LIMITS.maxPackageBytes
      ? exchangeError('attachment-too-large', fileName, {
          what: 'các tệp đính kèm',
          size: `hơn ${formatBytes(ATTACHMENT_LIMITS.maxPackageBytes)}`,
          limit: `${formatBytes(ATTACHMENT_LIMITS.maxPackageBytes)} cho cả gói`,
        })
      : undefined);
}

export interface FileToSend {
  sha256: string;
  size: number;
}

/**
 * Which attached files a package carries: each file once, none this laptop
 * already sent (`alreadySent`), oldest reference first, until the package's
 * bound; the rest wait for the next package.
 */
export function chooseFilesToSend(
  files: readonly FileToSend[],
  alreadySent: ReadonlySet<string>,
  maxBytes: number = ATTACHMENT_LIMITS.maxPackageBytes,
): { send: string[]; waiting: string[] } {
  const send: string[] = [];
  const waiting: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const f of files) {
    if (seen.has(f.sha256) || alreadySent.has(f.sha256)) continue;
    seen.add(f.sha256);
    if (f.size > ATTACHMENT_LIMITS.maxFileBytes) continue;
    if (total + f.size > maxBytes) waiting.push(f.sha256);
    else {
      total += f.size;
      send.push(f.sha256);
    }
  }
  return { send, waiting };
}

/** A checked file as the window receives it from the worker: the preview, plus the attached files it carries. */
export type CheckWithFiles<C> = C & { files?: Record<string, Uint8Array> };

/** The attached files of every accepted check, by hash (the same file in two packages is one file). */
export function filesOfChecks(checks: readonly CheckWithFiles<{ ok: boolean }>[]): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const c of checks) if (c.ok && c.files) for (const [h, bytes] of Object.entries(c.files)) out[h] ??= bytes;
  return out;
}
