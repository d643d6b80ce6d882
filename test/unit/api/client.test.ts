import { afterEach, describe, expect, test, vi } from 'vitest';
import { applyMetadata, prepareMetadataCall } from '../../../lib/api/client';
import type { EndpointForm } from '../../../lib/api/endpoint-forms';
import type { Credentials } from '../../../lib/api/transport';

const NOW = 1_760_000_000_000;
const oauth2: Credentials = { kind: 'oauth2', accessToken: 'token-abc' };
const oauth1: Credentials = { kind: 'oauth1', consumerKey: 'ck', consumerSecret: 'cs', token: 'tk', tokenSecret: 'ts' };
const input = { mediaId: '1146654567674912769', metadata: { alt_text: { text: 'A dancing cat' } } };

interface Seen {
  url: string;
  init: RequestInit;
}

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(url), init: init ?? {} });
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status, headers });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen, deps: { fetch, now: () => NOW, nonce: () => 'fixed-nonce' } };
}

const rateHeaders = {
  'x-rate-limit-limit': '500',
  'x-rate-limit-remaining': '499',
  'x-rate-limit-reset': '1760000900',
};

describe('requests for each endpoint form', () => {
  test('v2: POST /2/media/metadata with {id, metadata} and a bearer token', async () => {
    const { deps, seen } = stubFetch(
      200,
      { data: { id: input.mediaId, associated_metadata: input.metadata } },
      rateHeaders,
    );
    const outcome = await applyMetadata(input, 'v2', oauth2, deps);
    expect(outcome).toEqual({
      kind: 'applied',
      echoed: input.metadata,
      partialErrors: [],
      rateLimit: { limit: 500, remaining: 499, resetAt: 1_760_000_900_000 },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe('https://api.x.com/2/media/metadata');
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.headers).toEqual({ authorization: 'Bearer token-abc', 'content-type': 'application/json' });
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ id: input.mediaId, metadata: input.metadata });
  });

  test('v2 legacy: POST /2/media/metadata/create with media_id and top-level fields', async () => {
    const { deps, seen } = stubFetch(200, { data: { id: input.mediaId } });
    const metadata = { ...input.metadata, upload_source: { upload_source: 'gallery' } };
    expect((await applyMetadata({ ...input, metadata }, 'v2-legacy', oauth2, deps)).kind).toBe('applied');
    expect(seen[0]?.url).toBe('https://api.x.com/2/media/metadata/create');
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      media_id: input.mediaId,
      alt_text: { text: 'A dancing cat' },
      upload_source: { text: 'gallery' },
    });
  });

  test('v2 legacy refuses fields it does not accept, naming them, without a call', async () => {
    const { deps, fetch } = stubFetch(200, {});
    const metadata = { ...input.metadata, sensitive_media_warning: { adult_content: true } };
    const outcome = await applyMetadata({ ...input, metadata }, 'v2-legacy', oauth2, deps);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problems: [{ path: 'sensitive_media_warning', rule: 'rule.notInForm' }],
      message: expect.stringContaining('Content warning is not accepted by the v2 legacy'),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('v1.1: POST upload.twitter.com with an OAuth 1.0a signature; an empty 2xx is success', async () => {
    const { deps, seen } = stubFetch(204, undefined);
    const outcome = await applyMetadata(input, 'v1.1', oauth1, deps);
    expect(outcome).toEqual({ kind: 'applied', echoed: undefined, partialErrors: [], rateLimit: undefined });
    expect(seen[0]?.url).toBe('https://upload.twitter.com/1.1/media/metadata/create.json');
    const headers = seen[0]?.init.headers as Record<string, string>;
    expect(headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(headers.authorization).toMatch(
      /^OAuth oauth_consumer_key="ck", oauth_nonce="fixed-nonce", .*oauth_timestamp="1760000000", oauth_token="tk", oauth_version="1.0", oauth_signature="[^"]+"$/,
    );
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({
      media_id: input.mediaId,
      alt_text: { text: 'A dancing cat' },
    });
  });

  test('v1.1 needs OAuth 1.0a and alt text, and says so without a call', async () => {
    const { deps, fetch } = stubFetch(200, {});
    expect(await applyMetadata(input, 'v1.1', oauth2, deps)).toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('OAuth 1.0a'),
    });
    expect(await applyMetadata({ ...input, metadata: {} }, 'v1.1', oauth1, deps)).toMatchObject({
      kind: 'invalid',
      problems: [{ path: 'alt_text', rule: 'rule.required' }],
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  test('OAuth 1.0a works with the v2 form too', async () => {
    const { deps, seen } = stubFetch(200, { data: { id: input.mediaId } });
    expect((await applyMetadata(input, 'v2', oauth1, deps)).kind).toBe('applied');
    expect((seen[0]!.init.headers as Record<string, string>).authorization).toMatch(/^OAuth /);
  });

  test('an invalid input never reaches the network', async () => {
    const { deps, fetch } = stubFetch(200, {});
    const outcome = await applyMetadata(
      { mediaId: 'abc', metadata: { alt_text: { text: 'x'.repeat(1001) } } },
      'v2',
      oauth2,
      deps,
    );
    expect(outcome).toMatchObject({ kind: 'invalid' });
    expect(outcome.kind === 'invalid' && outcome.problems.map((p) => p.path)).toEqual(['id', 'alt_text.text']);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('outcomes from X answers', () => {
  const problem = (type: string, status: number, extra: object = {}) => ({
    type: `https://api.x.com/2/problems/${type}`,
    title: type,
    status,
    ...extra,
  });
  const cases: Array<[string, EndpointForm, number, unknown, Record<string, string>, object]> = [
    [
      'partial success',
      'v2',
      200,
      { data: { id: '1' }, errors: [problem('resource-not-found', 404, { detail: 'half' })] },
      {},
      { kind: 'applied', partialErrors: ['half'] },
    ],
    [
      'invalid request naming the field',
      'v2',
      400,
      problem('invalid-request', 400, {
        errors: [{ message: 'bad alt', parameters: { 'metadata.alt_text.text': ['x'] } }],
      }),
      rateHeaders,
      { kind: 'invalid', message: 'bad alt', problems: [{ path: 'alt_text.text', rule: 'rule.invalid', params: {} }] },
    ],
    [
      'unknown media id',
      'v2',
      404,
      problem('resource-not-found', 404, { detail: 'Could not find media' }),
      {},
      { kind: 'invalid', problems: [{ path: 'id', rule: 'rule.invalid', params: {} }] },
    ],
    [
      'expired token',
      'v2',
      401,
      { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
      {},
      { kind: 'unauthorized', message: 'Unauthorized' },
    ],
    [
      'v1.1 bad signature',
      'v1.1',
      401,
      { errors: [{ code: 32, message: 'Could not authenticate you.' }] },
      {},
      { kind: 'unauthorized', message: 'Could not authenticate you.' },
    ],
    [
      'media not owned',
      'v2',
      403,
      problem('not-authorized-for-resource', 403, { detail: "User 1 doesn't own media id 2" }),
      {},
      { kind: 'forbidden', reason: 'not-owner' },
    ],
    [
      'missing scope',
      'v2',
      403,
      problem('unsupported-authentication', 403, { detail: 'Missing media.write' }),
      {},
      { kind: 'forbidden', reason: 'scope' },
    ],
    [
      'forbidden for another reason',
      'v2',
      403,
      problem('client-forbidden', 403, { detail: 'Client not enrolled' }),
      {},
      { kind: 'forbidden', reason: 'other' },
    ],
    [
      'rate limited until the reset header',
      'v2',
      429,
      { title: 'Too Many Requests', type: 'about:blank' },
      { ...rateHeaders, 'x-rate-limit-remaining': '0' },
      { kind: 'rate-limited', resetAt: 1_760_000_900_000 },
    ],
    [
      'rate limited, legacy shape, no header: a whole window',
      'v1.1',
      429,
      { errors: [{ code: 88, message: 'Rate limit exceeded' }] },
      {},
      { kind: 'rate-limited', resetAt: NOW + 15 * 60 * 1000, message: 'Rate limit exceeded' },
    ],
    [
      'usage capped',
      'v2',
      429,
      problem('usage-capped', 429, { period: 'Daily', detail: 'Usage cap exceeded' }),
      {},
      { kind: 'usage-capped', period: 'Daily', message: 'Usage cap exceeded' },
    ],
    [
      'server error',
      'v2',
      503,
      'Service Unavailable',
      {},
      { kind: 'server-error', status: 503, message: 'X answered HTTP 503.' },
    ],
    [
      'other 4xx',
      'v2',
      409,
      problem('conflict', 409, { detail: 'busy' }),
      {},
      { kind: 'rejected', status: 409, message: 'busy' },
    ],
  ];
  test.each(cases)('%s', async (_name, form, status, body, headers, expected) => {
    const { deps } = stubFetch(status, body, headers);
    const credentials = form === 'v1.1' ? oauth1 : oauth2;
    expect(await applyMetadata(input, form, credentials, deps)).toMatchObject(expected);
  });

  test('rate-limit headers are parsed on error responses too', async () => {
    const { deps } = stubFetch(503, '', rateHeaders);
    expect(await applyMetadata(input, 'v2', oauth2, deps)).toMatchObject({ rateLimit: { remaining: 499 } });
  });
});

describe('transport failures', () => {
  afterEach(() => vi.useRealTimers());

  test('a network error is an outcome, not a throw', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    expect(await applyMetadata(input, 'v2', oauth2, { fetch, now: () => NOW })).toEqual({
      kind: 'network-error',
      message: 'Could not reach X (Failed to fetch).',
    });
  });

  test('a hanging call times out after the timeout, under 30 s by default', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(
      (_url: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    ) as unknown as typeof globalThis.fetch;
    const pending = applyMetadata(input, 'v2', oauth2, { fetch, now: () => NOW });
    await vi.advanceTimersByTimeAsync(19_999);
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ kind: 'timeout', afterMs: 20_000, message: 'X did not answer within 20 s.' });
  });

  test('an unreadable 2xx body still counts as applied (X took it; resending would duplicate)', async () => {
    const { deps } = stubFetch(200, '<html>');
    expect(await applyMetadata(input, 'v2', oauth2, deps)).toMatchObject({ kind: 'applied', echoed: undefined });
  });
});

test('prepareMetadataCall builds the exact body a job stores and a retry resends', () => {
  const prepared = prepareMetadataCall(input, 'v2', 'oauth2');
  expect(prepared).toEqual({
    ok: true,
    request: {
      method: 'POST',
      url: 'https://api.x.com/2/media/metadata',
      body: JSON.stringify({ id: input.mediaId, metadata: input.metadata }),
      contentType: 'application/json',
    },
  });
});
