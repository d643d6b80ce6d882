import { describe, expect, test } from 'vitest';
import { authorizeUrl, parseRedirect, SCOPES } from '../../../lib/account/oauth2';
import { challengeFor, createState, createVerifier } from '../../../lib/account/pkce';

describe('PKCE', () => {
  test('the verifier is 43 unreserved characters and differs every time', () => {
    const verifiers = new Set(Array.from({ length: 50 }, createVerifier));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test('the S256 challenge matches RFC 7636 appendix B', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  test('state values are random and URL-safe', () => {
    const a = createState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(createState()).not.toBe(a);
  });
});

describe('the authorize URL', () => {
  test('asks X for code + PKCE S256 with the four scopes', () => {
    const url = new URL(
      authorizeUrl({ clientId: 'cid', redirectUri: 'https://id.chromiumapp.org/', state: 'st', challenge: 'ch' }),
    );
    expect(url.origin + url.pathname).toBe('https://x.com/i/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'cid',
      redirect_uri: 'https://id.chromiumapp.org/',
      scope: 'media.write users.read tweet.read offline.access',
      state: 'st',
      code_challenge: 'ch',
      code_challenge_method: 'S256',
    });
    expect(SCOPES).toContain('offline.access');
  });
});

describe('the redirect back', () => {
  const expected = { redirectUri: 'https://id.chromiumapp.org/', state: 'good-state' };
  test('gives the code when host, path and state match', () => {
    expect(parseRedirect('https://id.chromiumapp.org/?state=good-state&code=abc', expected)).toEqual({
      ok: true,
      code: 'abc',
    });
  });
  test('refuses a wrong state', () => {
    expect(parseRedirect('https://id.chromiumapp.org/?state=evil&code=abc', expected)).toMatchObject({
      ok: false,
      reason: 'state-mismatch',
    });
  });
  test('refuses a missing state', () => {
    expect(parseRedirect('https://id.chromiumapp.org/?code=abc', expected)).toMatchObject({
      ok: false,
      reason: 'state-mismatch',
    });
  });
  test('refuses a missing code', () => {
    expect(parseRedirect('https://id.chromiumapp.org/?state=good-state', expected)).toMatchObject({
      ok: false,
      reason: 'missing-code',
    });
  });
  test.each([
    'https://evil.example/?state=good-state&code=abc',
    'https://id.chromiumapp.org.evil.example/?state=good-state&code=abc',
    'https://id.chromiumapp.org/other?state=good-state&code=abc',
    'not a url',
  ])('refuses a foreign redirect: %s', (url) =>
    expect(parseRedirect(url, expected)).toMatchObject({ ok: false, reason: 'foreign-redirect' }),
  );
  test('reports a denial', () => {
    expect(parseRedirect('https://id.chromiumapp.org/?state=good-state&error=access_denied', expected)).toMatchObject({
      ok: false,
      reason: 'denied',
    });
  });
});
