import { describe, expect, it } from 'vitest';
import { declaredImage, declaredPages, drawingSize } from '../../renderer/src/documents/declared-size';
import { scanLimits } from '../../shared/domain/scan-limits';
import { jpegDeclaring, pngDeclaring, tiffDeclaring } from '../support/hostile-files';
import { pngBytes } from '../support/sample-files';

const refused = (rule: string) => expect.objectContaining({ code: 'attachment.refused', issues: [{ path: ['file'], message: `validation.attachment_${rule}` }] });

describe("the viewer's check of a declared size, with the core's numbers", () => {
  it('lets a scan-sized image through and gives its size', () => {
    expect(declaredImage(pngBytes(30, 20, 1), 'image/png')).toEqual({ width: 30, height: 20, pages: 1 });
  });

  it.each([
    ['PNG', () => declaredImage(pngDeclaring(60_000, 60_000), 'image/png')],
    ['JPEG', () => declaredImage(jpegDeclaring(65_000, 65_000), 'image/jpeg')],
    ['TIFF', () => declaredImage(tiffDeclaring(60_000, 60_000), 'image/tiff')],
  ])('refuses a %s declaring more than a scan before anything decodes it', (_kind, check) => {
    expect(check).toThrow(refused('image_too_large'));
  });

  it('refuses an unreadable header as a broken image', () => {
    expect(() => declaredImage(new Uint8Array(10), 'image/png')).toThrow(refused('image_broken'));
  });

  it('opens no more pages than a scan has', () => {
    expect(declaredPages(scanLimits.pages)).toBe(scanLimits.pages);
    expect(() => declaredPages(scanLimits.pages + 1)).toThrow(refused('image_too_large'));
  });

  it('sizes a canvas by the page and refuses one a page far taller than wide would need', () => {
    expect(drawingSize(760, 595, 842)).toEqual({ width: 760, height: 1075 });
    expect(() => drawingSize(760, 1, 1_000_000)).toThrow(refused('image_too_large'));
    expect(() => drawingSize(760, 0, 842)).toThrow(refused('image_too_large'));
  });
});
