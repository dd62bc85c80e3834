import { generateInspection, FULL } from '../generator';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
import type { Edit } from '../../../shared/domain/edit';
const li = generateInspection(FULL);
const sets = li.byMember.map((l) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => JSON.parse(JSON.stringify(e))));
const gc = (globalThis as any).gc;
function merge2(...sets: Iterable<Edit>[]): Edit[] {
  const seen = new Set<string>();
  const out: Edit[] = [];
  for (const set of sets) for (const e of set) if (!seen.has(e.id)) { seen.add(e.id); out.push(e); }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function mergeNoSort(...sets: Iterable<Edit>[]): Edit[] {
  const byId = new Map<string, Edit>();
  for (const set of sets) for (const e of set) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}
const all = sets.flat();
for (let i = 0; i < 4; i++) {
  gc(); let t = performance.now(); mergeEdits(li.setup, ...sets); const a = performance.now() - t;
  gc(); t = performance.now(); merge2(li.setup, ...sets); const b = performance.now() - t;
  gc(); t = performance.now(); mergeNoSort(li.setup, ...sets); const c = performance.now() - t;
  gc(); t = performance.now(); const s = [...all]; s.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)); const d = performance.now() - t;
  gc(); t = performance.now(); new Set(all.map(e=>e.id)); const e = performance.now() - t;
  console.log('orig', a.toFixed(0), 'set', b.toFixed(0), 'nosort', c.toFixed(0), 'sortonly', d.toFixed(0), 'setonly', e.toFixed(0));
}
