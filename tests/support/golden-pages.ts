import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

export const goldenDir = resolve(import.meta.dirname, '../golden');

/** The PDF's pages as PNG images at `dpi`, through poppler's pdftoppm. */
export function rasterise(file: string, dpi: number, prefix: string): PNG[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
  const pages: PNG[] = [];
  for (let page = 1; existsSync(`${prefix}-${page}.png`); page++) pages.push(PNG.sync.read(readFileSync(`${prefix}-${page}.png`)));
  return pages;
}

/**
 * Compares every page of a PDF with `tests/golden/<name>-page<N>.png` at 40 dpi: at most 0.5 % of
 * pixels may differ noticeably (font hinting differs a little between poppler builds). A missing
 * golden image is written and the test fails, so a new one is always looked at and committed;
 * UPDATE_GOLDEN=1 rewrites them after an intended change.
 */
export function expectGoldenPages(pdfFile: string, name: string, workDir: string): void {
  const pages = rasterise(pdfFile, 40, join(workDir, `golden-${name}`));
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((page, index) => {
    const golden = join(goldenDir, `${name}-page${index + 1}.png`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(golden, PNG.sync.write(page));
      if (!process.env.UPDATE_GOLDEN) throw new Error(`golden image was missing and has been written: ${golden}; commit it`);
    }
    const expected = PNG.sync.read(readFileSync(golden));
    expect([page.width, page.height]).toEqual([expected.width, expected.height]);
    let differing = 0;
    for (let i = 0; i < expected.data.length; i += 4) {
      const delta = [0, 1, 2].reduce((sum, c) => sum + Math.abs(expected.data[i + c]! - page.data[i + c]!), 0);
      if (delta > 96) differing++;
    }
    expect(differing / (expected.width * expected.height), `${name} page ${index + 1}`).toBeLessThan(0.005);
  });
  // No golden page is left over from a statement that used to be longer.
  expect(existsSync(join(goldenDir, `${name}-page${pages.length + 1}.png`))).toBe(false);
}
