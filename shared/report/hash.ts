import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { stableStringify, type Edit } from '../domain/edit';

/**
 * SHA-256 of the data a report was made from: every edit of the inspection
 * except the frozen versions themselves, in id order, stably serialised. Two
 * laptops holding the same edits get the same hash whatever order they
 * received them in; any change to an answer or a part's text changes it.
 */
export function reportDataHash(edits: readonly Edit[]): string {
  const data = edits.filter((e) => e.entity !== 'reportVersion').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return bytesToHex(sha256(utf8ToBytes(stableStringify(data))));
}
