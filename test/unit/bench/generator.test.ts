import { describe, expect, it } from 'vitest';
import { deriveState, disagreements, mergeEdits } from '../../../shared/domain/derive';
import { isTimestamp } from '../../../shared/domain/clock';
import { EditSchema, checkEditValue } from '../../../shared/domain/schemas';
import { readPackage } from '../../../shared/exchange';
import { QUICK, generateInspection } from '../../bench/generator';
import { buildPackages } from '../../bench/packages';

const small = { ...QUICK, edits: 1_500, findings: 30 };

describe('bench generator', () => {
  it('makes the same inspection from the same seed, and another from another seed', () => {
    const a = generateInspection(small);
    const b = generateInspection(small);
    const c = generateInspection({ ...small, seed: 'other' });
    expect(JSON.stringify(a.byMember)).toBe(JSON.stringify(b.byMember));
    expect(c.inspectionId).not.toBe(a.inspectionId);
  });

  it('makes valid edits: HLC ids per member laptop, values that pass the import schema', () => {
    const li = generateInspection(small);
    const all = li.byMember.flat();
    expect(all).toHaveLength(small.edits);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    li.byMember.forEach((edits, m) => {
      for (const e of edits) {
        expect(e.author).toBe(li.members[m].id);
        expect(e.id.endsWith(`-${li.members[m].node}`)).toBe(true);
        expect(isTimestamp(e.id)).toBe(true);
        expect(EditSchema.safeParse(e).success).toBe(true);
        expect(checkEditValue(e.entity, e.field, e.value)).toBeUndefined();
      }
    });
  });

  it('has about a tenth of the fields written by two members, most of them disagreeing', () => {
    const li = generateInspection(small);
    const state = deriveState(mergeEdits(...li.byMember));
    const share = li.stats.concurrentFields / li.stats.fields;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.15);
    const conflicts = disagreements(state).length;
    expect(conflicts).toBeGreaterThan(li.stats.concurrentFields * 0.5);
    expect(conflicts).toBeLessThanOrEqual(li.stats.concurrentFields);
  });

  it('writes one signed .tkt package per member that the real exchange code accepts', async () => {
    const li = generateInspection(small);
    const pkgs = buildPackages(li);
    expect(pkgs).toHaveLength(small.members);
    for (const [m, p] of pkgs.entries()) {
      const r = await readPackage(p.fileName, p.bytes, { expectedInspectionId: li.inspectionId, currentEdits: () => li.setup });
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.package.signer.status).toBe('verified');
        expect(r.package.manifest.exporter.memberId).toBe(li.members[m].id);
      }
    }
  });
});
