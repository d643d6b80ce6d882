import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../../lib/draft/draft';
import { CONTRACT, isMessageType, type MessageType } from '../../../lib/messages/contract';
import { createRateLimiter, type RateLimiter } from '../../../lib/messages/rate-limiter';
import { ok, type Result } from '../../../lib/messages/result';
import { createRouter, type Handlers } from '../../../lib/messages/router';
import { classifySender, type SenderInfo, X_ORIGIN } from '../../../lib/messages/senders';

/**
 * The router is the background's door: whatever arrives (any value, any sender) it answers a Result, never throws,
 * and runs a handler only for a message the contract accepts — known type, allowed sender, valid payload. Handlers
 * are spies here; a spied fetch and the fake browser's storage show that a refused message touched nothing.
 */

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const TYPES = Object.keys(CONTRACT) as MessageType[];

function spyHandlers() {
  const spies = Object.fromEntries(
    TYPES.map((type) => [type, vi.fn(async (_payload: unknown, _context: unknown) => ok(`handled ${type}`))]),
  ) as Record<MessageType, ReturnType<typeof vi.fn>>;
  return { spies, handlers: spies as unknown as Handlers };
}

const allowAll = (): RateLimiter & { take: ReturnType<typeof vi.fn> } => ({ take: vi.fn(() => true) });

/**
 * One valid payload per type: so that the generators also reach the handlers (and the forbidden-sender check).
 * Typed over every MessageType, so a new message type cannot be added without a generator here.
 */
const VALID: Record<MessageType, () => fc.Arbitrary<unknown>> = {
  'account/status': () => fc.constant({}),
  'account/connect-token': () => fc.record({ token: fc.string({ minLength: 1, maxLength: 64 }) }),
  'account/connect-oauth1': () =>
    fc.record({
      consumerKey: fc.string({ minLength: 1, maxLength: 8 }),
      consumerSecret: fc.string({ minLength: 1, maxLength: 8 }),
      token: fc.string({ minLength: 1, maxLength: 8 }),
      tokenSecret: fc.string({ minLength: 1, maxLength: 8 }),
    }),
  'account/sign-in': () => fc.record({ clientId: fc.string({ minLength: 1, maxLength: 20 }) }),
  'account/sign-out': () => fc.constant({}),
  'settings/get': () => fc.constant({}),
  'settings/update': () =>
    fc.oneof(fc.constant({}), fc.constantFrom({ promptOnUpload: false }, { endpointForm: 'v2' }, { locale: 'fr' })),
  'composer/tiles': () => fc.constant({ tiles: [] }),
  'tab/state': () => fc.oneof(fc.constant({}), fc.record({ tabId: fc.nat() })),
  'page/check': () => fc.record({ tabId: fc.nat() }),
  'draft/update': () => fc.record({ mediaId: mediaId(), draft: fc.constant(emptyDraft()) }),
  'media/save': () =>
    fc.record({
      mediaId: mediaId(),
      metadata: fc.record({ alt_text: fc.record({ text: fc.string({ maxLength: 50 }) }) }),
    }),
  'media/retry': () => fc.record({ mediaId: mediaId() }),
  'options/open': () => fc.constant({}),
  'history/list': () => fc.constant({}),
  'history/clear': () => fc.constant({}),
  'account/test': () => fc.constant({}),
  'i18n/catalog': () => fc.record({ locale: fc.constantFrom('fr', 'ar'), surfaces: fc.constant(['prompt']) }),
  'suggest/for': () =>
    fc.record({
      image: fc.base64String({ minLength: 4, maxLength: 40 }),
      mimeType: fc.constantFrom('image/png', 'image/jpeg'),
    }),
  'suggest/settings-get': () => fc.constant({}),
  'suggest/settings-update': () => fc.constantFrom({}, { ocr: false }, { earlier: true, model: false }),
  'suggest/earlier-list': () => fc.constant({}),
  'suggest/earlier-clear': () => fc.constant({}),
  'suggest/remember': () =>
    fc.record({
      image: fc.base64String({ minLength: 4, maxLength: 40 }),
      mimeType: fc.constant('image/png'),
      altText: fc.string({ minLength: 1, maxLength: 20 }),
    }),
  'suggest/engine-state': () => fc.constant({}),
};
const mediaId = () => fc.stringMatching(/^[0-9]{1,19}$/);

const HUGE = 'A'.repeat(1_000_000);
/** Values built by JSON.parse, so that `__proto__` is an own key (as a structured-clone message can carry). */
const PROTO_BOMBS = [
  '{"__proto__": {"polluted": true}, "type": "account/status", "payload": {}}',
  '{"type": "__proto__", "payload": {}}',
  '{"type": "constructor", "payload": {}}',
  '{"type": "toString"}',
  '{"type": "hasOwnProperty", "payload": {"__proto__": {}}}',
  '{"type": "account/connect-token", "payload": {"__proto__": {"token": "inherited"}}}',
  '{"type": "account/connect-token", "payload": {"token": "t", "__proto__": {"admin": true}}}',
  '{"type": "media/save", "payload": {"mediaId": "1", "metadata": {"alt_text": {"text": "a"}, "__proto__": {"x": 1}}}}',
  '{"type": "media/save", "payload": {"mediaId": "1", "metadata": {"constructor": {"prototype": {"x": 1}}}}}',
  '{"type": "settings/update", "payload": {"constructor": {"prototype": {"polluted": true}}}}',
  '{"type": "tab/state", "payload": {"tabId": 1, "__proto__": null}}',
].map((text) => JSON.parse(text) as unknown);

