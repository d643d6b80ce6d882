import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, signOAuth1, startSimulator } from '../../sim/index';
import { bearer, postJson, send } from './helpers';

// api.x.com's v2 media upload (the brief's contract): initialize / append / finalize / STATUS, the older command
// style, validation naming the field, auth, ownership, rate-limit headers and the log's kinds.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const BOUNDARY = '----simV2Boundary';

function multipart(fields: Record<string, string>, media?: Buffer): { body: Buffer; headers: Record<string, string> } {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (media) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="media"; filename="blob"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      media,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

function post(path: string, auth: Record<string, string>, body?: Buffer, headers: Record<string, string> = {}) {
  return send(sim, { host: 'api.x.com', path, method: 'POST', body, headers: { ...auth, ...headers } });
}

interface Data {
  data: Record<string, unknown> & { id: string };
}

async function initialize(auth: Record<string, string>, body: unknown) {
  return postJson(sim, 'api.x.com', '/2/media/upload/initialize', body, auth);
}

async function fullUpload(auth: Record<string, string>, bytes: Buffer, category = 'tweet_image') {
  const init = await initialize(auth, { media_type: 'image/png', total_bytes: bytes.length, media_category: category });
  expect(init.status).toBe(200);
  const { id } = (init.json() as Data).data;
  const part = multipart({ segment_index: '0' }, bytes);
  const append = await post(`/2/media/upload/${id}/append`, auth, part.body, part.headers);
  expect(append.status).toBe(200);
  const finalize = await post(`/2/media/upload/${id}/finalize`, auth);
  expect(finalize.status).toBe(200);
  return { id, finalize: finalize.json() as Data };
}

describe('POST /2/media/upload/initialize → append → finalize', () => {
  it('answers the contract shapes, with rate-limit headers, and logs each step under its own kind', async () => {
    const auth = bearer(sim.control.issueToken().accessToken);
    const bytes = Buffer.alloc(3000, 1);
    const init = await initialize(auth, { media_type: 'image/png', total_bytes: 3000, media_category: 'tweet_image' });
    expect(init.status).toBe(200);
    expect(init.headers['x-rate-limit-limit']).toBeDefined();
    const data = (init.json() as Data).data;
    expect(data).toEqual({
      id: expect.stringMatching(/^[1-9]\d{18}$/),
      media_key: `3_${data.id}`,
      expires_after_secs: 86400,
    });
    const first = multipart({ segment_index: '0' }, bytes.subarray(0, 1000));
    const second = multipart({ segment_index: '1' }, bytes.subarray(1000));
    const append = await post(`/2/media/upload/${data.id}/append`, auth, first.body, first.headers);
    expect(append.status).toBe(200);
    const expiresAt = (append.json() as { data: { expires_at: number } }).data.expires_at;
    expect(expiresAt).toBeGreaterThan(Date.now() / 1000 + 86000);
    // FINALIZE before every byte arrived is refused, naming the id.
    const early = await post(`/2/media/upload/${data.id}/finalize`, auth);
    expect(early.status).toBe(400);
    expect(early.headers['content-type']).toBe('application/problem+json');
    expect(Object.keys((early.json() as { errors: { parameters: object }[] }).errors[0]?.parameters ?? {})).toEqual([
      'id',
    ]);
    await post(`/2/media/upload/${data.id}/append`, auth, second.body, second.headers);
    const finalize = await post(`/2/media/upload/${data.id}/finalize`, auth);
    expect(finalize.json()).toEqual({
      data: { id: data.id, media_key: `3_${data.id}`, size: 3000, expires_after_secs: expect.any(Number) },
    });
    const status = await send(sim, {
      host: 'api.x.com',
      path: `/2/media/upload?command=STATUS&media_id=${data.id}`,
      headers: auth,
    });
    expect(status.json()).toEqual({
      data: { id: data.id, media_key: `3_${data.id}`, processing_info: { state: 'succeeded', progress_percent: 100 } },
    });
    const kinds = sim.control.log.entries((e) => e.host === 'api.x.com').map((e) => e.kind);
    expect(kinds).toEqual([
      'media-v2-init',
      'media-v2-append',
      'media-v2-finalize',
      'media-v2-append',
      'media-v2-finalize',
      'media-v2-status',
    ]);
  });

  it('gives GIF and video a processing_info that STATUS walks to succeeded', async () => {
    const auth = bearer(sim.control.issueToken().accessToken);
    const { id, finalize } = await fullUpload(auth, Buffer.alloc(500, 2), 'amplify_video');
    expect(finalize.data.processing_info).toEqual({ state: 'pending', check_after_secs: 1 });
    expect(finalize.data.media_key).toBe(`13_${id}`);
    const states: string[] = [];
    for (let poll = 0; poll < 3; poll++) {
      const status = await send(sim, {
        host: 'api.x.com',
        path: `/2/media/upload?command=STATUS&media_id=${id}`,
        headers: auth,
      });
      states.push((status.json() as { data: { processing_info: { state: string } } }).data.processing_info.state);
    }
    expect(states).toEqual(['in_progress', 'succeeded', 'succeeded']);
  });

  it.each([
    [{ total_bytes: 10, media_category: 'tweet_image' }, 'media_type'],
    [{ media_type: 'image/png', total_bytes: 0 }, 'total_bytes'],
    [{ media_type: 'image/png', total_bytes: '10' }, 'total_bytes'],
    [{ media_type: 'image/png', total_bytes: 10, media_category: 'banner_image' }, 'media_category'],
    [{ media_type: 'image/png', total_bytes: 10, additional_owners: [12] }, 'additional_owners'],
  ])('refuses INIT %j with 400 naming %s', async (body, field) => {
    const res = await initialize(bearer(sim.control.issueToken().accessToken), body);
    expect(res.status).toBe(400);
    const problem = res.json() as { type: string; errors: { parameters: object }[] };
    expect(problem.type).toBe('https://api.x.com/2/problems/invalid-request');
    expect(Object.keys(problem.errors[0]?.parameters ?? {})).toEqual([field]);
  });

  it('refuses a bad segment index, a missing media part and a segment over 5 MB', async () => {
    const auth = bearer(sim.control.issueToken().accessToken);
    const init = await initialize(auth, { media_type: 'video/mp4', total_bytes: 6 * 1024 * 1024 });
    const { id } = (init.json() as Data).data;
    const field = async (fields: Record<string, string>, media?: Buffer) => {
      const part = multipart(fields, media);
      const res = await post(`/2/media/upload/${id}/append`, auth, part.body, part.headers);
      expect(res.status).toBe(400);
      return Object.keys((res.json() as { errors: { parameters: object }[] }).errors[0]?.parameters ?? {})[0];
    };
    expect(await field({ segment_index: '1000' }, Buffer.alloc(4))).toBe('segment_index');
    expect(await field({ segment_index: '0' })).toBe('media');
    expect(await field({ segment_index: '0' }, Buffer.alloc(5 * 1024 * 1024 + 1))).toBe('media');
  });

  it('answers 401 without a token, 403 without media.write, 403 on another user’s media, 429 past the limit', async () => {
    const body = { media_type: 'image/png', total_bytes: 10 };
    expect((await initialize({}, body)).status).toBe(401);
    const readOnly = bearer(sim.control.issueToken({ scopes: 'users.read' }).accessToken);
    expect((await initialize(readOnly, body)).status).toBe(403);
    const other = sim.control.uploadAs('other_user');
    const mine = bearer(sim.control.issueToken().accessToken);
    const foreign = await post(`/2/media/upload/${other}/finalize`, mine);
    expect(foreign.status).toBe(403);
    expect((foreign.json() as { detail: string }).detail).toMatch(/doesn't own media id/);
    sim.control.inject({ target: 'media-v2-init', mode: 'rate-limit', resetInSec: 30 });
    const limited = await initialize(mine, body);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('POST /2/media/upload, command style', () => {
  it('runs INIT, APPEND, FINALIZE with the same answers, signed with OAuth 1.0a', async () => {
    const keys = sim.control.issueOAuth1Keys();
    const sign = (url: string, extra: { params?: Record<string, string> } = {}) => ({
      authorization: signOAuth1({
        method: 'POST',
        url,
        consumerKey: keys.consumerKey,
        consumerSecret: keys.consumerSecret,
        token: keys.accessToken,
        tokenSecret: keys.accessTokenSecret,
        ...extra,
      }),
    });
    const url = 'https://api.x.com/2/media/upload';
    const init = multipart({ command: 'INIT', media_type: 'image/gif', total_bytes: '8', media_category: 'tweet_gif' });
    const initRes = await post('/2/media/upload', sign(url), init.body, init.headers);
    expect(initRes.status).toBe(200);
    const { id, media_key } = (initRes.json() as Data).data;
    expect(media_key).toBe(`16_${id}`);
    const append = multipart({ command: 'APPEND', media_id: id, segment_index: '0' }, Buffer.alloc(8, 3));
    expect((await post('/2/media/upload', sign(url), append.body, append.headers)).status).toBe(200);
    const finalize = multipart({ command: 'FINALIZE', media_id: id });
    const done = await post('/2/media/upload', sign(url), finalize.body, finalize.headers);
    expect((done.json() as Data).data).toMatchObject({ id, size: 8, processing_info: { state: 'pending' } });
    const kinds = sim.control.log.entries((e) => e.host === 'api.x.com').map((e) => [e.kind, e.user]);
    expect(kinds).toEqual([
      ['media-v2-init', 'demo_user'],
      ['media-v2-append', 'demo_user'],
      ['media-v2-finalize', 'demo_user'],
    ]);
  });
});

describe('media ownership: who uploaded it', () => {
  const metadata = (token: string, id: string) =>
    postJson(sim, 'api.x.com', '/2/media/metadata', { id, metadata: { alt_text: { text: 'A dog' } } }, bearer(token));

  it('accepts web-client media for the same user by default (documented per-user ownership)', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    expect((await metadata(accessToken, id)).status).toBe(200);
  });

  it('with appScopedOwnership, refuses web-client media on all three forms and accepts app uploads', async () => {
    sim.control.setWeb({ appScopedOwnership: true });
    const { accessToken } = sim.control.issueToken();
    const web = sim.control.uploadAs('demo_user');
    const refused = await metadata(accessToken, web);
    expect(refused.status).toBe(403);
    expect((refused.json() as { detail: string }).detail).toBe(
      `User ${sim.control.users.demo_user.id} doesn't own media id ${web}`,
    );
    const create = await postJson(
      sim,
      'api.x.com',
      '/2/media/metadata/create',
      { media_id: web, alt_text: { text: 'A dog' } },
      bearer(accessToken),
    );
    expect(create.status).toBe(403);
    const keys = sim.control.issueOAuth1Keys();
    const v1Url = 'https://upload.twitter.com/1.1/media/metadata/create.json';
    const v1 = await postJson(
      sim,
      'upload.twitter.com',
      '/1.1/media/metadata/create.json',
      { media_id: web, alt_text: { text: 'x' } },
      {
        authorization: signOAuth1({
          method: 'POST',
          url: v1Url,
          consumerKey: keys.consumerKey,
          consumerSecret: keys.consumerSecret,
          token: keys.accessToken,
          tokenSecret: keys.accessTokenSecret,
        }),
      },
    );
    expect(v1.text).toMatch(/doesn't own media id/);
    // The same user's media uploaded by the app through the v2 upload is accepted.
    const { id } = await fullUpload(bearer(accessToken), Buffer.alloc(64, 5));
    expect((await metadata(accessToken, id)).status).toBe(200);
    expect(sim.control.metadataHistory(id)).toEqual([
      {
        source: 'v2',
        altText: 'A dog',
        metadata: { alt_text: { text: 'A dog' } },
        user: 'demo_user',
        at: expect.any(Number),
      },
    ]);
  });

  it('lets additional_owners set metadata on the app’s upload', async () => {
    const owner = bearer(sim.control.issueToken().accessToken);
    const init = await initialize(owner, {
      media_type: 'image/png',
      total_bytes: 4,
      additional_owners: [sim.control.users.other_user.id],
    });
    const { id } = (init.json() as Data).data;
    const part = multipart({ segment_index: '0' }, Buffer.alloc(4, 1));
    await post(`/2/media/upload/${id}/append`, owner, part.body, part.headers);
    await post(`/2/media/upload/${id}/finalize`, owner);
    const other = sim.control.issueToken({ username: 'other_user' }).accessToken;
    expect((await metadata(other, id)).status).toBe(200);
  });
});
