/** Per member: packages received, the last one, and fields where their value still stands in a disagreement. */
import { describe, expect, it } from 'vitest';
import { deriveState } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
import { membersOf } from '../../../shared/domain/views';
import { arrivalRows } from '../../../renderer/src/features/exchange/arrivalRows';

let n = 0;
const edit = (author: string, entity: Edit['entity'], recordId: string, field: string, value: Edit['value'], replaces: string[] = []): Edit => ({
  id: `${String(1_700_000_000_000 + ++n).padStart(15, '0')}-0000-${author.replace(/[^a-z]/g, '')}`,
  inspectionId: 'i1',
  entity,
  recordId,
  field,
  value,
  author,
  unitId: entity === 'response' ? 'u1' : '',
  replaces,
});

describe('arrival rows', () => {
  it('counts a member in each unsettled disagreement holding their value, and keeps the last package', () => {
    const edits = [
      edit('setup', 'member', 'mb', 'name', 'Trần Thị Bình'),
      edit('setup', 'member', 'mc', 'name', 'Lê Văn Cường'),
      edit('mb', 'response', 'u1~a', 'verdict', 'dat'),
      edit('mc', 'response', 'u1~a', 'verdict', 'khong-dat'),
      edit('mb', 'response', 'u1~b', 'comment', 'giống nhau'),
      edit('mc', 'response', 'u1~b', 'comment', 'giống nhau'),
    ];
    const state = deriveState(edits);
    const arrivals = [
      { memberId: 'mb', memberName: 'Trần Thị Bình', exportedAt: '2025-10-06T08:00:00Z', receivedAt: 1, newRecords: 5 },
      { memberId: 'mb', memberName: 'Trần Thị Bình', exportedAt: '2025-10-06T09:00:00Z', receivedAt: 2, newRecords: 1 },
    ];
    const rows = arrivalRows(membersOf(state), arrivals, state);
    expect(rows.map((r) => [r.name, r.packages, r.last?.newRecords, r.unsettled])).toEqual([
      ['Trần Thị Bình', 2, 1, 1],
      ['Lê Văn Cường', 0, undefined, 1],
    ]);
  });
});
