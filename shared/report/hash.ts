import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Edit } from '../domain/edit';

/**
 * SHA-256 of the data a report was made from: the ids of every edit of the
 * inspection except the frozen versions themselves, sorted, one per line.
 *
 * Hashing the ids rather than the serialised edits is exact, not a shortcut:
 * an edit is immutable once written, and its id (a hybrid logical clock
 * timestamp carrying the writing laptop's node id) is unique, so the set of
 * ids names the set of edits, and the set of edits is the data (mergeEdits is
 * a union by id; deriveState is a function of that set). Any change to an
 * answer or a part's text is a new edit with a new id, so it changes the
 * hash; two laptops holding the same edits get the same hash whatever order
 * they received them in. It costs a sort of short strings and a few MB of
 * SHA-256 instead of serialising every value of 100,000 edits (~1.6 s).
 */
export function reportDataHash(edits: readonly Edit[]): string {
  return reportDataHashOfSortedIds(sortedDataIds(edits));
}

/** The ids the hash covers (every edit but the frozen versions), in code-unit order (no locale collation). */
export function sortedDataIds(edits: readonly Edit[]): string[] {
  const ids: string[] = [];
  for (const e of edits) if (e.entity !== 'reportVersion') ids.push(e.id);
  return ids.sort();
}

/** The same hash from the ids alone (read from the index's keys, without loading the edits). */
export function reportDataHashOfIds(ids: readonly string[]): string {
  // Code-unit order, the same on every machine (no locale collation).
  return reportDataHashOfSortedIds(ids.slice().sort());
}

/** The hash of ids already in sortedDataIds' order: callers that keep most ids sorted add only the new ones. */
export function reportDataHashOfSortedIds(ids: readonly string[]): string {
  return bytesToHex(sha256(utf8ToBytes(ids.join('\n'))));
}

/** Two sorted id lists as one sorted list (the two hold different edits). */
export function mergeSortedIds(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j] < a[i] ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
