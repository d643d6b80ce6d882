import { describe, expect, test } from 'vitest';
import { uploadMedia } from '../../../lib/api/media-upload';
import { oauth1Header } from '../../../lib/api/oauth1';
import {
  fakeX,
  formParts,
  MEDIA_ID,
  MIB,
  multipart,
  NOW,
  oauth1,
  patternBytes,
  rateHeaders,
  sameBytes,
} from './media-upload-fake';

const BASE = 'https://api.x.com/2/media/upload';
const image = (bytes: Uint8Array) => ({ bytes, mediaType: 'image/jpeg', category: 'tweet_image' as const });
const pending = (checkAfterSecs?: number) => ({
  status: 200,
  body: {
    data: {
      id: MEDIA_ID,
      media_key: `16_${MEDIA_ID}`,
      expires_after_secs: 86400,
      processing_info: {
        state: 'pending',
        ...(checkAfterSecs === undefined ? {} : { check_after_secs: checkAfterSecs }),
      },
    },
  },
});
const status = (state: string, extra: object = {}) => ({
  status: 200,
  body: { data: { id: MEDIA_ID, media_key: `16_${MEDIA_ID}`, processing_info: { state, ...extra } } },
  headers: { ...rateHeaders, 'x-rate-limit-remaining': '42' },
});

describe('an image in one segment, with an OAuth 2.0 bearer token', () => {
  test('initialize (JSON), one append (multipart), finalize (no body), and the new id', async () => {
    const x = fakeX();
    const bytes = patternBytes(12345);
    const outcome = await uploadMedia(x.deps, image(bytes));

    expect(outcome).toEqual({
      kind: 'uploaded',
      mediaId: MEDIA_ID,
      mediaKey: `3_${MEDIA_ID}`,
      expiresAfterSecs: 86400,
      rateLimit: { limit: 500, remaining: 499, resetAt: 1_760_000_900_000 },
    });
    expect(x.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      `POST ${BASE}/initialize`,
      `POST ${BASE}/${MEDIA_ID}/append`,
      `POST ${BASE}/${MEDIA_ID}/finalize`,
    ]);
    const [init, append, finalize] = x.seen;
    expect(init?.headers).toEqual({ authorization: 'Bearer token-abc', 'content-type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({
      media_type: 'image/jpeg',
      total_bytes: 12345,
      media_category: 'tweet_image',
    });
    // No content type of ours on the multipart call: fetch writes it, with the boundary the body needs.
    expect(append?.headers).toEqual({ authorization: 'Bearer token-abc' });
    const wire = await multipart(append!);
    expect(wire.contentType).toMatch(/^multipart\/form-data; boundary=.+/);
    expect(wire.raw).toMatch(/Content-Disposition: form-data; name="segment_index"\r\n\r\n0\r\n/);
    expect(wire.parts.map((p) => p.name)).toEqual(['segment_index', 'media']);
    expect(wire.parts[0]?.value).toBe('0');
    expect(sameBytes(wire.parts[1]?.value as Uint8Array, bytes)).toBe(true);
    expect(finalize?.headers).toEqual({ authorization: 'Bearer token-abc' });
    expect(finalize?.body).toBeUndefined();
  });

  test('each call goes without cookies or cache, and no call is sent twice', async () => {
    const x = fakeX();
    await uploadMedia(x.deps, image(patternBytes(10)));
    for (const call of (x.fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls) {
      expect(call[1]).toMatchObject({ credentials: 'omit', cache: 'no-store' });
    }
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize']);
  });
});

