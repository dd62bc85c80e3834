import { generateInspection, FULL } from '../generator';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
const li = generateInspection(FULL);
const sets = li.byMember.map((l) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => JSON.parse(JSON.stringify(e))));
const m = mergeEdits(li.setup, ...sets);
for (let i = 0; i < 8; i++) deriveState(m);
