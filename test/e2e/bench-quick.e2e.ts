/**
 * The bench cannot rot: its quick mode runs on a small fixture and must
 * produce every figure with a number. No figure is judged here (no timed
 * assertions); `npm run bench` is where people read them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './harness';

const root = new URL('../../', import.meta.url).pathname;

describe('npm run bench -- --quick', () => {
  it('produces every figure, the leader’s journey included, with numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tkt-bench-test-'));
    const out = join(dir, 'bench.json');
    try {
      // Reuse the renderer the e2e run already built, when there is one.
      const env = { ...process.env, ...(existsSync(join(DIST, 'index.html')) ? { TKT_DIST: DIST } : {}) };
      const r = spawnSync(process.execPath, ['test/bench/run.mjs', '--quick', '--out', out], { cwd: root, env, encoding: 'utf8', timeout: 280_000 });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { mode: string; figures: { id: string; value: unknown; note?: string }[] };
      expect(result.mode).toBe('quick');
      expect(result.figures.map((f) => f.id)).toEqual(['1', '1b', '2', '2b', '3a', '3b', '4', '4b', '5', '6', '6b', '6c', '7', '8', '9', '10', '11', '11b', '12', '12b']);
      for (const f of result.figures) expect(typeof f.value, `figure ${f.id}: ${f.note ?? ''}`).toBe('number');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
