/**
 * What a member has written and not yet sent to the leader: edits by them
 * newer than the newest of theirs in the last results package they saved.
 * Marked only once the file is saved (exporting itself writes nothing).
 */
import { deriveState } from '../../../shared/domain/derive';
import { entityEdits, inspectionEdits } from './edits';
import { getSetting, meKey, setSetting } from './settings';
import type { AppDB } from './schema';

const sentKey = (inspectionId: string, memberId: string) => `sentUpTo:${inspectionId}:${memberId}`;

/**
 * Before building a results package: note my newest edit now (the package
 * holds at least that much). The returned function marks it sent, to be
 * called once the file is saved.
 */
export async function prepareSentMark(db: AppDB, inspectionId: string): Promise<() => Promise<void>> {
  const me = await getSetting<string>(db, meKey(inspectionId));
  if (!me) return async () => undefined;
  let newest = '';
  for (const e of await inspectionEdits(db, inspectionId)) if (e.author === me && e.id > newest) newest = e.id;
  return async () => {
    const before = (await getSetting<string>(db, sentKey(inspectionId, me))) ?? '';
    if (newest > before) await setSetting(db, sentKey(inspectionId, me), newest);
  };
}

export interface UnsentSummary {
  memberId: string;
  role: string;
  /** My edits not in a results package I saved. */
  count: number;
}

/**
 * Counts my edits after the sent mark. Reads by primary key (edit ids are
 * timestamps) from the mark on, so a large inspection is not scanned per keystroke.
 */
export async function unsentSummary(db: AppDB, inspectionId: string): Promise<UnsentSummary | undefined> {
  const me = await getSetting<string>(db, meKey(inspectionId));
  if (!me) return undefined;
  const member = deriveState(await entityEdits(db, inspectionId, 'member')).records.get(`member/${me}`);
  const role = String(member?.fields.role?.value ?? '');
  const mark = (await getSetting<string>(db, sentKey(inspectionId, me))) ?? '';
  const count = await db.edits
    .where('id')
    .above(mark)
    .filter((e) => e.inspectionId === inspectionId && e.author === me && e.entity !== 'member')
    .count();
  return { memberId: me, role, count };
}

/**
 * What the quit reminder counts: the changes of every inspection on this
 * laptop where I am a member (not the leader) that are not yet sent, and the
 * first inspection that has some ("Xuất ngay" opens its export).
 */
export async function unsentOnLaptop(db: AppDB): Promise<{ count: number; inspectionId?: string }> {
  let count = 0;
  let inspectionId: string | undefined;
  for (const entry of await db.inspections.toArray()) {
    const s = await unsentSummary(db, entry.id);
    if (!s || s.role === 'truong-doan' || s.count === 0) continue;
    count += s.count;
    inspectionId ??= entry.id;
  }
  return { count, inspectionId };
}
