/**
 * Files exported by the previous version (format 1: one list of records,
 * signed by the exporting laptop only) still import, marked as older, and
 * give only what they can prove: their signer's own records.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { editsByInspection, previewImport, readPackage, sha256Hex, signManifest, utf8ToBytes, writeZip } from '../../../shared/exchange';
import type { Edit } from '../../../shared/domain/edit';
import { INSPECTION_ID, KEYS, setupEdits } from './sample';

const dir = new URL('../../fixtures/exchange/format1/', import.meta.url);
const sample = new Uint8Array(readFileSync(new URL('ket-qua-Tran-Thi-Binh.tkt', dir)));
const keys = JSON.parse(readFileSync(new URL('keys.json', dir), 'utf8')) as { m2: string };
const atLeader = { expectedInspectionId: INSPECTION_ID, currentEdits: editsByInspection(setupEdits({ m2: keys.m2 })), me: () => 'm1' };

describe('format-1 files from the previous version', () => {
  it('import at the leader, marked as the older format, with Bình’s answer', async () => {
    const r = await readPackage('cu.tkt', sample, atLeader);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.package.manifest.formatVersion).toBe(1);
    const p = previewImport(r.package, atLeader.currentEdits);
    expect(p.legacyFormat).toBe(true);
    expect(p.signer).toEqual({ status: 'verified', memberName: 'Trần Thị Bình' });
    expect(p.newEdits.length).toBeGreaterThan(0);
    expect(p.newEdits.every((e) => e.author === 'm2')).toBe(true);
  });

  it('a format-1 file cannot bring another member’s record: only its signer’s own are proven', async () => {
    // The same old file with one of Cường's answers added, re-signed by Bình's laptop (a well-made forgery in the old format).
    const entries = unzipSync(sample);
    const list = JSON.parse(new TextDecoder().decode(entries['edits.json'])) as Edit[];
    const forged: Edit = { ...list.find((e) => e.author === 'm2')!, id: '001700000900000-0000-cuong', author: 'm3', value: 'khong-dat' };
    const body = utf8ToBytes(`[\n${[...list, forged].map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    manifest.contentHash = sha256Hex(body);
    manifest.counts.edits = list.length + 1;
    manifest.exporter.publicKey = KEYS.m2.publicKey;
    const manifestBytes = utf8ToBytes(JSON.stringify(manifest));
    const file = writeZip({ 'manifest.json': manifestBytes, 'edits.json': body, signature: utf8ToBytes(signManifest(manifestBytes, KEYS.m2.secretKey)) });
    const ctx = { ...atLeader, currentEdits: editsByInspection(setupEdits({ m2: KEYS.m2.publicKey })) };
    const r = await readPackage('cu-gia.tkt', file, ctx);
    expect(r.ok ? 'accepted' : r.error.code).toBe('forged-author');
    expect(r.ok ? '' : r.error.message).toMatch(/^Tệp "cu-gia.tkt" có bản ghi ghi là của Lê Văn Cường nhưng không được khóa của Lê Văn Cường ký \(tệp định dạng cũ chỉ chứng minh được bản ghi của chính người ký\)/);
  });
});
