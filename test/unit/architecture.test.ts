import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('layering', () => {
  it('shared/ imports nothing from electron, dexie, react or the renderer', () => {
    const offending: string[] = [];
    for (const f of sources(join(root, 'shared'))) {
      for (const spec of imports(f)) {
        if (/^(electron|dexie|dexie-react-hooks|react|react-dom|zustand)(\/|$)/.test(spec) || spec.includes('renderer/') || spec.includes('electron/'))
          offending.push(`${relative(root, f)} → ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('components never touch Dexie tables directly: only renderer/src/db does', () => {
    const offending: string[] = [];
    for (const f of sources(join(root, 'renderer/src'))) {
      if (f.includes('/renderer/src/db/')) continue;
      const text = readFileSync(f, 'utf8');
      if (/\bdb\.(edits|inspections|settings)\b/.test(text) || imports(f).some((s) => s === 'dexie')) offending.push(relative(root, f));
    }
    expect(offending).toEqual([]);
  });

  it('no HTML is injected anywhere in the UI', () => {
    const offending = sources(join(root, 'renderer/src')).filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(root, f))).toEqual([]);
  });
});
