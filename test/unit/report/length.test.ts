/**
 * A province-wide inspection (30 units, 2,000 findings and recommendations,
 * the bench's generated data) gives a body a Trưởng đoàn can read and sign:
 * at most 15 pages up to the signature, and annexes of a few pages of
 * figures by unit.
 * Pages are counted on LibreOffice's rendering of the DOCX.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveState, mergeEdits } from '../../../shared/domain/derive';
import { buildReportModel, reportDataHash } from '../../../shared/report';
import { reportDocx } from '../../../shared/report/docx';
import { CCHC_TEMPLATE } from '../../../shared/templates';
import { FULL, generateInspection } from '../../bench/generator';

describe('report length on a 30-unit inspection', () => {
  it('keeps the body (up to the signature) within 15 pages and the annexes to a few pages', async () => {
    const g = generateInspection(FULL);
    const edits = mergeEdits(...g.byMember);
    const model = buildReportModel(deriveState(edits), CCHC_TEMPLATE, { inspectionId: g.inspectionId, dataHash: reportDataHash(edits) });
    const work = mkdtempSync(join(tmpdir(), 'tkt-length-'));
    const docx = join(work, 'bao-cao.docx');
    writeFileSync(docx, await reportDocx(model));
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      env: { ...process.env, HOME: work },
      stdio: 'pipe',
      timeout: 180_000,
    });
    const pdf = join(work, 'bao-cao.pdf');
    const out = join(process.cwd(), 'test-results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report-30-units.pdf'), readFileSync(pdf));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    let signed = 0;
    for (let n = 1; n <= pages && !signed; n++) if (execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).includes('TRƯỞNG ĐOÀN')) signed = n;
    writeFileSync(join(out, 'report-30-units-pages.txt'), `body ${signed} of ${pages}\n`);
    expect(signed).toBeGreaterThan(0);
    expect(signed).toBeLessThanOrEqual(15);
    // The annexes are tables of figures (indicators; results by unit), a few pages, not every comment of thirty units.
    expect(pages - signed).toBeLessThanOrEqual(10);
  }, 300_000);
});
