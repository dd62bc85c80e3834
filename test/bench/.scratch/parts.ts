import { generateInspection, FULL } from '../generator';
import { mergeEdits } from '../../../shared/domain/derive';
const li = generateInspection(FULL);
const sets = li.byMember.map((l) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => JSON.parse(JSON.stringify(e))));
const m = mergeEdits(li.setup, ...sets);
const gc = (globalThis as any).gc;
const cpu = (label: string, fn: () => unknown) => { gc(); const c0 = process.cpuUsage(); fn(); console.log(label.padEnd(20), (process.cpuUsage(c0).user / 1000).toFixed(0)); };
for (let i = 0; i < 3; i++) {
  cpu('replaced set', () => { const s = new Set<string>(); for (const e of m) for (const r of e.replaces) s.add(r); return s; });
  const s = new Set<string>(); for (const e of m) for (const r of e.replaces) s.add(r);
  cpu('has id', () => { let n = 0; for (const e of m) if (s.has(e.id)) n++; return n; });
  cpu('map recordId', () => { const mm = new Map<string, number>(); for (const e of m) mm.set(e.recordId, 1); return mm; });
  cpu('concat key map', () => { const mm = new Map<string, number>(); for (const e of m) mm.set(`${e.entity}/${e.recordId}`, 1); return mm; });
}
