import type { Gray } from '../../../lib/suggest/fingerprint';

/**
 * Synthetic greyscale pictures and the transformations X applies to uploads, in plain TypeScript (the bench repeats
 * this with real JPEG encoding in a browser).
 */

export function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A photo-like scene: a gradient sky, a few soft shapes, grain. Different seeds give different scenes. */
export function scene(seed: number, width = 400, height = 300): Gray {
  const rnd = random(seed);
  const shapes = Array.from({ length: 5 }, () => ({
    x: rnd() * width,
    y: rnd() * height,
    r: 20 + rnd() * 90,
    v: rnd() * 255,
  }));
  const tilt = rnd() * 2 - 1;
  const pixels = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v = 60 + (140 * y) / height + 40 * tilt * (x / width);
      for (const s of shapes) if ((x - s.x) ** 2 + (y - s.y) ** 2 < s.r ** 2) v = s.v;
      pixels[y * width + x] = Math.max(0, Math.min(255, v + (rnd() - 0.5) * 16));
    }
  }
  return { width, height, pixels };
}

/** A meme: the same template picture with a caption band whose "letters" are drawn from `caption`. */
export function meme(template: Gray, caption: string): Gray {
  const { width, height } = template;
  const pixels = Float32Array.from(template.pixels);
  const band = Math.round(height * 0.18);
  const letterWidth = Math.floor((width - 20) / Math.max(caption.length, 1));
  for (let i = 0; i < caption.length; i++) {
    const code = caption.charCodeAt(i);
    if (caption[i] === ' ') continue;
    // Each letter: a 3×5 pattern of strokes from its char code, drawn white on the band (top of the picture).
    for (let cell = 0; cell < 15; cell++) {
      if (((code * 2654435761) >>> cell) & 1) {
        const cx = 10 + i * letterWidth + Math.floor(((cell % 3) * letterWidth) / 3);
        const cy = 8 + Math.floor(((Math.floor(cell / 3) * (band - 16)) / 5) as number);
        for (let y = cy; y < cy + (band - 16) / 5; y++)
          for (let x = cx; x < cx + letterWidth / 3; x++) pixels[Math.floor(y) * width + Math.floor(x)] = 255;
      }
    }
  }
  return { width, height, pixels };
}

export function resize(image: Gray, factor: number): Gray {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const pixels = new Float32Array(width * height);
  const step = 1 / factor;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let sy = Math.floor(y * step); sy < Math.min(image.height, Math.floor((y + 1) * step)); sy++)
        for (let sx = Math.floor(x * step); sx < Math.min(image.width, Math.floor((x + 1) * step)); sx++) {
          sum += Number(image.pixels[sy * image.width + sx]);
          n++;
        }
      pixels[y * width + x] = n ? sum / n : 0;
    }
  }
  return { width, height, pixels };
}

/** Removes `fraction` of the width and height, split between the edges as given. */
export function crop(image: Gray, left: number, top: number, right: number, bottom: number): Gray {
  const x0 = Math.round(image.width * left);
  const y0 = Math.round(image.height * top);
  const width = image.width - x0 - Math.round(image.width * right);
  const height = image.height - y0 - Math.round(image.height * bottom);
  const pixels = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels[y * width + x] = Number(image.pixels[(y + y0) * image.width + x + x0]);
  return { width, height, pixels };
}

/** Lossy-compression-like damage: 8×8 blocks pulled toward their mean, quantised, with noise; a slight brightness shift. */
export function lossy(image: Gray, seed = 1): Gray {
  const rnd = random(seed);
  const { width, height } = image;
  const pixels = Float32Array.from(image.pixels);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      let sum = 0;
      let n = 0;
      for (let y = by; y < Math.min(by + 8, height); y++)
        for (let x = bx; x < Math.min(bx + 8, width); x++) {
          sum += Number(pixels[y * width + x]);
          n++;
        }
      const mean = sum / n;
      for (let y = by; y < Math.min(by + 8, height); y++)
        for (let x = bx; x < Math.min(bx + 8, width); x++) {
          const v = Number(pixels[y * width + x]);
          const smoothed = mean + (v - mean) * 0.7;
          pixels[y * width + x] = Math.max(0, Math.min(255, Math.round(smoothed / 6) * 6 + (rnd() - 0.5) * 10 + 5));
        }
    }
  }
  return { width, height, pixels };
}
