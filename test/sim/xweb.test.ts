import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSwitches } from '../../sim/index';
import { defaultWebSwitches } from '../../sim/web-switches';
import { handleXWeb, type WebEnv } from '../../sim/xweb/handler';

const ASSETS_DIR = fileURLToPath(new URL('../../sim/xweb/assets/', import.meta.url));

interface Captured {
  handled: boolean;
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/** A stand-in for the server's media store: ids in `owned` belong to the web user, `foreign` to someone else. */
const written: { mediaId: string; metadata: Record<string, unknown> }[] = [];
function testEnv(switches: Partial<WebSwitches> = {}): WebEnv {
  return {
    switches: { ...defaultWebSwitches(), ...switches },
    user: 'demo_user',
    recordMetadata(mediaId, metadata) {
      if (mediaId.startsWith('9')) return 'not-owner';
      if (!mediaId.startsWith('1')) return 'missing';
      written.push({ mediaId, metadata });
      return 'ok';
    },
    userId: () => '1000000000000000001',
  };
}

/** Drives handleXWeb with the few members of req/res it uses. */
async function call(
  method: string,
  url: string,
  options: { body?: unknown; headers?: Record<string, string>; env?: WebEnv } = {},
) {
  const req = { method, url, headers: options.headers ?? {} } as unknown as IncomingMessage;
  const captured: Captured = { handled: false, status: 0, headers: {}, body: Buffer.alloc(0) };
  const res = {
    writeHead(status: number, headers: Record<string, string | string[]>) {
      captured.status = status;
      captured.headers = headers;
      return this;
    },
    end(payload?: string | Buffer) {
      captured.body = payload === undefined ? Buffer.alloc(0) : Buffer.from(payload);
      return this;
    },
  } as unknown as ServerResponse;
  const raw =
    options.body === undefined ? '' : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  captured.handled = await handleXWeb(req, res, Buffer.from(raw), options.env ?? testEnv());
  return captured;
}

const json = (captured: Captured) => JSON.parse(captured.body.toString('utf8'));

function createTweetBody(text: string, mediaIds: string[], replyTo?: string) {
  return {
    variables: {
      tweet_text: text,
      media: {
        media_entities: mediaIds.map((media_id) => ({ media_id, tagged_users: [] })),
        possibly_sensitive: false,
      },
      semantic_annotation_ids: [],
      dark_request: false,
      ...(replyTo ? { reply: { in_reply_to_tweet_id: replyTo, exclude_reply_user_ids: [] } } : {}),
    },
    features: { view_counts_everywhere_api_enabled: true },
    queryId: 'abc',
  };
}

describe('x.com pages', () => {
  it('redirects / to /home, keeping the query', async () => {
    const captured = await call('GET', '/?lang=fr');
    expect(captured).toMatchObject({ handled: true, status: 302, headers: { location: '/home?lang=fr' } });
  });

  it.each([
    '/home',
    '/compose/post',
    '/compose/post/media',
    '/compose/post?quote=1790000000000000007',
    '/simuser/status/1',
  ])('serves the app shell for %s', async (path) => {
    const captured = await call('GET', path);
    expect(captured.handled).toBe(true);
    expect(captured.status).toBe(200);
    expect(captured.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = captured.body.toString('utf8');
    expect(html).toContain('<div id="react-root"></div>');
    expect(html).toContain('<script type="module" src="/sim-assets/app.js"></script>');
    expect(captured.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it.each(['/messages', '/messages/123-456', '/settings/profile'])('serves the app shell for %s', async (path) => {
    expect((await call('GET', path)).status).toBe(200);
  });

  it('hands the switches to the page in a JSON block the CSP lets through (it never executes)', async () => {
    const env = testEnv({ dataSaver: true, platform: 'mac' });
    const html = (await call('GET', '/home', { env })).body.toString('utf8');
    const block = /<script type="application\/json" id="sim-config">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block?.[1] ?? '')).toEqual({ ...defaultWebSwitches(), dataSaver: true, platform: 'mac' });
  });

  it('sets <html lang> from ?lang and falls back to English', async () => {
    expect((await call('GET', '/home?lang=ja')).body.toString()).toContain('<html lang="ja"');
    expect((await call('GET', '/home?lang=xx')).body.toString()).toContain('<html lang="en"');
  });

  it('gives a ct0 CSRF cookie only to a browser without one, and names the signed-in account in twid', async () => {
    const fresh = (await call('GET', '/home')).headers['set-cookie'] as string[];
    expect(fresh[0]).toMatch(/^ct0=[0-9a-f]{32}; Domain=x\.com;/);
    const again = (await call('GET', '/home', { headers: { cookie: 'ct0=abc' } })).headers['set-cookie'] as string[];
    expect(again.some((cookie) => cookie.startsWith('ct0='))).toBe(false);
    expect(again).toContainEqual(expect.stringMatching(/^twid=u%3D1000000000000000001; Domain=x\.com;/));
  });

  it('answers HEAD without a body', async () => {
    const captured = await call('HEAD', '/home');
    expect(captured.status).toBe(200);
    expect(captured.body.length).toBe(0);
  });

  it('serves a favicon', async () => {
    const captured = await call('GET', '/favicon.ico');
    expect(captured.headers['content-type']).toBe('image/x-icon');
    expect([...captured.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});

describe('page assets', () => {
  const assetNames = readdirSync(ASSETS_DIR);

  it.each(assetNames)('serves %s with its content type', async (name) => {
    const captured = await call('GET', `/sim-assets/${name}`);
    expect(captured.handled).toBe(true);
    expect(captured.headers['content-type']).toBe(
      name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
    );
    expect(captured.body.equals(readFileSync(ASSETS_DIR + name))).toBe(true);
  });

  it('refuses unknown assets and paths outside the assets folder', async () => {
    expect((await call('GET', '/sim-assets/nope.js')).handled).toBe(false);
    expect((await call('GET', '/sim-assets/../handler.ts')).handled).toBe(false);
    expect((await call('GET', '/sim-assets/%2e%2e%2fhandler.ts')).handled).toBe(false);
  });

  it('never builds HTML from strings and only uses the allowed https hosts', () => {
    for (const name of assetNames) {
      const source = readFileSync(ASSETS_DIR + name, 'utf8');
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
      for (const [url] of source.matchAll(/https:\/\/[^\s'"`/)]+/g)) {
        expect(['https://x.com', 'https://upload.x.com', 'https://pbs.twimg.com', 'https://api.x.com'], name).toContain(
          url,
        );
      }
    }
  });
});

describe('interface languages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it.each(['en', 'fr', 'ja'])('has every string in %s and remembers the choice', async (lang) => {
    const stored = new Map<string, string>();
    vi.stubGlobal('location', { search: `?lang=${lang}` });
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    });
    // @ts-expect-error: a browser module without types, loaded in node with stubbed globals
    const i18n = await import('../../sim/xweb/assets/i18n.js');
    expect(i18n.lang).toBe(lang);
    expect(stored.get('simLang')).toBe(lang);
    const keys = readFileSync(`${ASSETS_DIR}i18n.js`, 'utf8').match(/^ {4}(\w+):/gm) ?? [];
    for (const key of new Set(keys.map((line) => line.trim().slice(0, -1)))) {
      expect(() => i18n.t(key), key).not.toThrow();
    }
    expect(i18n.t('post')).toBe({ en: 'Post', fr: 'Publier', ja: 'ポストする' }[lang]);
  });
});

describe('CreateTweet', () => {
  const path = '/i/api/graphql/SimCreateTweet7fQ2vXw9kA/CreateTweet';

  it('returns a new 19-digit rest_id and echoes the text and media ids', async () => {
    const captured = await call('POST', path, { body: createTweetBody('hello', ['1111', '2222']) });
    expect(captured.status).toBe(200);
    const result = json(captured).data.create_tweet.tweet_results.result;
    expect(result.rest_id).toMatch(/^\d{19}$/);
    expect(result.legacy.full_text).toBe('hello');
    expect(result.legacy.entities.media.map((media: { id_str: string }) => media.id_str)).toEqual(['1111', '2222']);
    expect(result.legacy.in_reply_to_status_id_str).toBeNull();
  });

  it('gives increasing ids and echoes the post replied to', async () => {
    const first = json(await call('POST', path, { body: createTweetBody('one', []) })).data.create_tweet.tweet_results
      .result.rest_id;
    const second = json(await call('POST', path, { body: createTweetBody('two', [], first) })).data.create_tweet
      .tweet_results.result;
    expect(BigInt(second.rest_id)).toBeGreaterThan(BigInt(first));
    expect(second.legacy.in_reply_to_status_id_str).toBe(first);
  });

  it('rejects a malformed body with 400', async () => {
    expect((await call('POST', path, { body: 'not json' })).status).toBe(400);
    expect((await call('POST', path, { body: { variables: { tweet_text: 1 } } })).status).toBe(400);
    expect((await call('POST', path, { body: createTweetBody('x', [42 as unknown as string]) })).status).toBe(400);
  });

  it('enforces the CSRF header when the session has a ct0 cookie (X error 353)', async () => {
    const body = createTweetBody('x', []);
    const mismatch = await call('POST', path, { body, headers: { cookie: 'ct0=abc', 'x-csrf-token': 'other' } });
    expect(mismatch.status).toBe(403);
    expect(json(mismatch).errors[0].code).toBe(353);
    const match = await call('POST', path, { body, headers: { cookie: 'ct0=abc', 'x-csrf-token': 'abc' } });
    expect(match.status).toBe(200);
  });
});

describe('CreateNoteTweet and CreateScheduledTweet', () => {
  const base = '/i/api/graphql/SimQuery';

  it('refuses a CreateTweet over 280 characters and takes it as CreateNoteTweet', async () => {
    const long = 'é'.repeat(281);
    const refused = await call('POST', `${base}/CreateTweet`, { body: createTweetBody(long, []) });
    expect(refused.status).toBe(403);
    expect(json(refused).errors[0].code).toBe(186);
    const note = await call('POST', `${base}/CreateNoteTweet`, { body: createTweetBody(long, ['1111']) });
    expect(note.status).toBe(200);
    const result = json(note).data.notetweet_create.tweet_results.result;
    expect(result.rest_id).toMatch(/^\d{19}$/);
    expect(result.legacy.full_text).toBe(long);
    expect(result.legacy.entities.media[0].id_str).toBe('1111');
  });

  it('schedules a post with execute_at in the future, and checks the body', async () => {
    const executeAt = Math.floor(Date.now() / 1000) + 3600;
    const body = {
      variables: {
        post_tweet_request: {
          auto_populate_reply_metadata: false,
          status: 'later',
          exclude_reply_user_ids: [],
          media_ids: ['1111'],
        },
      },
      execute_at: executeAt,
      queryId: 'SimQuery',
    };
    const ok = await call('POST', `${base}/CreateScheduledTweet`, { body });
    expect(ok.status).toBe(200);
    expect(json(ok).data.tweet.rest_id).toMatch(/^\d{19}$/);
    const past = await call('POST', `${base}/CreateScheduledTweet`, { body: { ...body, execute_at: 1000 } });
    expect(past.status).toBe(400);
    const noMedia = { ...body, variables: { post_tweet_request: { status: 'x', media_ids: [12] } } };
    expect((await call('POST', `${base}/CreateScheduledTweet`, { body: noMedia })).status).toBe(400);
  });
});

describe('media metadata', () => {
  const path = '/i/api/1.1/media/metadata/create.json';

  it('accepts X’s own alt text call and records it as a web write', async () => {
    written.length = 0;
    const body = { media_id: '1111', alt_text: { text: 'A cat' }, sensitive_media_warning: ['other'] };
    const captured = await call('POST', path, { body });
    expect(captured.status).toBe(200);
    expect(json(captured)).toEqual({});
    expect(written).toEqual([
      { mediaId: '1111', metadata: { alt_text: { text: 'A cat' }, sensitive_media_warning: ['other'] } },
    ]);
  });

  it('refuses media that does not exist (400) or is not the web user’s (403)', async () => {
    const missing = await call('POST', path, { body: { media_id: '2222', alt_text: { text: 'x' } } });
    expect(missing.status).toBe(400);
    const foreign = await call('POST', path, { body: { media_id: '9999', alt_text: { text: 'x' } } });
    expect(foreign.status).toBe(403);
    expect(json(foreign).errors[0].message).toBe("User 1000000000000000001 doesn't own media id 9999");
  });

  it('checks the body and the CSRF header', async () => {
    expect(
      (await call('POST', path, { body: { media_id: '1111', alt_text: { text: 'x'.repeat(1001) } } })).status,
    ).toBe(400);
    expect((await call('POST', path, { body: { media_id: '1111', sensitive_media_warning: ['gore'] } })).status).toBe(
      400,
    );
    const headers = { cookie: 'ct0=abc', 'x-csrf-token': 'nope' };
    expect((await call('POST', path, { body: { media_id: '1111' }, headers })).status).toBe(403);
  });

  it('rejects a call without media_id', async () => {
    expect((await call('POST', path, { body: { alt_text: { text: 'x' } } })).status).toBe(400);
  });
});

describe('unknown requests', () => {
  it.each([
    ['GET', '/i/api/graphql/abc/CreateTweet'],
    ['POST', '/i/api/graphql/abc/DeleteTweet'],
    ['GET', '/i/api/1.1/media/metadata/create.json'],
    ['POST', '/home'],
    ['GET', '/robots.txt'],
    ['GET', '/some/deeper/unknown/path'],
    ['DELETE', '/home'],
  ])('%s %s is not handled', async (method, path) => {
    expect((await call(method, path)).handled).toBe(false);
  });
});
