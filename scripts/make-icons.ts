/**
 * Draws the extension's icon (the word ALT on X blue) at the sizes the stores ask for, into public/icon/. Run with
 * `npx tsx scripts/make-icons.ts` after changing the design; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { encodePng } from '../sim/png';

const GLYPHS: Record<string, string[]> = {
  A: ['01110', '10001', '10001', '11111', '10001', '10001', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
};
const BLUE = [0x1d, 0x9b, 0xf0];

function draw(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = size * 0.22;
  const cell = Math.max(1, Math.floor(size / 20));
  const textWidth = (3 * 5 + 2) * cell;
  const left = Math.floor((size - textWidth) / 2);
  const top = Math.floor((size - 7 * cell) / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = Math.hypot(dx, dy) <= radius;
      const i = (y * size + x) * 4;
      if (!inside) continue;
      const gx = Math.floor((x - left) / cell);
      const gy = Math.floor((y - top) / cell);
      const letter = Math.floor(gx / 6);
      const column = gx % 6;
      const glyph = GLYPHS['ALT'[letter] ?? ''];
      const on = x >= left && y >= top && gy < 7 && column < 5 && glyph?.[gy]?.[column] === '1';
      pixels.set(on ? [255, 255, 255, 255] : [...BLUE, 255], i);
    }
  }
  return encodePng(size, size, pixels, true);
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
