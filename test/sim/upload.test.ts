import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makePng } from '../../sim/images';
import { type Simulator, startSimulator } from '../../sim/index';
import { bearer, postJson, send } from './helpers';

// Chunked upload on upload.x.com as the x.com page does it, then the media id in the API.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const PAGE = { origin: 'https://x.com' };

function upload(
  query: string,
  options: { body?: Buffer | string; headers?: Record<string, string>; method?: string } = {},
) {
  return send(sim, {
    host: 'upload.x.com',
    path: `/i/media/upload.json?${query}`,
    method: options.method ?? 'POST',
    body: options.body,
    headers: { ...PAGE, ...options.headers },
  });
}

function multipart(bytes: Buffer): { body: Buffer; headers: Record<string, string> } {
  const boundary = '----simBoundary7MA4YWxkTrZu0gW';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\n`),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function uploadImage(png: Buffer, cookie?: string): Promise<string> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const init = await upload(
    `command=INIT&total_bytes=${png.length}&media_type=image%2Fpng&media_category=tweet_image`,
    {
      headers,
    },
  );
  const id = (init.json() as { media_id_string: string }).media_id_string;
  const part = multipart(png);
  const append = await upload(`command=APPEND&media_id=${id}&segment_index=0`, {
    body: part.body,
    headers: { ...part.headers, ...headers },
  });
  expect(append.status).toBe(204);
  return id;
}

describe('upload.x.com chunked upload', () => {
  it('INIT returns a 19-digit id (as a bare JSON number too), with CORS for x.com', async () => {
    const init = await upload('command=INIT&total_bytes=10&media_type=image%2Fpng&media_category=tweet_image');
    expect(init.status).toBe(200);
    expect(init.headers['access-control-allow-origin']).toBe('https://x.com');
    expect(init.headers['access-control-allow-credentials']).toBe('true');
    const body = init.json() as Record<string, unknown>;
    const id = body.media_id_string as string;
    expect(id).toMatch(/^[1-9][0-9]{18}$/);
    expect(init.text).toContain(`"media_id":${id},`);
    expect(body).toMatchObject({ expires_after_secs: 86400, media_key: `3_${id}` });
    expect(sim.control.log.entries({ kind: 'upload-init' })[0]?.user).toBe('demo_user');
  });

  it('APPEND then FINALIZE gives size and image dimensions; the id then takes metadata', async () => {
    const png = makePng(40, 30, [10, 20, 30]);
    const id = await uploadImage(png);
    const finalize = await upload(`command=FINALIZE&media_id=${id}`);
    expect(finalize.status).toBe(200);
    expect(finalize.json()).toMatchObject({
      media_id_string: id,
      size: png.length,
      image: { image_type: 'image/png', w: 40, h: 30 },
    });
    const { accessToken } = sim.control.issueToken();
    const res = await postJson(sim, 'api.x.com', '/2/media/metadata', { id }, bearer(accessToken));
    expect(res.status).toBe(200);
  });

  it('takes the command and parameters from a form body too, and checks the byte count at FINALIZE', async () => {
    const init = await send(sim, {
      host: 'upload.twitter.com',
      path: '/i/media/upload.json',
      method: 'POST',
      body: 'command=INIT&total_bytes=100&media_type=image%2Fjpeg',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(init.status).toBe(200);
    expect(sim.control.log.entries({ host: 'upload.twitter.com' })[0]?.kind).toBe('upload-init');
    const id = (init.json() as { media_id_string: string }).media_id_string;
    const part = multipart(Buffer.alloc(60));
    await upload(`command=APPEND&media_id=${id}&segment_index=0`, { body: part.body, headers: part.headers });
    const finalize = await upload(`command=FINALIZE&media_id=${id}`);
    expect(finalize.status).toBe(400);
    expect(finalize.json()).toMatchObject({ error: 'Segments do not add up to provided total file size.' });
  });

  it('GIFs go pending → in_progress → succeeded over STATUS polls', async () => {
    const init = await upload('command=INIT&total_bytes=4&media_type=image%2Fgif&media_category=tweet_gif');
    const id = (init.json() as { media_id_string: string }).media_id_string;
    const part = multipart(Buffer.from('GIF8'));
    await upload(`command=APPEND&media_id=${id}&segment_index=0`, { body: part.body, headers: part.headers });
    const finalize = await upload(`command=FINALIZE&media_id=${id}`);
    expect(finalize.json()).toMatchObject({
      media_key: `16_${id}`,
      processing_info: { state: 'pending', check_after_secs: 1 },
    });
    const states = [];
    for (let i = 0; i < 3; i++) {
      const status = await upload(`command=STATUS&media_id=${id}`, { method: 'GET' });
      states.push((status.json() as { processing_info: { state: string } }).processing_info.state);
    }
    expect(states).toEqual(['in_progress', 'succeeded', 'succeeded']);
    expect(sim.control.log.entries({ kind: 'upload-status' })).toHaveLength(3);
  });

  it('uploads belong to the web user: setWebUser, or the sim_user cookie per request', async () => {
    const png = makePng(2, 2, [0, 0, 0]);
    const mine = await uploadImage(png, 'sim_user=other_user');
    await upload(`command=FINALIZE&media_id=${mine}`, { headers: { cookie: 'sim_user=other_user' } });
    const demo = sim.control.issueToken();
    const res = await postJson(sim, 'api.x.com', '/2/media/metadata', { id: mine }, bearer(demo.accessToken));
    expect(res.status).toBe(403);

    sim.control.setWebUser('other_user');
    const theirs = await uploadImage(png);
    expect(sim.control.log.entries({ kind: 'upload-append' }).at(-1)?.user).toBe('other_user');
    // Another user's upload cannot be appended to.
    const part = multipart(png);
    const hijack = await upload(`command=APPEND&media_id=${theirs}&segment_index=1`, {
      body: part.body,
      headers: { ...part.headers, cookie: 'sim_user=demo_user' },
    });
    expect(hijack.status).toBe(400);
  });
});

describe('pbs.twimg.com', () => {
  it('serves a generated PNG for any image path', async () => {
    const res = await send(sim, { host: 'pbs.twimg.com', path: '/media/FakeQuoted123.jpg?format=jpg&name=small' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(sim.control.log.entries({ kind: 'image' })).toHaveLength(1);
  });
});