/** Breaks a valid payload: an extra key, a wrong type, an over-long string, a bad media id, or not an object. */
function broken(payload: unknown): fc.Arbitrary<unknown> {
  const base = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const keys = Object.keys(base);
  return fc.oneof(
    fc.constant({ ...base, extra: 1 }),
    fc.constant({ ...base, __proto__: { inherited: true }, constructor: 'x' }),
    keys.length > 0
      ? fc
          .constantFrom(...keys)
          .chain((key) =>
            fc.oneof(fc.anything(), fc.constant(HUGE), fc.constant(null)).map((value) => ({ ...base, [key]: value })),
          )
      : fc.constant({ unexpected: HUGE }),
    fc.constant({ ...base, mediaId: '12345678901234567890' }),
    fc.constant({ ...base, mediaId: '../../2/users/me' }),
    fc.constant({ ...base, token: HUGE }),
    fc.constantFrom(null, undefined, 'payload', 42, [], [base], HUGE),
  );
}

const typeArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TYPES) },
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    'ACCOUNT/STATUS',
    'tab/changed',
  ),
  fc.string(),
  fc.anything(),
  fc.constant(HUGE),
);

const validMessage = fc.constantFrom(...TYPES).chain((type) => VALID[type]().map((payload) => ({ type, payload })));

const messageArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: typeArb, payload: fc.anything({ withNullPrototype: true }) }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_BOMBS) },
  { weight: 3, arbitrary: validMessage },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...TYPES)
      .chain((type) => VALID[type]().chain((payload) => broken(payload).map((bad) => ({ type, payload: bad })))),
  },
  { weight: 1, arbitrary: fc.constantFrom(...TYPES).map((type) => ({ type, payload: HUGE })) },
);

const OTHER_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';
/** Senders as the browser builds them, and broken ones; `url` is always a lie worth trying. */
const senderArb: fc.Arbitrary<SenderInfo> = fc.record(
  {
    id: fc.oneof(fc.constant(SELF.id), fc.constant(OTHER_ID), fc.string()),
    origin: fc.oneof(fc.constant(SELF.origin), fc.constant(X_ORIGIN), fc.constant('https://evil.example'), fc.string()),
    frameId: fc.oneof(fc.constant(0), fc.integer({ min: -1, max: 5 })),
    tab: fc.record({ id: fc.oneof(fc.nat(100), fc.integer()), incognito: fc.boolean() }, { requiredKeys: [] }),
    url: fc.constantFrom(`${SELF.origin}/options.html`, 'https://x.com/home', 'https://evil.example/'),
  },
  { requiredKeys: [] },
);
/** Half the runs from senders that pass, so valid messages from allowed senders reach the handlers too. */
const likelySender: fc.Arbitrary<SenderInfo> = fc.oneof(
  fc.constant({ id: SELF.id, origin: SELF.origin }),
  fc.nat(100).map((id) => ({ id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id } })),
  senderArb,
);

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message === 'string';
}

/** What the contract accepts (the oracle): a known type, from an allowed sender, with a payload its schema takes. */
function accepted(message: unknown, sender: SenderInfo): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (!isMessageType(type)) return false;
  const spec = CONTRACT[type];
  if (!spec.from.includes(classifySender(sender, SELF))) return false;
  return spec.request.safeParse((message as { payload?: unknown }).payload).success;
}

const tally = { tried: 0, accepted: 0, refused: {} as Record<string, number> };

async function snapshotStorage(): Promise<string> {
  return JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.session.get()]);
}

