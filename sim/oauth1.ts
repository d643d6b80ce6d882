import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// OAuth 1.0a HMAC-SHA1 (RFC 5849 §3.4), as X's v1.1 and v2 user-context endpoints check it. The signer is exported
// so tests (and anyone driving the simulator from Node) sign exactly as the verifier expects.

/** RFC 3986 percent-encoding: encodeURIComponent leaves !'()* alone, RFC 5849 §3.6 does not. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface SignatureInput {
  method: string;
  /** Scheme, host (no default port) and path, without query: `https://api.x.com/2/media/metadata`. */
  baseUrl: string;
  /** oauth_* parameters except oauth_signature, plus query and form-body parameters, as decoded pairs. */
  params: [string, string][];
  consumerSecret: string;
  tokenSecret: string;
}

export function signatureBaseString(method: string, baseUrl: string, params: [string, string][]): string {
  const normalized = params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalized)].join('&');
}

export function hmacSha1Signature(input: SignatureInput): string {
  const key = `${percentEncode(input.consumerSecret)}&${percentEncode(input.tokenSecret)}`;
  const base = signatureBaseString(input.method, input.baseUrl, input.params);
  return createHmac('sha1', key).update(base).digest('base64');
}

/** Parses `Authorization: OAuth k="v", …` into decoded pairs; undefined if it is not an OAuth header. */
export function parseOAuthHeader(header: string | undefined): Record<string, string> | undefined {
  if (!header || !/^OAuth\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const match of header.slice(6).matchAll(/([A-Za-z0-9_.~%-]+)\s*=\s*"([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined) params[decodeURIComponent(key)] = decodeURIComponent(value);
  }
  return params;
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface SignRequest {
  method: string;
  /** Full URL; its query parameters are signed. */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  /** Form-encoded body parameters (JSON bodies are not signed). */
  form?: Record<string, string>;
  nonce?: string;
  timestamp?: number;
}

/** Builds the `Authorization: OAuth …` header value for a request. */
export function signOAuth1(request: SignRequest): string {
  const url = new URL(request.url);
  const oauth: Record<string, string> = {
    oauth_consumer_key: request.consumerKey,
    oauth_nonce: request.nonce ?? randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(request.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_token: request.token,
    oauth_version: '1.0',
  };
  const params: [string, string][] = [
    ...Object.entries(oauth),
    ...url.searchParams.entries(),
    ...Object.entries(request.form ?? {}),
  ];
  const baseUrl = `${url.protocol}//${url.hostname}${url.pathname}`;
  oauth.oauth_signature = hmacSha1Signature({
    method: request.method,
    baseUrl,
    params,
    consumerSecret: request.consumerSecret,
    tokenSecret: request.tokenSecret,
  });
  const fields = Object.entries(oauth).map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`);
  return `OAuth ${fields.join(', ')}`;
}
