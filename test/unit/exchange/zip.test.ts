/**
 * The zip container with large entries, which are inflated by the platform's
 * DecompressionStream: the entries read are byte for byte what fflate reads,
 * a damaged or mis-sized entry is refused, the last of two same-named entries
 * wins as before, and without DecompressionStream everything still works.
 */
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { stableStringify } from '../../../shared/domain/edit';
import { mergeEdits } from '../../../shared/domain/derive';
import { openPackage, readZip, utf8ToBytes, writeZip } from '../../../shared/exchange';
import { QUICK, generateInspection } from '../../bench/generator';
import { buildPackages } from '../../bench/packages';

const li = generateInspection(QUICK);
const pkg = buildPackages(li)[1];
const expected = stableStringify(mergeEdits((JSON.parse(pkg.json) as never[]).slice()));
/** The package's largest entry: the member's segment of records. */
const RECORDS = Object.entries(unzipSync(pkg.bytes)).sort(([, a], [, b]) => b.length - a.length)[0][0];

/** Offsets of an entry's local header and central-directory header. */
function headersOf(zip: Uint8Array, name: string): { local: number; central: number } {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const bytes = utf8ToBytes(name);
  const named = (at: number) => bytes.every((b, i) => zip[at + i] === b);
  let local = -1;
  let central = -1;
  for (let i = 0; i + 46 < zip.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50 && dv.getUint16(i + 26, true) === bytes.length && named(i + 30)) local = i;
    if (sig === 0x02014b50 && dv.getUint16(i + 28, true) === bytes.length && named(i + 46)) central = i;
  }
  return { local, central };
}

function entriesEqual(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): boolean {
  const keys = Object.keys(a).sort();
  if (keys.join('\n') !== Object.keys(b).sort().join('\n')) return false;
  return keys.every((k) => a[k].length === b[k].length && a[k].every((x, i) => x === b[k][i]));
}

describe('zip container with large entries', () => {
  it('the bench package has a records entry large enough for the native inflater', () => {
    expect(RECORDS.startsWith('segments/')).toBe(true);
    expect(unzipSync(pkg.bytes)[RECORDS].length).toBeGreaterThan(64 * 1024);
  });

  it('reads exactly the bytes fflate reads, through the native inflater, and the package opens with exactly its records', async () => {
    await readZip(pkg.fileName, pkg.bytes); // the first read also probes whether the platform has the inflater
    const Native = globalThis.DecompressionStream;
    let streams = 0;
    vi.stubGlobal(
      'DecompressionStream',
      class extends Native {
        constructor(format: CompressionFormat) {
          super(format);
          streams += 1;
        }
      },
    );
    let r: Awaited<ReturnType<typeof readZip>>;
    try {
      r = await readZip(pkg.fileName, pkg.bytes);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(streams).toBe(1);
    expect(r.ok && entriesEqual(r.entries, unzipSync(pkg.bytes))).toBe(true);
    const opened = await openPackage(pkg.fileName, pkg.bytes);
    expect(opened.ok && stableStringify(mergeEdits(opened.package.edits))).toBe(expected);
  });

  it('refuses a large entry whose deflated bytes were changed, as altered', async () => {
    const bad = pkg.bytes.slice();
    const { local } = headersOf(bad, RECORDS);
    const dv = new DataView(bad.buffer);
    const start = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    bad[start + 5000] ^= 0x5a;
    const r = await openPackage('hong.tkt', bad);
    expect(r.ok ? 'ok' : r.error.code).toBe('altered');
    expect(r.ok ? '' : r.error.message).toMatch(/^Tệp "hong\.tkt" đã bị thay đổi sau khi xuất/);
  });

  it('refuses a large entry that inflates to more or fewer bytes than it declares', async () => {
    for (const delta of [-1, 1, -1000]) {
      const bad = pkg.bytes.slice();
      const dv = new DataView(bad.buffer);
      const { local, central } = headersOf(bad, RECORDS);
      dv.setUint32(local + 22, dv.getUint32(local + 22, true) + delta, true);
      dv.setUint32(central + 24, dv.getUint32(central + 24, true) + delta, true);
      const r = await readZip('kich-thuoc.tkt', bad);
      expect(r.ok ? 'ok' : r.error.code).toBe('altered');
    }
  });

  it('of two entries with the same name the last wins, as with fflate, whichever inflater reads them', async () => {
    const big = (c: string) => utf8ToBytes(c.repeat(100_000));
    const small = (c: string) => utf8ToBytes(c.repeat(10));
    for (const [first, second] of [
      [big('a'), big('b')],
      [big('a'), small('b')],
      [small('a'), big('b')],
    ]) {
      const zip = zipSync({ 'edits.json': first, 'edits.jsoo': second, 'manifest.json': small('m') });
      // Rename the second entry in both of its headers so two entries share a name.
      const { local, central } = headersOf(zip, 'edits.jsoo');
      zip[local + 30 + 9] = 'n'.charCodeAt(0);
      zip[central + 46 + 9] = 'n'.charCodeAt(0);
      const r = await readZip('trung-ten.tkt', zip);
      expect(r.ok && entriesEqual(r.entries, unzipSync(zip))).toBe(true);
      expect(r.ok && r.entries['edits.json'][0]).toBe('b'.charCodeAt(0));
    }
  });

  it('works the same without a native DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    vi.resetModules();
    try {
      const fresh = await import('../../../shared/exchange');
      const r = await fresh.readZip(pkg.fileName, pkg.bytes);
      expect(r.ok && entriesEqual(r.entries, unzipSync(pkg.bytes))).toBe(true);
      const opened = await fresh.openPackage(pkg.fileName, pkg.bytes);
      expect(opened.ok && stableStringify(mergeEdits(opened.package.edits))).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('a large package with bytes flipped, cut or inserted is refused with its name, or opens with exactly its records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 }), fc.constantFrom('flip', 'cut', 'insert')), { minLength: 1, maxLength: 3 }),
        async (ms) => {
          let data = pkg.bytes.slice();
          for (const [where, x, kind] of ms) {
            const at = Math.min(data.length - 1, Math.floor(where * data.length));
            if (kind === 'flip') data[at] ^= x;
            else if (kind === 'cut') data = data.slice(0, at);
            else data = new Uint8Array([...data.subarray(0, at), x, ...data.subarray(at)]);
          }
          const r = await openPackage('ket-qua-lon.tkt', data);
          if (r.ok) expect(stableStringify(mergeEdits(r.package.edits))).toBe(expected);
          else expect(r.error.message).toContain('"ket-qua-lon.tkt"');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('still writes zips that read back the same (writeZip is unchanged)', async () => {
    const entries = { 'a.json': utf8ToBytes('x'.repeat(200_000)), 'b.json': utf8ToBytes('{}') };
    const r = await readZip('viet.tkt', writeZip(entries));
    expect(r.ok && entriesEqual(r.entries, entries)).toBe(true);
  });
});
