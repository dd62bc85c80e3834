import { describe, expect, it } from 'vitest';
import { attachmentCountText, attachmentKind, fitWithin, imagePolicyFrom, safeSaveName, saveExtension } from '../../../shared/checklist/attachments';

describe('attached files: rules', () => {
  it('knows photos and PDFs by type, or by name when the platform gives no type (HEIC)', () => {
    expect(attachmentKind('image/jpeg', 'a.jpg')).toBe('image');
    expect(attachmentKind('', 'IMG_0001.HEIC')).toBe('image');
    expect(attachmentKind('application/pdf', 'x')).toBe('pdf');
    expect(attachmentKind('application/vnd.ms-excel', 'bang.xls')).toBeUndefined();
  });

  it('downscales to the long side, never enlarges', () => {
    expect(fitWithin(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(1200, 4800, 2000)).toEqual({ width: 500, height: 2000 });
    expect(fitWithin(800, 600, 2000)).toEqual({ width: 800, height: 600 });
  });

  it('takes a configured policy within bounds, the defaults otherwise (2.000 px, JPEG 0,85)', () => {
    expect(imagePolicyFrom(undefined)).toEqual({ maxSide: 2000, quality: 0.85, thumbSide: 240 });
    expect(imagePolicyFrom({ maxSide: 1600, quality: 0.7 })).toEqual({ maxSide: 1600, quality: 0.7, thumbSide: 240 });
    expect(imagePolicyFrom({ maxSide: 5, quality: 7 })).toEqual({ maxSide: 2000, quality: 0.85, thumbSide: 240 });
  });

  it('counts kinds the way the report writes numbers under ten', () => {
    expect(attachmentCountText(['image', 'image', 'pdf'])).toBe('02 ảnh, 01 tệp PDF');
    expect(attachmentCountText(['pdf'])).toBe('01 tệp PDF');
  });

  it('saves under a name every file system accepts, extension kept', () => {
    expect(safeSaveName('Biên bản: 01/BB-ĐKT.pdf', 'pdf')).toBe('Biên bản- 01-BB-ĐKT.pdf');
    expect(safeSaveName('../../etc/passwd', 'image')).toBe('-.-etc-passwd');
    expect(safeSaveName('   ', 'pdf')).toBe('tai-lieu.pdf');
    expect(safeSaveName(`${'a'.repeat(300)}.jpeg`, 'image')).toBe(`${'a'.repeat(195)}.jpeg`);
    expect(saveExtension('scan.PDF', 'pdf')).toBe('PDF');
    expect(saveExtension('khong-duoi', 'image')).toBe('jpg');
  });
});
