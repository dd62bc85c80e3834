/**
 * Fuzzing import: valid packages with random byte flips, truncations and
 * inserted bytes. Checking never throws; a refused file leaves the database
 * exactly as it was (full dump before and after); a file that is still
 * accepted carries exactly the records that were exported.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeEdits } from '../../shared/domain/derive';
import { stableStringify, type Edit } from '../../shared/domain/edit';
import { buildPackage, sealPackage } from '../../shared/exchange';
import { EditStore } from '../../renderer/src/db/edits';
import { applyImport, checkImportFiles } from '../../renderer/src/db/exchange';
import { AppDB } from '../../renderer/src/db/schema';
import { answer, laptop, opts, setupEdits, ITEM_A, ITEM_B, INSPECTION_ID, KEYS } from '../unit/exchange/sample';
import { meKey } from '../../renderer/src/db/settings';
import { segmentOf } from '../fixtures/exchange/corpus';
import { dumpDb } from './exchange-helpers';

const setup = setupEdits({ m2: KEYS.m2.publicKey });
const binh = laptop('binh', 'm2', 1_700_000_100_000);
const a1 = answer(setup, binh, 'u1', ITEM_A, { verdict: 'dat', numerator: 13, denominator: 21, comment: 'Đã kiểm tra sổ theo dõi' });
const results = mergeEdits(setup, a1, answer(mergeEdits(setup, a1), binh, 'u2', ITEM_B, { verdict: 'khong-dat', text: 'Chưa niêm yết' }));
const plain = buildPackage(results, opts('results', 'm2', 'Trần Thị Bình'));
const PASS = 'mật khẩu đoàn';
const encrypted = await sealPackage(plain, PASS);
const expected = stableStringify(mergeEdits(results));

type Mutation = { kind: 'flip'; at: number; xor: number } | { kind: 'truncate'; at: number } | { kind: 'insert'; at: number; bytes: number[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
);

function mutate(data: Uint8Array, ms: Mutation[]): Uint8Array {
  let out = data.slice();
  for (const m of ms) {
    const at = Math.min(out.length - 1, Math.floor(m.at * out.length));
    if (m.kind === 'flip' && out.length) out[at] ^= m.xor;
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else if (m.kind === 'insert') out = new Uint8Array([...out.subarray(0, at), ...m.bytes, ...out.subarray(at)]);
  }
  return out;
}

let db: AppDB;
let store: EditStore;
let baseline: string;

beforeAll(async () => {
  db = new AppDB(`exchange-fuzz-${Math.random()}`);
  store = await EditStore.open(db);
  // The leader has the set-up and one answer of their own that the file disagrees with.
  await store.write(mergeEdits(setup, answer(setup, laptop('leader', 'm1', 1_700_000_050_000), 'u1', ITEM_A, { verdict: 'khong-dat' })));
  await db.inspections.put({ id: INSPECTION_ID, addedAt: 1, openedAt: 1 });
  // The leader's laptop, which has already compared and trusted Bình's key.
  await db.settings.put({ key: meKey(INSPECTION_ID), value: 'm1' });
  baseline = await dumpDb(db);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

async function importMutated(name: string, data: Uint8Array, passphrase?: string): Promise<void> {
  const checks = await checkImportFiles(db, [{ name, data, passphrase }], INSPECTION_ID);
  const c = checks[0];
  if (c.ok) {
    // Still accepted: the change did not touch the content, so the records are exactly the exported ones.
    expect(stableStringify(mergeEdits(c.pkg.edits as Edit[]))).toBe(expected);
    return;
  }
  expect(c.error.message).toContain(`"${name}"`);
  await applyImport(db, store, checks);
  expect(await dumpDb(db)).toBe(baseline);
}

describe('fuzzed packages', () => {
  it('the unmutated packages are accepted (the fuzz starts from valid files)', async () => {
    const checks = await checkImportFiles(db, [{ name: 'a.tkt', data: plain }, { name: 'b.tkt', data: encrypted, passphrase: PASS }], INSPECTION_ID);
    expect(checks.map((c) => (c.ok ? 'ok' : c.error.message))).toEqual(['ok', 'ok']);
  });

  it('mutated plain packages never throw and never change the database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        await importMutated('ket-qua-binh.tkt', mutate(plain, ms));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated encrypted packages never throw and never change the database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 2 }), async (ms) => {
        await importMutated('ket-qua-ma-hoa.tkt', mutate(encrypted, ms), PASS);
      }),
      { numRuns: 80 },
    );
  });

  it('a signed package with one byte of its records changed is refused as altered', async () => {
    // Find Bình's stored (deflated) segment and change one byte inside it.
    const probe = plain.slice();
    const name = new TextEncoder().encode(segmentOf(plain, 'm2'));
    let dataStart = -1;
    for (let i = 0; i < probe.length - 30; i++) {
      if (probe[i] === 0x50 && probe[i + 1] === 0x4b && probe[i + 2] === 0x03 && probe[i + 3] === 0x04) {
        const n = probe[i + 26] | (probe[i + 27] << 8);
        const x = probe[i + 28] | (probe[i + 29] << 8);
        if (n === name.length && name.every((b, k) => probe[i + 30 + k] === b)) dataStart = i + 30 + n + x;
      }
    }
    expect(dataStart).toBeGreaterThan(0);
    probe[dataStart + 20] ^= 0x01;
    const checks = await checkImportFiles(db, [{ name: 'mot-byte.tkt', data: probe }], INSPECTION_ID);
    expect(checks[0].ok).toBe(false);
    if (!checks[0].ok) {
      expect(checks[0].error.code).toBe('altered');
      expect(checks[0].error.message).toMatch(/^Tệp "mot-byte\.tkt" đã bị thay đổi sau khi xuất/);
    }
    expect(await dumpDb(db)).toBe(baseline);
  });
});
