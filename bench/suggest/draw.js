// Runs inside an extension page of the bench's Chromium (evaluated as a string, so it is plain JavaScript): draws
// each corpus picture on a canvas and encodes it as an upload would be, plus the altered copies the reuse check
// needs (JPEG q70, half size, 5 % cropped). Everything is drawn here: no picture file is read from anywhere.
// biome-ignore lint/correctness/noUnusedVariables: called by the evaluated expression that follows this file.
async function drawCorpus(specs) {
  const FONT = 'DejaVu Sans, sans-serif';
  const MONO = 'DejaVu Sans Mono, monospace';

  function random(seed) {
    let state = seed >>> 0 || 1;
    return () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
  }

  function photo(ctx, w, h, seed, style) {
    const rnd = random(seed);
    const hue = Math.floor(rnd() * 360);
    const sky = ctx.createLinearGradient(0, 0, w * rnd(), h);
    sky.addColorStop(0, `hsl(${hue}, 60%, ${30 + rnd() * 40}%)`);
    sky.addColorStop(1, `hsl(${(hue + 60 + rnd() * 120) % 360}, 50%, ${30 + rnd() * 40}%)`);
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, w, h);
    if (style === 'shapes' || style === 'meme') {
      for (let i = 0; i < 9; i++) {
        ctx.fillStyle = `hsla(${Math.floor(rnd() * 360)}, 55%, ${25 + rnd() * 50}%, ${0.5 + rnd() * 0.5})`;
        ctx.beginPath();
        if (rnd() < 0.5) ctx.arc(rnd() * w, rnd() * h, 30 + rnd() * 160, 0, Math.PI * 2);
        else ctx.ellipse(rnd() * w, rnd() * h, 40 + rnd() * 200, 20 + rnd() * 90, rnd() * 3, 0, Math.PI * 2);
        ctx.fill();
      }
      // Hills: a photo's horizon.
      ctx.fillStyle = `hsl(${(hue + 90) % 360}, 35%, 28%)`;
      ctx.beginPath();
      ctx.moveTo(0, h);
      for (let x = 0; x <= w; x += 20) ctx.lineTo(x, h * 0.7 + Math.sin(x / (60 + seed)) * 40 + rnd() * 10);
      ctx.lineTo(w, h);
      ctx.fill();
    }
    if (style === 'noise' || style === 'shapes' || style === 'meme') {
      const image = ctx.getImageData(0, 0, w, h);
      const amount = style === 'noise' ? 60 : 14;
      for (let i = 0; i < image.data.length; i += 4) {
        const n = (rnd() - 0.5) * amount;
        image.data[i] += n;
        image.data[i + 1] += n;
        image.data[i + 2] += n;
      }
      ctx.putImageData(image, 0, 0);
    }
  }

  function wrap(ctx, x, y, lines, lineHeight) {
    lines.forEach((line, i) => {
      ctx.fillText(line, x, y + i * lineHeight);
    });
  }

  function draw(spec) {
    const { kind } = spec;
    const w = spec.width ?? 1100;
    const h = spec.height ?? 600;
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    ctx.textBaseline = 'alphabetic';
    if (kind === 'post') {
      const dark = spec.theme === 'dark';
      ctx.fillStyle = dark ? '#000000' : '#ffffff';
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = dark ? '#333639' : '#cfd9de';
      ctx.beginPath();
      ctx.arc(70, 80, 40, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = dark ? '#e7e9ea' : '#0f1419';
      ctx.font = `bold 30px ${FONT}`;
      ctx.fillText(spec.name, 130, 72);
      const nameWidth = ctx.measureText(spec.name).width;
      ctx.fillStyle = dark ? '#71767b' : '#536471';
      ctx.font = `30px ${FONT}`;
      ctx.fillText(spec.handle, 130 + nameWidth + 14, 72);
      ctx.fillStyle = dark ? '#e7e9ea' : '#0f1419';
      ctx.font = `32px ${FONT}`;
      wrap(ctx, 40, 180, spec.lines, 48);
    } else if (kind === 'chat') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      ctx.font = `30px ${FONT}`;
      spec.messages.forEach((m, i) => {
        const width = ctx.measureText(m.text).width + 50;
        const x = m.me ? w - width - 30 : 30;
        const y = 40 + i * 100;
        ctx.fillStyle = m.me ? '#1d9bf0' : '#eff3f4';
        ctx.beginPath();
        ctx.roundRect(x, y, width, 70, 30);
        ctx.fill();
        ctx.fillStyle = m.me ? '#ffffff' : '#0f1419';
        ctx.fillText(m.text, x + 25, y + 46);
      });
    } else if (kind === 'code') {
      const dark = spec.theme === 'dark';
      ctx.fillStyle = dark ? '#1e1e1e' : '#f6f8fa';
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = dark ? '#d4d4d4' : '#24292f';
      ctx.font = `28px ${MONO}`;
      wrap(ctx, 40, 70, spec.lines, 44);
    } else if (kind === 'article') {
      ctx.fillStyle = '#fffdf8';
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = '#111111';
      ctx.font = `bold 40px ${FONT}`;
      ctx.fillText(spec.title, 40, 80);
      ctx.font = `30px ${FONT}`;
      wrap(ctx, 40, 160, spec.lines, 46);
    } else if (kind === 'meme') {
      photo(ctx, w, h, spec.seed, 'meme');
      ctx.font = `bold 64px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.lineWidth = 8;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#000000';
      ctx.fillStyle = '#ffffff';
      for (const [text, y] of [
        [spec.top, 90],
        [spec.bottom, h - 40],
      ]) {
        ctx.strokeText(text, w / 2, y);
        ctx.fillText(text, w / 2, y);
      }
    } else {
      photo(ctx, w, h, spec.seed, spec.style);
    }
    return canvas;
  }

  async function encode(canvas, type, quality) {
    const blob = await canvas.convertToBlob(quality === undefined ? { type } : { type, quality });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  function scaled(canvas, sx, sy, sw, sh, factor) {
    const out = new OffscreenCanvas(Math.round(sw * factor), Math.round(sh * factor));
    const ctx = out.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(canvas, sx, sy, sw, sh, 0, 0, out.width, out.height);
    return out;
  }

  const pictures = [];
  for (const spec of specs) {
    const canvas = draw(spec);
    const { width: w, height: h } = canvas;
    // Photos and memes are uploaded as JPEG, screenshots as PNG, as people post them.
    const jpeg = spec.kind === 'photo' || spec.kind === 'meme';
    pictures.push({
      id: spec.id,
      mimeType: jpeg ? 'image/jpeg' : 'image/png',
      image: await encode(canvas, jpeg ? 'image/jpeg' : 'image/png', jpeg ? 0.92 : undefined),
      variants: {
        jpeg70: await encode(canvas, 'image/jpeg', 0.7),
        half: await encode(scaled(canvas, 0, 0, w, h, 0.5), 'image/jpeg', 0.85),
        crop5: await encode(scaled(canvas, w * 0.025, h * 0.025, w * 0.95, h * 0.95, 1), 'image/jpeg', 0.85),
      },
    });
  }
  return pictures;
}
