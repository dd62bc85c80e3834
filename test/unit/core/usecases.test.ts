/** The write use cases on the in-memory adapter: what a member and the leader do, checked through the read model. */
import { describe, expect, it } from 'vitest';
import { getRecord } from '../../../shared/domain/derive';
import { responseId } from '../../../shared/domain/edit';
import { MemoryPort } from '../../../shared/core/memoryPort';
import { deleteRecord, saveFields, settleDisagreement } from '../../../shared/core/usecases';
import { finaliseReport } from '../../../shared/core/finalise';
import { applyAcceptedImport } from '../../../shared/core/importing';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { reportDataHash } from '../../../shared/report';

const I = 'insp1';
const ITEM = CCHC_TEMPLATE.sections[0].items[0].id;
const SECTION = CCHC_TEMPLATE.sections[0].id;
const RESP = responseId('u1', ITEM);

async function answer(port: MemoryPort, verdict: string) {
  return saveFields(port, { inspectionId: I, entity: 'response', recordId: RESP, unitId: 'u1', values: { verdict } });
}

describe('use cases over the storage port', () => {
  it('saving fields writes only what changed, and the counters follow', async () => {
    const port = new MemoryPort();
    port.authors.set(I, 'm-lan');
    expect(await answer(port, 'dat')).toBe(1);
    expect(await answer(port, 'dat')).toBe(0);
    const state = await port.transaction((tx) => tx.readRecords(I, [{ entity: 'response', recordId: RESP }]));
    expect(getRecord(state, 'response', RESP)?.fields.verdict.author).toBe('m-lan');
    expect(port.model.counts.get(`${I}|answered|u1|${SECTION}`)?.n).toBe(1);
    expect(port.model.counts.get(`${I}|answers|m-lan`)?.n).toBe(1);
  });

  it('two members disagree, the leader settles it, and the disagreement is gone from the counters', async () => {
    // Two laptops write concurrently: each edit replaces nothing the other wrote.
    const a = new MemoryPort('aa');
    const b = new MemoryPort('bb');
    a.authors.set(I, 'm-an');
    b.authors.set(I, 'm-binh');
    await answer(a, 'dat');
    await answer(b, 'khong-dat');
    const leader = new MemoryPort('cc');
    leader.authors.set(I, 'm-lead');
    leader.model.append([...a.model.edits.values(), ...b.model.edits.values()]);
    expect(leader.model.counts.get(`${I}|open|u1|${SECTION}`)?.n).toBe(1);
    await settleDisagreement(leader, { inspectionId: I, entity: 'response', recordId: RESP, field: 'verdict', value: 'khong-dat' });
    expect(leader.model.counts.get(`${I}|open|u1|${SECTION}`)).toBeUndefined();
    const state = await leader.transaction((tx) => tx.readInspection(I));
    expect(getRecord(state, 'response', RESP)?.fields.verdict).toMatchObject({ value: 'khong-dat', conflict: false, author: 'm-lead' });
  });

  it('deleting a record removes it from the answered counts', async () => {
    const port = new MemoryPort();
    await answer(port, 'dat');
    await deleteRecord(port, I, 'response', RESP);
    expect(port.model.counts.get(`${I}|answered|u1|${SECTION}`)).toBeUndefined();
    expect(port.model.records.get(`${I}|response/${RESP}`)?.deleted).toBe(1);
  });

  it('a use case that fails writes nothing', async () => {
    const port = new MemoryPort();
    await expect(
      port.transaction(async (tx) => {
        await tx.append([{ id: tx.nextId(), inspectionId: I, entity: 'unit', recordId: 'u1', field: 'name', value: 'Văn phòng', author: 'm', unitId: '', replaces: [] }]);
        throw new Error('mất điện');
      }),
    ).rejects.toThrow();
    expect(port.model.edits.size).toBe(0);
    expect(port.model.records.size).toBe(0);
  });

  it('finalising the report freezes the model with the hash of the data it was made from', async () => {
    const port = new MemoryPort();
    await saveFields(port, { inspectionId: I, entity: 'inspection', recordId: I, unitId: '', values: { title: 'Kiểm tra CCHC năm 2025' } });
    await answer(port, 'dat');
    const before = [...port.model.edits.values()];
    const model = await finaliseReport(port, { inspectionId: I, template: CCHC_TEMPLATE, version: 1, blankForClerk: false, finalisedAt: '2025-08-05T08:00:00.000Z' });
    expect(model.status).toBe('final');
    expect(model.dataHash).toBe(reportDataHash(before));
    const versions = [...port.model.records.values()].filter((r) => r.entity === 'reportVersion');
    expect(versions).toHaveLength(1);
  });
});

describe('applying an import over the storage port', () => {
  it('writes only what is new, lists a new inspection once, and a second apply writes nothing', async () => {
    const member = new MemoryPort('aa');
    member.authors.set(I, 'm-an');
    await saveFields(member, { inspectionId: I, entity: 'inspection', recordId: I, unitId: '', values: { title: 'Kiểm tra CCHC năm 2025' } });
    await answer(member, 'dat');
    const edits = [...member.model.edits.values()];

    const leader = new MemoryPort('cc');
    const progress: [number, number][] = [];
    const first = await applyAcceptedImport(leader, { edits: edits.concat(edits), inspectionIds: [I, I] }, (d, t) => progress.push([d, t]));
    expect(first).toEqual({ written: edits.length, newInspections: [I] });
    expect(leader.model.counts.get(`${I}|answered|u1|${SECTION}`)?.n).toBe(1);
    expect(await applyAcceptedImport(leader, { edits, inspectionIds: [I] })).toEqual({ written: 0, newInspections: [] });
  });
});
