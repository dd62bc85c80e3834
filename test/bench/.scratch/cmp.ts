import { generateInspection, FULL } from '../generator';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
import { deriveState as oldDerive } from './derive-old';
const li = generateInspection(FULL);
const sets = li.byMember.map((l) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => JSON.parse(JSON.stringify(e))));
const m = mergeEdits(li.setup, ...sets);
const ser = (s: any) => JSON.stringify([...s.records.entries()]);
console.log('equal', ser(deriveState(m)) === ser(oldDerive(m)), 'shuffled-equal', ser(deriveState([...m].reverse())) === ser(oldDerive([...m].reverse())));
const gc = (globalThis as any).gc;
for (let i = 0; i < 8; i++) {
  gc(); let c0 = process.cpuUsage(); oldDerive(m); const a = process.cpuUsage(c0).user / 1000;
  gc(); c0 = process.cpuUsage(); deriveState(m); const b = process.cpuUsage(c0).user / 1000;
  console.log('old', a.toFixed(0), 'new', b.toFixed(0));
}
