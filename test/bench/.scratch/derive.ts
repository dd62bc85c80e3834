import { generateInspection, FULL } from '../generator';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
const li = generateInspection(FULL);
const sets = li.byMember.map((l) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => JSON.parse(JSON.stringify(e))));
const gc = (globalThis as any).gc;
for (let i = 0; i < 5; i++) {
  gc(); let t = performance.now(); const m = mergeEdits(li.setup, ...sets); const tm = performance.now() - t;
  gc(); t = performance.now(); const s = deriveState(m); const td = performance.now() - t;
  console.log('merge', tm.toFixed(0), 'derive', td.toFixed(0), s.records.size);
}
