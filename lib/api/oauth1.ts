/**
 * OAuth 1.0a request signing (RFC 5849, HMAC-SHA1) with Web Crypto, for the v1.1 endpoint and OAuth 1.0a users of
 * the v2 endpoints. X signs the method, the URL without its query, the oauth_* parameters and the query (and
 * form-encoded body) parameters; a JSON body is not part of the signature.
 */

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface SignInput {
  method: string;
  url: string;
  keys: OAuth1Keys;
  nonce: string;
  /** Unix seconds. */
  timestamp: number;
  /** Form-encoded body parameters, if the body is form-encoded. */
  bodyParams?: ReadonlyArray<readonly [string, string]>;
}

/** RFC 3986 unreserved characters stay; everything else is %XX with upper-case hex, as RFC 5849 §3.6 requires. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function signatureBaseString(method: string, url: string, params: ReadonlyArray<readonly [string, string]>) {
  const parsed = new URL(url);
  const baseUrl = `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname}`;
  const all = [...params, ...[...parsed.searchParams.entries()]].map(([k, v]) => [percentEncode(k), percentEncode(v)]);
  all.sort(([ak = '', av = ''], [bk = '', bv = '']) => (ak === bk ? compare(av, bv) : compare(ak, bk)));
  const normalized = all.map(([k, v]) => `${k}=${v}`).join('&');
  return [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalized)].join('&');
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function hmacSha1Base64(key: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
  return btoa(String.fromCharCode(...signature));
}

/** The signature alone, for checking against published test vectors. */
export async function oauth1Signature(input: SignInput): Promise<string> {
  const base = signatureBaseString(input.method, input.url, [...oauthParams(input), ...(input.bodyParams ?? [])]);
  const key = `${percentEncode(input.keys.consumerSecret)}&${percentEncode(input.keys.tokenSecret)}`;
  return hmacSha1Base64(key, base);
}

/** The `Authorization: OAuth …` header value for a request. */
export async function oauth1Header(input: SignInput): Promise<string> {
  const signature = await oauth1Signature(input);
  const fields = [...oauthParams(input), ['oauth_signature', signature] as const];
  return `OAuth ${fields.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ')}`;
}

function oauthParams(input: SignInput): Array<readonly [string, string]> {
  return [
    ['oauth_consumer_key', input.keys.consumerKey],
    ['oauth_nonce', input.nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(input.timestamp)],
    ['oauth_token', input.keys.token],
    ['oauth_version', '1.0'],
  ];
}

/** 16 random bytes as 32 hex digits: unique per request, as a nonce must be. */
export function randomNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
