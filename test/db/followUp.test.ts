/**
 * Follow-up items travel like other records: the leader carries last year's
 * recommendations, the set-up package brings them to a member's laptop, the
 * member records a result, and the leader's merge shows it.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EditStore } from '../../renderer/src/db/edits';
import { applyImport, buildExport, checkImportFiles, claimMember } from '../../renderer/src/db/exchange';
import { InspectionRepo } from '../../renderer/src/db/inspections';
import { unitState } from '../../renderer/src/db/readModel';
import { AppDB } from '../../renderer/src/db/schema';
import { carryFromEdits } from '../../shared/followup/carry';
import { followUpsOf } from '../../shared/followup/views';
import { INSPECTION_ID, setupEdits } from '../unit/exchange/sample';
import { PREVIOUS_ID, REC, previousInspectionEdits } from '../fixtures/followup/previous';

const opened: AppDB[] = [];
let counter = 0;

async function laptop() {
  const db = new AppDB(`followup-test-${++counter}-${Math.random()}`);
  opened.push(db);
  return { db, store: await EditStore.open(db) };
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function move(from: { db: AppDB; store: EditStore }, to: { db: AppDB; store: EditStore }, kind: 'setup' | 'results') {
  const r = await buildExport(from.db, from.store, kind, INSPECTION_ID, {});
  if (!r.ok) throw new Error(r.message);
  const checks = await checkImportFiles(to.db, [{ name: r.fileName, data: r.data }]);
  if (!checks[0].ok) throw new Error(checks[0].error.message);
  await applyImport(to.db, to.store, checks);
}

describe('follow-up items between laptops', () => {
  it('reach the member with the set-up, and the member’s result reaches the leader', async () => {
    const leader = await laptop();
    await leader.store.write(setupEdits());
    await leader.db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 1 });
    await claimMember(leader.db, leader.store, INSPECTION_ID, 'm1');
    const leaderRepo = new InspectionRepo(leader.db, leader.store, INSPECTION_ID);
    expect(await carryFromEdits(leaderRepo.port, INSPECTION_ID, PREVIOUS_ID, await previousInspectionEdits())).toMatchObject({ carried: 3 });

    const member = await laptop();
    await move(leader, member, 'setup');
    await claimMember(member.db, member.store, INSPECTION_ID, 'm2');
    const onMember = followUpsOf(await unitState(member.db, INSPECTION_ID, 'u1'), 'u1');
    expect(onMember.map((f) => f.values.text)).toEqual([REC.vp.text]);

    await new InspectionRepo(member.db, member.store, INSPECTION_ID).setFields('followUp', onMember[0].id, 'u1', { status: 'da-thuc-hien', evidence: 'Đã cập nhật 193/193 TTHC' });
    await move(member, leader, 'results');
    const onLeader = followUpsOf(await unitState(leader.db, INSPECTION_ID, 'u1'), 'u1');
    expect(onLeader.map((f) => [f.values.status, f.values.evidence])).toEqual([['da-thuc-hien', 'Đã cập nhật 193/193 TTHC']]);
  });
});