describe('segments of at most 4 MiB, in order', () => {
  test.each([
    ['1 byte', 1, [1]],
    ['exactly 4 MiB', 4 * MIB, [4 * MIB]],
    ['4 MiB + 1', 4 * MIB + 1, [4 * MIB, 1]],
    ['9 MiB', 9 * MIB, [4 * MIB, 4 * MIB, MIB]],
  ])(
    '%s',
    async (_name, length, sizes) => {
      const x = fakeX();
      const bytes = patternBytes(length);
      expect(
        (await uploadMedia(x.deps, { ...image(bytes), category: 'tweet_video', mediaType: 'video/mp4' })).kind,
      ).toBe('uploaded');
      expect(JSON.parse(String(x.seen[0]?.body)).total_bytes).toBe(length);
      const appends = x.seen.filter((s) => s.step === 'append');
      const bodies = await Promise.all(appends.map(formParts));
      expect(bodies.map((parts) => parts.map((p) => p.name))).toEqual(sizes.map(() => ['segment_index', 'media']));
      expect(bodies.map((parts) => parts[0]?.value)).toEqual(sizes.map((_, i) => String(i)));
      expect(bodies.map((parts) => (parts[1]!.value as Uint8Array).length)).toEqual(sizes);
      let offset = 0;
      for (const parts of bodies) {
        const segment = parts[1]!.value as Uint8Array;
        expect(sameBytes(segment, bytes.subarray(offset, offset + segment.length))).toBe(true);
        offset += segment.length;
      }
      // One after the other: a segment leaves only once X has taken the one before.
      expect(x.maxInFlight()).toBe(1);
      expect(x.steps().at(-1)).toBe('finalize');
    },
    30_000,
  ); // up to 9 MiB built, copied and compared: well under a second alone, more when 4 other agents share 2 cores
});

describe('OAuth 1.0a', () => {
  test('every step is signed over its method and URL, query included; no body is part of the signature', async () => {
    const x = fakeX({ finalize: pending(2) }, oauth1);
    expect((await uploadMedia(x.deps, image(patternBytes(100)))).kind).toBe('uploaded');
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize', 'status']);
    const keys = { consumerKey: 'ck', consumerSecret: 'cs', token: 'tk', tokenSecret: 'ts' };
    for (const call of x.seen) {
      const timestamp = Math.floor((call.step === 'status' ? NOW + 2000 : NOW) / 1000);
      const expected = await oauth1Header({
        method: call.method,
        url: call.url,
        keys,
        nonce: 'fixed-nonce',
        timestamp,
      });
      expect(call.headers.authorization).toBe(expected);
    }
    const statusCall = x.seen[3]!;
    expect(statusCall.url).toBe(`${BASE}?command=STATUS&media_id=${MEDIA_ID}`);
    const withoutQuery = await oauth1Header({
      method: 'GET',
      url: BASE,
      keys,
      nonce: 'fixed-nonce',
      timestamp: Math.floor((NOW + 2000) / 1000),
    });
    expect(statusCall.headers.authorization).not.toBe(withoutQuery);
  });
});

