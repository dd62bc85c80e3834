/**
 * Architecture rules, checked on the real import graph by dependency-cruiser
 * (rules in .dependency-cruiser.cjs): shared/ imports no Electron, Dexie or
 * React; only renderer/src/db touches Dexie; no import cycles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

/** Rule violations of the import graph of the given folders, one line each ("rule: from → to"). */
async function violations(folders: string[]): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(folders, { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true });
    const out = result.output as ICruiseResult;
    return out.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

describe('layering (import graph)', () => {
  it('shared/ is pure, only renderer/src/db touches Dexie, and there are no import cycles', async () => {
    expect(await violations(['renderer/src', 'shared', 'electron'])).toEqual([]);
  }, 120_000);

  it('components never reach Dexie tables through a db object: only renderer/src/db does', () => {
    const offending: string[] = [];
    for (const f of sources(join(root, 'renderer/src'))) {
      if (f.includes('/renderer/src/db/')) continue;
      if (/\bdb\.(edits|inspections|settings|heads|records|counts)\b/.test(readFileSync(f, 'utf8'))) offending.push(relative(root, f));
    }
    expect(offending).toEqual([]);
  });

  it('no HTML is injected anywhere in the UI', () => {
    const offending = sources(join(root, 'renderer/src')).filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(root, f))).toEqual([]);
  });
});
