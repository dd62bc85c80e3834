import type { DerivedState } from '../../../../shared/domain/derive';
import { DELETED_FIELD } from '../../../../shared/domain/edit';
import type { RecordState } from '../../../../shared/domain/derive';
import { parseTimestamp } from '../../../../shared/domain/clock';
import { formatDateTime } from '../../../../shared/domain/format';
import { archivedMembersOf, membersOf } from '../../../../shared/domain/views';
import { SETUP_AUTHOR } from '../../db/inspections';

export type MemberNames = ReadonlyMap<string, string>;

/** Names of who wrote what: an archived member's records still carry their name. */
export function memberNames(state: DerivedState): MemberNames {
  return new Map([...membersOf(state), ...archivedMembersOf(state)].map((m) => [m.id, m.values.name ?? '']));
}

export function nameOf(names: MemberNames, id: string): string {
  if (id === SETUP_AUTHOR) return 'người thiết lập';
  return names.get(id) || 'thành viên khác';
}

/** "Nguyễn Văn A, Trần B · 14:05 05/8/2025": who wrote a record's current values, and when last. */
export function provenanceText(rec: RecordState, names: MemberNames): string {
  const authors = new Set<string>();
  let last = '';
  for (const [field, f] of Object.entries(rec.fields)) {
    if (field === DELETED_FIELD) continue;
    authors.add(nameOf(names, f.author));
    if (f.editId > last) last = f.editId;
  }
  if (!last) return '';
  return `${[...authors].join(', ')} · ${formatDateTime(parseTimestamp(last).millis)}`;
}

/** A short key that changes whenever a record's values change: lets memoised rows skip re-rendering. */
export function versionOf(rec: RecordState | undefined): string {
  if (!rec) return '';
  return Object.values(rec.fields)
    .map((f) => f.editId)
    .join(',');
}
