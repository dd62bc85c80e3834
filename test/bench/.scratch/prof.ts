import { generateInspection, FULL } from '../generator';
import { buildPackages } from '../packages';
import { readZip } from '../../../shared/exchange/zip';
import { sha256Hex } from '../../../shared/exchange/crypto';
import { EditSchema, checkEditValue } from '../../../shared/domain/schemas';
import { openPackage, checkPackage } from '../../../shared/exchange';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
const li = generateInspection(FULL);
const pkgs = buildPackages(li);
const T = (label: string, fn: () => unknown) => { const t = performance.now(); const r = fn(); console.log(label.padEnd(28), (performance.now() - t).toFixed(0), 'ms'); return r as any; };
for (let rep = 0; rep < 2; rep++) {
console.log('--- rep', rep);
const zips = T('readZip x8', () => pkgs.map((p) => readZip(p.fileName, p.bytes)));
const bytes = zips.map((z: any) => z.entries['edits.json']);
T('sha256 x8', () => bytes.map((b: Uint8Array) => sha256Hex(b)));
const dec = new TextDecoder('utf-8', { fatal: true });
const texts = T('utf8 decode', () => bytes.map((b: Uint8Array) => dec.decode(b)));
const lists = T('JSON.parse', () => texts.map((t: string) => JSON.parse(t)));
T('EditSchema.safeParse', () => lists.forEach((l: any[]) => l.forEach((e) => EditSchema.safeParse(e))));
T('checkEditValue', () => lists.forEach((l: any[]) => l.forEach((e) => checkEditValue(e.entity, e.field, e.value))));
const opened = T('openPackage x8', () => pkgs.map((p) => openPackage(p.fileName, p.bytes)));
T('checkPackage x8', () => opened.map((o: any) => checkPackage(o.package, { expectedInspectionId: li.inspectionId, currentEdits: () => li.setup })));
const merged = T('mergeEdits', () => mergeEdits(li.setup, ...opened.map((o: any) => o.package.edits)));
T('deriveState', () => deriveState(merged));
}
