/** LibreOffice Calc as a reader of exported workbooks: every sheet to CSV, and a small CSV parser. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Converts with `soffice --headless --convert-to csv`. The filter options ask
 * for UTF-8, comma-separated, values as shown (so the number formats are
 * checked too; Calc here shows them with en-US separators) and every sheet (-1):
 * Calc then writes one file per sheet, named "<file>-<sheet>.csv".
 */
export function xlsxToCsv(dir: string, name: string, data: Uint8Array): { sheet: string; text: string }[] {
  const out = join(dir, name.replace(/\.xlsx$/, ''));
  mkdirSync(out, { recursive: true });
  const file = join(out, name);
  writeFileSync(file, data);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const base = name.replace(/\.xlsx$/, '');
  // Calc names the files after the sheets but does not list them in order: read the order from the workbook.
  const files = readdirSync(out).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.csv'));
  return files.map((f) => ({ sheet: f.slice(base.length + 1, -4), text: readFileSync(join(out, f), 'utf8') }));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"', i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(cell), (cell = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) (row.push(cell), rows.push(row));
  return rows;
}