describe('processing (GIF, video): STATUS until X is done', () => {
  test('pending → in progress → succeeded, waiting as long as X says each time', async () => {
    const replies = [status('in_progress', { check_after_secs: 3, progress_percent: 40 }), status('succeeded')];
    const x = fakeX({ finalize: pending(1), status: (n) => replies[n]! });
    const outcome = await uploadMedia(x.deps, {
      bytes: patternBytes(2000),
      mediaType: 'image/gif',
      category: 'tweet_gif',
    });
    expect(outcome).toEqual({
      kind: 'uploaded',
      mediaId: MEDIA_ID,
      mediaKey: `16_${MEDIA_ID}`,
      expiresAfterSecs: 86400,
      rateLimit: { limit: 500, remaining: 42, resetAt: 1_760_000_900_000 },
    });
    expect(x.waits).toEqual([1000, 3000]);
    expect(x.seen.filter((s) => s.step === 'status').map((s) => `${s.method} ${s.url}`)).toEqual([
      `GET ${BASE}?command=STATUS&media_id=${MEDIA_ID}`,
      `GET ${BASE}?command=STATUS&media_id=${MEDIA_ID}`,
    ]);
    expect(x.seen.at(-1)?.body).toBeUndefined();
  });

  test('no interval, or one under a second: STATUS is asked once a second, never faster', async () => {
    const replies = [status('in_progress', { check_after_secs: 0 }), status('succeeded')];
    const x = fakeX({ finalize: pending(), status: (n) => replies[n]! });
    expect((await uploadMedia(x.deps, image(patternBytes(5)))).kind).toBe('uploaded');
    expect(x.waits).toEqual([1000, 1000]);
  });

  test('failed: X’s own reason, at the step that said it', async () => {
    const failed = status('failed', { error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' } });
    const x = fakeX({ finalize: pending(1), status: failed });
    expect(await uploadMedia(x.deps, image(patternBytes(5)))).toEqual({
      kind: 'processing-failed',
      message: 'Unsupported video format',
      rateLimit: { limit: 500, remaining: 42, resetAt: 1_760_000_900_000 },
      step: 'status',
      mediaId: MEDIA_ID,
    });
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize', 'status']);

    const atFinalize = fakeX({ finalize: { status: 200, body: { data: { processing_info: { state: 'failed' } } } } });
    expect(await uploadMedia(atFinalize.deps, image(patternBytes(5)))).toMatchObject({
      kind: 'processing-failed',
      message: 'X could not process the media.',
      step: 'finalize',
    });
    expect(atFinalize.steps()).not.toContain('status');
  });

  test('never finishing: given up after the time allowed (120 s by default), without waiting past it', async () => {
    const x = fakeX({ finalize: pending(5), status: status('in_progress', { check_after_secs: 5 }) });
    expect(await uploadMedia(x.deps, image(patternBytes(5)))).toEqual({
      kind: 'timeout',
      afterMs: 120_000,
      message: 'X was still processing the media after 120 s.',
      step: 'status',
      mediaId: MEDIA_ID,
    });
    expect(x.waits.reduce((a, b) => a + b, 0)).toBe(120_000);
    expect(x.steps().filter((s) => s === 'status')).toHaveLength(24);

    const short = fakeX({ finalize: pending(5), status: status('in_progress', { check_after_secs: 5 }) });
    const shortDeps = { ...short.deps, processingTimeoutMs: 12_000 };
    expect(await uploadMedia(shortDeps, image(patternBytes(5)))).toMatchObject({ kind: 'timeout', afterMs: 12_000 });
    expect(short.waits).toEqual([5000, 5000]);
  });

  test('a STATUS answer X’s contract does not describe is asked again, not taken for done', async () => {
    const replies = [{ status: 200, body: '<html>' }, status('succeeded')];
    const x = fakeX({ finalize: pending(1), status: (n) => replies[n]! });
    expect((await uploadMedia(x.deps, image(patternBytes(5)))).kind).toBe('uploaded');
    expect(x.steps().filter((s) => s === 'status')).toHaveLength(2);
  });

  test('an unreadable 2xx from finalize is done: X took it, and the id and key from initialize stand', async () => {
    const x = fakeX({ finalize: { status: 200, body: '' } });
    expect(await uploadMedia(x.deps, image(patternBytes(5)))).toMatchObject({
      kind: 'uploaded',
      mediaId: MEDIA_ID,
      mediaKey: `3_${MEDIA_ID}`,
      expiresAfterSecs: 86400,
    });
  });
});

describe('bad input is refused before any call', () => {
  test.each([
    ['no bytes', { ...image(new Uint8Array(0)) }, 'media', 'media is required.'],
    ['not a MIME type', { ...image(patternBytes(5)), mediaType: 'jpeg' }, 'media_type', 'media_type is not valid.'],
    [
      'an unknown category',
      { ...image(patternBytes(5)), category: 'tweet_sticker' as 'tweet_image' },
      'media_category',
      'media_category is not valid.',
    ],
  ])('%s', async (_name, input, path, message) => {
    const x = fakeX();
    expect(await uploadMedia(x.deps, input)).toEqual({
      kind: 'invalid',
      problems: [{ path, rule: expect.stringMatching(/^rule\./), params: {} }],
      message,
      step: 'input',
    });
    expect(x.fetch).not.toHaveBeenCalled();
  });

  test('an id X answered that is not a media id never reaches a URL', async () => {
    const x = fakeX({
      initialize: { status: 200, body: { data: { id: '../../users/me', media_key: 'k', expires_after_secs: 1 } } },
    });
    expect(await uploadMedia(x.deps, image(patternBytes(5)))).toEqual({
      kind: 'server-error',
      status: 200,
      message: 'X answered the upload without a usable media id.',
      step: 'initialize',
    });
    expect(x.steps()).toEqual(['initialize']);
  });
});

test('the bearer token is the one given, for every call', async () => {
  const x = fakeX({}, { kind: 'oauth2', accessToken: 'other' });
  await uploadMedia(x.deps, image(patternBytes(5)));
  expect(new Set(x.seen.map((s) => s.headers.authorization))).toEqual(new Set(['Bearer other']));
});
