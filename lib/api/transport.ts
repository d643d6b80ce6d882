import { type OAuth1Keys, oauth1Header, randomNonce } from './oauth1';
import type { Cancelled, TransportFailure } from './outcome';
import { parseRateLimit, type RateLimit } from './rate-limit';

/** The user's credentials for one call. Only the background's account module ever builds one. */
export type Credentials = { kind: 'oauth2'; accessToken: string } | ({ kind: 'oauth1' } & OAuth1Keys);

export interface TransportDeps {
  fetch: typeof fetch;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Under 30 s: Chrome kills a service worker whose fetch answers later than that. */
  timeoutMs?: number;
  nonce?: () => string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  contentType?: string;
}

/**
 * A request about to leave. A stored HttpRequest always fits; a media segment goes as FormData, built for this one
 * send (never stored), and gets its multipart content type, boundary included, from fetch itself.
 */
export interface OutgoingRequest extends Omit<HttpRequest, 'body'> {
  body?: string | FormData;
}

export type Transported =
  | { ok: true; status: number; headers: Headers; text: string; rateLimit?: RateLimit }
  | { ok: false; outcome: TransportFailure };

/** X's answer, whatever its status. */
export type Answer = Extract<Transported, { ok: true }>;

/**
 * Sends one request, authorized with `credentials` (none for OAuth 2.0's token endpoint, where a public client
 * authenticates by its client_id). Never throws: a network failure or a timeout comes back as an outcome, and so
 * does the caller's `signal` firing (only when one is passed: the metadata queue passes none).
 */
export async function send(
  request: OutgoingRequest,
  credentials: Credentials | null,
  deps: TransportDeps,
): Promise<Transported>;
export async function send(
  request: OutgoingRequest,
  credentials: Credentials | null,
  deps: TransportDeps,
  signal: AbortSignal | undefined,
): Promise<Transported | { ok: false; outcome: Cancelled }>;
export async function send(
  request: OutgoingRequest,
  credentials: Credentials | null,
  deps: TransportDeps,
  signal?: AbortSignal,
): Promise<Transported | { ok: false; outcome: Cancelled }> {
  const { fetch: doFetch, now, timeoutMs = DEFAULT_TIMEOUT_MS, nonce = randomNonce } = deps;
  const cancelled = { ok: false, outcome: { kind: 'aborted', message: 'The call to X was cancelled.' } } as const;
  if (signal?.aborted) return cancelled;
  const headers: Record<string, string> = {};
  if (credentials) headers.authorization = await authorization(request, credentials, now, nonce);
  if (request.contentType) headers['content-type'] = request.contentType;
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await doFetch(request.url, {
      method: request.method,
      headers,
      body: request.body,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    const text = await response.text();
    return {
      ok: true,
      status: response.status,
      headers: response.headers,
      text,
      rateLimit: parseRateLimit(response.headers),
    };
  } catch (error) {
    if (signal?.aborted && !timedOut) return cancelled;
    if (timedOut) {
      return {
        ok: false,
        outcome: { kind: 'timeout', afterMs: timeoutMs, message: `X did not answer within ${timeoutMs / 1000} s.` },
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, outcome: { kind: 'network-error', message: `Could not reach X (${reason}).` } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

async function authorization(
  request: OutgoingRequest,
  credentials: Credentials,
  now: () => number,
  nonce: () => string,
) {
  if (credentials.kind === 'oauth2') return `Bearer ${credentials.accessToken}`;
  return oauth1Header({
    method: request.method,
    url: request.url,
    keys: credentials,
    nonce: nonce(),
    timestamp: Math.floor(now() / 1000),
  });
}

/** JSON.parse that answers undefined instead of throwing on an empty or broken body. */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
