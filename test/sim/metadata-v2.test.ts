import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../sim/index';
import { seedExample as seedRequest, seedExampleCorrected as seedRequestCorrected } from '../fixtures/seed-example';
import { bearer, postJson } from './helpers';

// POST https://api.x.com/2/media/metadata against the OpenAPI contract in spec/, plus auth, ownership and limits.

/** Seed 000's example request body, verbatim (it breaks its own schema twice), for a media id of the test's. */
const seedExample = (id: string) => ({ ...seedRequest, id });
/** The seed's example with its schema violations corrected (test/fixtures/seed-example.ts says which). */
const correctedExample = (id: string) => ({ ...seedRequestCorrected, id });

let sim: Simulator;
const post = (body: unknown, headers: Record<string, string>) =>
  postJson(sim, 'api.x.com', '/2/media/metadata', body, headers);

beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('POST /2/media/metadata', () => {
  it("accepts the seed's example once its two schema violations are corrected, and echoes it", async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    const body = correctedExample(id);
    const res = await post(body, bearer(accessToken));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ data: { id, associated_metadata: body.metadata } });
    expect(sim.control.mediaMetadata(id)).toMatchObject({ form: 'v2', metadata: body.metadata, user: 'demo_user' });
    const [entry] = sim.control.log.entries({ kind: 'metadata-v2' });
    expect(entry).toMatchObject({ status: 200, user: 'demo_user', validation: { ok: true, errors: [] } });
  });

  it("rejects the seed's uncorrected example, naming geo_restrictions and media_category", async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    const res = await post(seedExample(id), bearer(accessToken));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    const problem = res.json() as { errors: { parameters: Record<string, string[]>; message: string }[] };
    expect(problem).toMatchObject({
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.x.com/2/problems/invalid-request',
    });
    const paths = problem.errors.flatMap((e) => Object.keys(e.parameters));
    expect(paths).toEqual(['metadata.geo_restrictions', 'metadata.preview_image.media_key.media_category']);
    expect(problem.errors[1]).toEqual({
      parameters: { 'metadata.preview_image.media_key.media_category': ['PreviewImage'] },
      message: 'metadata.preview_image.media_key.media_category: must be one of: TweetImage',
    });
    const entry = sim.control.log.entries({ kind: 'metadata-v2' })[0];
    expect(entry?.validation?.ok).toBe(false);
    expect(entry?.validation?.errors.map((e) => e.path)).toEqual(paths);
  });

  it('rejects alt text over 1000 characters and a non-JSON body with the same problem shape', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    const long = await post({ id, metadata: { alt_text: { text: 'a'.repeat(1001) } } }, bearer(accessToken));
    expect(long.status).toBe(400);
    expect((long.json() as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'metadata.alt_text.text: must be at most 1000 characters',
    );
    // 1000 emoji are 1000 characters (code points), not 2000 UTF-16 units.
    const emoji = await post({ id, metadata: { alt_text: { text: '😀'.repeat(1000) } } }, bearer(accessToken));
    expect(emoji.status).toBe(200);
    const garbage = await post('{"id": ', bearer(accessToken));
    expect(garbage.status).toBe(400);
    expect(garbage.json()).toMatchObject({ type: 'https://api.x.com/2/problems/invalid-request' });
  });

  it('answers 401 without a valid token, and 403 when the token lacks media.write', async () => {
    const id = sim.control.uploadAs('demo_user');
    const none = await post({ id }, {});
    expect(none.status).toBe(401);
    expect(none.json()).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect((await post({ id }, bearer('not-a-token'))).status).toBe(401);

    const expiring = sim.control.issueToken();
    sim.control.expireAccessTokens('demo_user');
    expect((await post({ id }, bearer(expiring.accessToken))).status).toBe(401);

    const revoked = sim.control.issueToken();
    sim.control.revokeGrants();
    expect((await post({ id }, bearer(revoked.accessToken))).status).toBe(401);

    const readOnly = sim.control.issueToken({ scopes: ['users.read', 'tweet.read'] });
    const forbidden = await post({ id }, bearer(readOnly.accessToken));
    expect(forbidden.status).toBe(403);
    expect((forbidden.json() as { detail: string }).detail).toContain('media.write');
  });

  it('answers 403 for media owned by another user and 400 for an unknown or expired id', async () => {
    const { accessToken } = sim.control.issueToken();
    const theirs = sim.control.uploadAs('other_user');
    const res = await post({ id: theirs, metadata: {} }, bearer(accessToken));
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({
      type: 'https://api.x.com/2/problems/not-authorized-for-resource',
      detail: `User ${sim.control.users.demo_user.id} doesn't own media id ${theirs}`,
    });
    const unknown = await post({ id: '1234567890123456789' }, bearer(accessToken));
    expect(unknown.status).toBe(400);
    expect((unknown.json() as { errors: { parameters: object }[] }).errors[0]?.parameters).toEqual({
      id: ['1234567890123456789'],
    });

    sim.control.setMediaExpiry(0.05);
    const soon = sim.control.uploadAs('demo_user');
    await new Promise((r) => setTimeout(r, 80));
    expect((await post({ id: soon }, bearer(accessToken))).status).toBe(400);
  });

  it('sends x-rate-limit headers on every response and 429 once the window is spent', async () => {
    sim.control.setRateLimit({ limit: 2, windowSec: 60 });
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    const before = Math.floor(Date.now() / 1000);
    const first = await post({ id }, bearer(accessToken));
    expect(first.headers['x-rate-limit-limit']).toBe('2');
    expect(first.headers['x-rate-limit-remaining']).toBe('1');
    const reset = Number(first.headers['x-rate-limit-reset']);
    expect(reset).toBeGreaterThanOrEqual(before + 59);
    expect(reset).toBeLessThanOrEqual(before + 61);
    // Invalid calls count too: X bills and limits every request.
    const second = await post({ id: 'nope' }, bearer(accessToken));
    expect(second.status).toBe(400);
    expect(second.headers['x-rate-limit-remaining']).toBe('0');
    const third = await post({ id }, bearer(accessToken));
    expect(third.status).toBe(429);
    expect(third.json()).toEqual({
      title: 'Too Many Requests',
      detail: 'Too Many Requests',
      type: 'about:blank',
      status: 429,
    });
    expect(third.headers['x-rate-limit-remaining']).toBe('0');
    expect(third.headers['retry-after']).toBeUndefined();
    // Per user: another user's window is untouched.
    const other = sim.control.issueToken({ username: 'other_user' });
    const theirs = sim.control.uploadAs('other_user');
    expect((await post({ id: theirs }, bearer(other.accessToken))).status).toBe(200);
    // The 401 for a missing token still carries the headers.
    expect((await post({ id }, {})).headers['x-rate-limit-limit']).toBe('2');
  });
});
