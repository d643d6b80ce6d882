import type { Page } from 'puppeteer-core';

/** Draws dark text on white (or, with no lines, a text-free landscape) in `page`; returns the file's base64. */
export function drawInPage(page: Page, lines: string[], type: 'image/png' | 'image/jpeg'): Promise<string> {
  return page.evaluate(
    async (text: string[], mime: string) => {
      const canvas = new OffscreenCanvas(900, 320);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      if (text.length === 0) {
        const sky = ctx.createLinearGradient(0, 0, 0, 320);
        sky.addColorStop(0, '#f6b26b');
        sky.addColorStop(1, '#3d85c6');
        ctx.fillStyle = sky;
        ctx.fillRect(0, 0, 900, 320);
        ctx.fillStyle = '#274e13';
        ctx.beginPath();
        ctx.moveTo(0, 320);
        ctx.lineTo(250, 140);
        ctx.lineTo(520, 320);
        ctx.fill();
      } else {
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, 900, 320);
        ctx.fillStyle = '#0f1419';
        ctx.font = '36px DejaVu Sans, sans-serif';
        text.forEach((line, i) => {
          ctx.fillText(line, 40, 100 + i * 70);
        });
      }
      const blob = await canvas.convertToBlob({ type: mime, quality: 0.9 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    },
    lines,
    type,
  );
}
