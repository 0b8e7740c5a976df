import { ApiError } from '../../../shared/contract/errors';
import { beyondScanLimits, imageHeader, scanLimits, type ImageHeader, type ImageMediaType } from '../../../shared/domain/scan-limits';

/**
 * The viewer's own guard, with the core's numbers: a stored file passed the core's checks, but the
 * renderer decodes with the browser and pdf.js, so it asks again before it does. What it will not
 * draw it refuses as the core would, and the page shows the rule instead of a picture.
 */
const refusal = (rule: 'image_too_large' | 'image_broken') => new ApiError('attachment.refused', [{ path: ['file'], message: `validation.attachment_${rule}` }]);

/** An image's declared size, read from its header; refused when beyond a scan's or unreadable. */
export function declaredImage(bytes: Uint8Array, mediaType: ImageMediaType): ImageHeader {
  const header = imageHeader(bytes, mediaType);
  if (!header || header.width === 0 || header.height === 0) throw refusal('image_broken');
  if (beyondScanLimits(header)) throw refusal('image_too_large');
  return header;
}

/** A page count a viewer will open: no more than a scan's. */
export function declaredPages(pages: number): number {
  if (pages > scanLimits.pages) throw refusal('image_too_large');
  return pages;
}

/**
 * The canvas a page is drawn on, `width` wide and as tall as the page's proportions make it. A page
 * a thousand times taller than wide would ask for a canvas of gigapixels: refused like an image.
 */
export function drawingSize(width: number, pageWidth: number, pageHeight: number): { width: number; height: number } {
  const drawn = { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round((pageHeight * width) / pageWidth)) };
  if (!Number.isFinite(drawn.height) || !(pageWidth > 0) || drawn.width * drawn.height > scanLimits.pixelsPerPage) throw refusal('image_too_large');
  return drawn;
}