describe('the router', () => {
  let fetchSpy: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    fetchSpy = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchSpy);
    await fakeBrowser.storage.local.set({ account: { state: 'none' }, jobs: {} });
    await fakeBrowser.storage.session.set({ tabs: {} });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    console.log(
      `router property: ${tally.tried} inputs tried, ${tally.accepted} accepted, refused by reason: ${JSON.stringify(tally.refused)}`,
    );
  });

  test('never throws, always answers a Result, and runs a handler exactly when the contract accepts', async () => {
    const before = await snapshotStorage();
    await fc.assert(
      fc.asyncProperty(messageArb, likelySender, async (message, sender) => {
        const { spies, handlers } = spyHandlers();
        const limiter = allowAll();
        const route = createRouter(handlers, { self: SELF, contentLimiter: limiter });
        const expected = accepted(message, sender);
        let answer: unknown;
        try {
          answer = await route(message, sender);
        } catch (error) {
          throw new Error(`route threw: ${String(error)}`);
        }
        tally.tried++;
        expect(isResult(answer)).toBe(true);
        // Structured-clone safe (it crosses a process boundary): JSON round-trips it unchanged.
        expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
        const calls = TYPES.flatMap((type) => spies[type].mock.calls.map((call) => ({ type, call })));
        const result = answer as Result<unknown>;
        if (expected) {
          tally.accepted++;
          expect(result.ok).toBe(true);
          expect(calls).toHaveLength(1);
          expect(calls[0]?.type).toBe((message as { type: string }).type);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) tally.refused[result.error.code] = (tally.refused[result.error.code] ?? 0) + 1;
          expect(calls).toHaveLength(0);
          // Refusals never echo the message (it may carry a token): the answer is short.
          expect(JSON.stringify(answer).length).toBeLessThan(300);
        }
        // The limiter is consulted for our content script only, and only for a type it may send.
        const type = (message as { type?: unknown } | null)?.type;
        const senderClass = classifySender(sender, SELF);
        if (limiter.take.mock.calls.length > 0) {
          expect(senderClass).toBe('x-content-script');
          expect(isMessageType(type) && CONTRACT[type].from.includes(senderClass)).toBe(true);
        }
        expect(fetchSpy).not.toHaveBeenCalled();
      }),
      { numRuns: 1500 },
    );
    expect(await snapshotStorage()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  }, 60_000);

  test('a handler that throws or rejects still gets a Result back, without echoing the message', async () => {
    const { spies, handlers } = spyHandlers();
    spies['account/connect-token'].mockImplementation(async () => {
      throw new Error('boom with canary-secret');
    });
    const route = createRouter(handlers, { self: SELF, contentLimiter: allowAll() });
    const answer = await route(
      { type: 'account/connect-token', payload: { token: 'canary-secret' } },
      { id: SELF.id, origin: SELF.origin },
    );
    expect(answer).toEqual({ ok: false, error: { code: 'failed', message: expect.any(String) } });
    expect(JSON.stringify(answer)).not.toContain('canary-secret');
  });

  test('valid payloads from forbidden senders are refused: content scripts cannot connect, sign in or read history', async () => {
    const { spies, handlers } = spyHandlers();
    const route = createRouter(handlers, { self: SELF, contentLimiter: allowAll() });
    const content = { id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: 4 } };
    const stranger = { id: OTHER_ID, origin: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba' };
    const cases: Array<[unknown, SenderInfo]> = [
      [{ type: 'account/connect-token', payload: { token: 'abc' } }, content],
      [{ type: 'account/sign-in', payload: { clientId: 'demo-client-id' } }, content],
      [{ type: 'account/sign-out', payload: {} }, content],
      [{ type: 'settings/update', payload: { promptOnUpload: false } }, content],
      [{ type: 'history/list', payload: {} }, content],
      [
        { type: 'composer/tiles', payload: { tiles: [] } },
        { id: SELF.id, origin: SELF.origin },
      ],
      [{ type: 'media/save', payload: { mediaId: '1', metadata: { alt_text: { text: 'a' } } } }, stranger],
      [
        { type: 'account/status', payload: {} },
        { ...content, frameId: 1 },
      ],
    ];
    for (const [message, sender] of cases) {
      expect(await route(message, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });
});

describe('the content-script rate limit', () => {
  test('a content script flooding one tab is refused once its bucket is empty; another tab still passes', async () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ capacity: 60, refillPerSecond: 10, now: () => now });
    const { spies, handlers } = spyHandlers();
    const route = createRouter(handlers, { self: SELF, contentLimiter: limiter });
    const from = (tab: number): SenderInfo => ({ id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: tab } });
    const message = { type: 'tab/state', payload: {} };

    const answers: Result<unknown>[] = [];
    for (let i = 0; i < 100; i++) answers.push(await route(message, from(1)));
    const passed = answers.filter((a) => a.ok).length;
    const limited = answers.filter((a) => !a.ok && a.error.code === 'rate-limited').length;
    console.log(`rate limit: tab 1 sent 100 at once, ${passed} passed, ${limited} refused (rate-limited)`);
    expect(passed).toBe(60);
    expect(limited).toBe(40);
    // Every refused one after the bucket emptied; none of them reached a handler.
    expect(answers.slice(60).every((a) => !a.ok && a.error.code === 'rate-limited')).toBe(true);
    expect(spies['tab/state']).toHaveBeenCalledTimes(60);

    // Another tab has its own bucket.
    expect(await route(message, from(2))).toMatchObject({ ok: true });
    // Invalid payloads spend tokens too (a flood of garbage is still a flood) and are still refused.
    expect(await route({ type: 'tab/state', payload: { tabId: -1 } }, from(1))).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
    // Extension pages are never rate-limited.
    for (let i = 0; i < 100; i++) {
      expect(await route(message, { id: SELF.id, origin: SELF.origin })).toMatchObject({ ok: true });
    }
    // The bucket refills with time: 1 s later, 10 more pass.
    now += 1_000;
    const later: Result<unknown>[] = [];
    for (let i = 0; i < 15; i++) later.push(await route(message, from(1)));
    expect(later.filter((a) => a.ok)).toHaveLength(10);
  });
});
