/** Storage failures reach the screen as Vietnamese that says what happened and what to do, never as the browser's words. */
import { describe, expect, it } from 'vitest';
import { storageErrorCode, storageErrorMessage } from '../../../renderer/src/db/errors';

/** Errors as Dexie hands them over, the browser's own inside (shapes seen on Chromium 156). */
const QUOTA = { name: 'AbortError', message: 'Transaction aborted', inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' } };
const ABORTED_COMMIT = { name: 'BulkError', message: 'heads.bulkPut(): 1 of 1 operations failed. Errors: AbortError: The transaction was aborted, so the request cannot be fulfilled.' };
const REOPEN_ON_FULL_DISK = {
  name: 'DatabaseClosedError',
  message: 'UnknownError Internal error opening backing store for indexedDB.open.',
  inner: { name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.' },
};
const BLOCKED = { name: 'VersionError', message: 'The requested version is less than the existing version.' };
const CLOSED = { name: 'DatabaseClosedError', message: 'Database has been closed' };

describe('storage error messages', () => {
  it('names a full disk or quota, and a write the disk refused, as a full disk with what to do', () => {
    expect(storageErrorCode(QUOTA)).toBe('disk-full');
    expect(storageErrorCode(ABORTED_COMMIT)).toBe('write-failed');
    // The browser's failed reopen on a full disk is about the disk, not a dropped connection.
    expect(storageErrorCode(REOPEN_ON_FULL_DISK)).toBe('write-failed');
    for (const e of [QUOTA, ABORTED_COMMIT, REOPEN_ON_FULL_DISK]) {
      expect(storageErrorMessage(e)).toContain('ổ đĩa đã đầy');
      expect(storageErrorMessage(e)).toContain('hãy xóa bớt tệp không cần trên máy');
      expect(storageErrorMessage(e)).toContain('Nội dung vừa nhập vẫn còn trên màn hình');
    }
  });

  it('tells a blocked upgrade and a closed connection apart', () => {
    expect(storageErrorCode(BLOCKED)).toBe('blocked');
    expect(storageErrorMessage(BLOCKED)).toContain('Hãy đóng các cửa sổ Tự Kiểm Tra khác');
    expect(storageErrorCode(CLOSED)).toBe('closed');
  });

  it('never shows the browser’s own words', () => {
    for (const e of [QUOTA, ABORTED_COMMIT, REOPEN_ON_FULL_DISK, BLOCKED, CLOSED, new Error('boom')]) {
      expect(storageErrorMessage(e)).not.toMatch(/Error|abort|Internal|backing|Quota/i);
    }
  });
});
