import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, signOAuth1, startSimulator } from '../../sim/index';
import { hmacSha1Signature, signatureBaseString } from '../../sim/oauth1';
import { bearer, postJson, send } from './helpers';

// OAuth 1.0a (RFC 5849) and the two older endpoint forms: POST /2/media/metadata/create and v1.1 create.json.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const V1_URL = 'https://upload.twitter.com/1.1/media/metadata/create.json';

function v1(body: unknown, authorization: string, contentType = 'application/json; charset=UTF-8') {
  return postJson(sim, 'upload.twitter.com', '/1.1/media/metadata/create.json', body, {
    authorization,
    'content-type': contentType,
  });
}

function signFor(keys: ReturnType<Simulator['control']['issueOAuth1Keys']>, url: string, extra = {}) {
  return signOAuth1({
    method: 'POST',
    url,
    consumerKey: keys.consumerKey,
    consumerSecret: keys.consumerSecret,
    token: keys.accessToken,
    tokenSecret: keys.accessTokenSecret,
    ...extra,
  });
}

describe('OAuth 1.0a signer', () => {
  it("matches the test vector of Twitter's 'Creating a signature' docs", () => {
    const signature = hmacSha1Signature({
      method: 'POST',
      baseUrl: 'https://api.twitter.com/1.1/statuses/update.json',
      params: [
        ['include_entities', 'true'],
        ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'],
        ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
        ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
        ['oauth_signature_method', 'HMAC-SHA1'],
        ['oauth_timestamp', '1318622958'],
        ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
        ['oauth_version', '1.0'],
      ],
      consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
      tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
    });
    expect(signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it('builds the signature base string of RFC 5849 §3.4.1.1', () => {
    const url = new URL('http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b');
    const params: [string, string][] = [
      ...url.searchParams.entries(),
      ...new URLSearchParams('c2&a3=2+q').entries(),
      ['oauth_consumer_key', '9djdj82h48djs9d2'],
      ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
    ];
    expect(signatureBaseString('POST', 'http://example.com/request', params)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });
});

describe('POST upload.twitter.com/1.1/media/metadata/create.json', () => {
  it('accepts a correctly signed request with an empty 200 and stores the alt text', async () => {
    const keys = sim.control.issueOAuth1Keys('demo_user');
    const id = sim.control.uploadAs('demo_user');
    const res = await v1({ media_id: id, alt_text: { text: 'dancing cat' } }, signFor(keys, V1_URL));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.headers['x-rate-limit-limit']).toBe('500');
    expect(sim.control.mediaMetadata(id)).toMatchObject({
      form: 'v1',
      metadata: { alt_text: { text: 'dancing cat' } },
    });
    // text/plain is the other content type seed 004 allows.
    const plain = await v1(
      { media_id: id, alt_text: { text: 'x' } },
      signFor(keys, V1_URL),
      'text/plain; charset=UTF-8',
    );
    expect(plain.status).toBe(200);
  });

  it('refuses a wrong signature, a replayed nonce, a stale timestamp and a bearer token', async () => {
    const keys = sim.control.issueOAuth1Keys('demo_user');
    const id = sim.control.uploadAs('demo_user');
    const body = { media_id: id, alt_text: { text: 'cat' } };
    const wrong = await v1(body, signFor({ ...keys, consumerSecret: 'not-the-secret' }, V1_URL));
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toEqual({ errors: [{ code: 32, message: 'Could not authenticate you.' }] });
    // Signed for another host: the base URL is part of the signature.
    expect((await v1(body, signFor(keys, 'https://upload.x.com/1.1/media/metadata/create.json'))).status).toBe(401);

    const header = signFor(keys, V1_URL, { nonce: 'fixed-nonce' });
    expect((await v1(body, header)).status).toBe(200);
    expect((await v1(body, header)).status).toBe(401);

    const stale = await v1(body, signFor(keys, V1_URL, { timestamp: Math.floor(Date.now() / 1000) - 600 }));
    expect(stale.json()).toEqual({ errors: [{ code: 135, message: 'Timestamp out of bounds.' }] });

    const { accessToken } = sim.control.issueToken();
    const bearerRes = await v1(body, `Bearer ${accessToken}`);
    expect(bearerRes.status).toBe(403);
    expect(bearerRes.json()).toMatchObject({ errors: [{ code: 220 }] });
  });

  it('answers bad bodies, foreign media and a spent window in the legacy shape', async () => {
    const keys = sim.control.issueOAuth1Keys('demo_user');
    const id = sim.control.uploadAs('demo_user');
    const tooLong = await v1({ media_id: id, alt_text: { text: 'a'.repeat(1001) } }, signFor(keys, V1_URL));
    expect(tooLong.status).toBe(400);
    expect(tooLong.json()).toEqual({
      errors: [{ code: 44, message: 'alt_text.text: must be at most 1000 characters' }],
    });
    expect(sim.control.log.entries({ kind: 'metadata-v1' })[0]?.validation?.ok).toBe(false);

    const theirs = sim.control.uploadAs('other_user');
    const foreign = await v1({ media_id: theirs, alt_text: { text: 'x' } }, signFor(keys, V1_URL));
    expect(foreign.status).toBe(400);
    expect(foreign.json()).toMatchObject({ errors: [{ code: 324 }] });

    sim.control.setRateLimit({ limit: 1, windowSec: 60 });
    expect((await v1({ media_id: id }, signFor(keys, V1_URL))).status).toBe(200);
    const limited = await v1({ media_id: id }, signFor(keys, V1_URL));
    expect(limited.status).toBe(429);
    expect(limited.json()).toEqual({ errors: [{ code: 88, message: 'Rate limit exceeded' }] });
  });
});

describe('OAuth 1.0a on v2', () => {
  it('accepts user-context OAuth 1.0a on POST /2/media/metadata and GET /2/users/me', async () => {
    const keys = sim.control.issueOAuth1Keys('other_user');
    const id = sim.control.uploadAs('other_user');
    const url = 'https://api.x.com/2/media/metadata';
    const ok = await postJson(sim, 'api.x.com', '/2/media/metadata', { id }, { authorization: signFor(keys, url) });
    expect(ok.status).toBe(200);
    const bad = { authorization: signFor({ ...keys, accessTokenSecret: 'x' }, url) };
    expect((await postJson(sim, 'api.x.com', '/2/media/metadata', { id }, bad)).status).toBe(401);

    const meUrl = 'https://api.x.com/2/users/me?user.fields=id';
    const me = await send(sim, {
      host: 'api.x.com',
      path: '/2/users/me?user.fields=id',
      headers: { authorization: signOAuth1({ ...signArgs(keys), method: 'GET', url: meUrl }) },
    });
    expect(me.json()).toEqual({ data: sim.control.users.other_user });
  });
});

function signArgs(keys: ReturnType<Simulator['control']['issueOAuth1Keys']>) {
  return {
    consumerKey: keys.consumerKey,
    consumerSecret: keys.consumerSecret,
    token: keys.accessToken,
    tokenSecret: keys.accessTokenSecret,
  };
}

describe('POST /2/media/metadata/create (early 2025 form)', () => {
  const create = (body: unknown, token: string) =>
    postJson(sim, 'api.x.com', '/2/media/metadata/create', body, bearer(token));

  it('accepts seed 002\'s example (allow_download as the string "true") and echoes it', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user', { category: 'tweet_gif' });
    const fields = {
      allow_download_status: { allow_download: 'true' },
      alt_text: { text: 'dancing cat' },
      found_media_origin: { id: '<string>', provider: 'giphy' },
      sticker_info: { stickers: [{ aspect_ratio: 123, id: '<string>', transform_a: 123 }] },
      upload_source: { text: '<string>' },
    };
    const res = await create({ media_id: id, ...fields }, accessToken);
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ data: { id, associated_metadata: fields } });
    expect(sim.control.log.entries({ kind: 'metadata-v2-create' })[0]?.validation?.ok).toBe(true);
  });

  it('rejects a missing media_id, an unknown field and over-long alt text, naming each', async () => {
    const { accessToken } = sim.control.issueToken();
    const res = await create({ alt_text: { text: 'a'.repeat(1001) }, metadata: {} }, accessToken);
    expect(res.status).toBe(400);
    const messages = (res.json() as { errors: { message: string }[] }).errors.map((e) => e.message);
    expect(messages).toEqual([
      'media_id: is required',
      'metadata: is not an allowed field',
      'alt_text.text: must be at most 1000 characters',
    ]);
  });
});
