import { describe, expect, it } from 'vitest';
import { annexIndicatorPoints, parseVnNumber } from '../../../shared/dashboard/annexPoints';
import type { AnnexRow } from '../../../shared/report/types';

const row = (fraction: string, targetText: string, indicator = 'Chỉ tiêu'): AnnexRow => ({ itemId: 'x', indicator, fraction, percentText: '', targetText, verdict: '' });

describe('the annex chart read back from a frozen annex', () => {
  it('reads Vietnamese numbers: dots group thousands, a comma marks decimals', () => {
    expect(parseVnNumber('1.154')).toBe(1154);
    expect(parseVnNumber('12,5%')).toBe(12.5);
    expect(parseVnNumber('80%')).toBe(80);
    expect(parseVnNumber('')).toBeUndefined();
    expect(parseVnNumber('1,154.5')).toBeUndefined();
  });

  it('turns each row with a target into a bar numbered as the annex table, with met or not against the target', () => {
    const points = annexIndicatorPoints([row('1.154/1.166', '100%', 'Hồ sơ đúng hạn'), row('', '80%'), row('13/21', '', 'Không chỉ tiêu'), row('85/100', '80%')]);
    expect(points.map((p) => p.label)).toEqual(['1', '2', '4']);
    expect(points[0]).toMatchObject({ text: 'Hồ sơ đúng hạn', target: 100, met: false, value: { numerator: 1154, denominator: 1166 } });
    expect(points[0].percent).toBeCloseTo((1154 / 1166) * 100, 9);
    expect(points[1]).toMatchObject({ percent: null, target: 80, met: undefined });
    expect(points[2]).toMatchObject({ percent: 85, met: true });
  });
});
