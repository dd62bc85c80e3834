import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../shared/exchange';
import { buildCorpus } from '../../fixtures/exchange/corpus';

const corpus = buildCorpus();

describe('bad-input corpus: each file is refused with a Vietnamese message naming it', () => {
  for (const c of corpus) {
    it(`${c.what} (${c.file})`, async () => {
      const r = await readPackage(c.file, c.bytes, { currentEdits: () => [], ...c.ctx });
      if (c.message === undefined) {
        expect(r.ok ? 'ok' : r.error.message).toBe('ok');
        return;
      }
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(c.code);
      expect(r.error.message).toBe(c.message);
      expect(r.error.message).toContain(`"${c.file}"`);
    });
  }

  it('duplicate records are ignored: each record is kept once', async () => {
    const dup = corpus.find((c) => c.file === 'ban-ghi-trung.tkt')!;
    const r = await readPackage(dup.file, dup.bytes, { currentEdits: () => [], ...dup.ctx });
    expect(r.ok && new Set(r.package.edits.map((e) => e.id)).size === r.package.edits.length).toBe(true);
  });

  it.runIf(process.env.TKT_WRITE_CORPUS === '1')('writes the corpus to test/fixtures/exchange/corpus/ for trying by hand', () => {
    const dir = new URL('../../fixtures/exchange/corpus/', import.meta.url).pathname;
    mkdirSync(dir, { recursive: true });
    for (const c of corpus) if (c.bytes.length < 50 * 1024 * 1024) writeFileSync(dir + c.file, c.bytes);
  });
});
