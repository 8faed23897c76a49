// Reads a QR code the way a phone would: the served SVG rasterised by
// Chromium, the pixels decoded by jsQR (a decoder unrelated to the encoder).
import jsqr from 'jsqr';
import type { Page } from 'playwright-core';

// jsqr is CommonJS: its function is the module and also its `default`, which is the one TypeScript sees.
const jsQR = jsqr.default;

/**
 * Draws the image at `src` (same origin as the page, so the canvas stays
 * readable) at `size` px and decodes it; null when no code is found.
 */
export async function decodeQr(page: Page, src: string, size = 400): Promise<string | null> {
  const pixels = await page.evaluate(
    async ({ src, size }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = new OffscreenCanvas(size, size);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, size, size);
      return Array.from(context.getImageData(0, 0, size, size).data);
    },
    { src, size },
  );
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data ?? null;
}

/** Pages in a PDF Chromium printed: its page objects, not the page tree's. */
export const pdfPageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
