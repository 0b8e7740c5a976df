import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export type Pixels = { data: Uint8Array; width: number; height: number };

/** A PDF page as a scanner would see it: rasterised by poppler at `dpi`. */
export function rasterisePage(pdfFile: string, dpi: number, prefix: string): Pixels {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  return { data: png.data, width: png.width, height: png.height };
}

/** Turns the page by `degrees` about its centre (bilinear), as a sheet fed askew would be; white corners. */
export function rotate(image: Pixels, degrees: number): Pixels {
  const { width, height } = image;
  const out = new Uint8Array(width * height * 4).fill(255);
  const [cos, sin] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const [cx, cy] = [width / 2, height / 2];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = cos * (x - cx) + sin * (y - cy) + cx;
      const sy = -sin * (x - cx) + cos * (y - cy) + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const [fx, fy] = [sx - x0, sy - y0];
      for (let c = 0; c < 3; c++) {
        const at = (xx: number, yy: number) => image.data[(yy * width + xx) * 4 + c]!;
        const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        out[(y * width + x) * 4 + c] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return { data: out, width, height };
}

/** Scanner noise: a grain on every pixel and dark specks, from a seeded generator so runs repeat. */
export function addNoise(image: Pixels, seed = 7): Pixels {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const data = new Uint8Array(image.data);
  for (let i = 0; i < data.length; i += 4) {
    const speck = random() < 0.003;
    for (let c = 0; c < 3; c++) data[i + c] = speck ? 40 : Math.max(0, Math.min(255, data[i + c]! + Math.round((random() - 0.5) * 40)));
  }
  return { ...image, data };
}
