import { generateInspection, FULL, QUICK, allEdits } from './generator';
import { deriveState, mergeEdits, disagreements } from '../../shared/domain/derive';
import { EditSchema, checkEditValue } from '../../shared/domain/schemas';
for (const o of [QUICK, FULL]) {
  let t = performance.now();
  const li = generateInspection(o);
  const gen = performance.now() - t;
  const all = allEdits(li);
  const json = JSON.stringify(all);
  t = performance.now();
  const merged = mergeEdits(...li.byMember);
  const st = deriveState(merged);
  const md = performance.now() - t;
  let bad = 0;
  for (const e of all) { const r = EditSchema.safeParse(e); const c = checkEditValue(e.entity, e.field, e.value); if (!r.success || c) { if (bad++ < 3) console.log(e, c, r.error?.issues); } }
  t = performance.now(); JSON.parse(json); const jp = performance.now() - t;
  console.log(li.stats, 'gen', gen.toFixed(0), 'bytes', json.length, 'merge+derive', md.toFixed(0), 'json.parse', jp.toFixed(0), 'disagreements', disagreements(st).length, 'bad', bad, 'perMember', li.byMember.map(l=>l.length));
}
console.log(JSON.stringify(generateInspection(QUICK).byMember[1].slice(-3), null, 1));
