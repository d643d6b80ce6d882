import type { Kind } from './types';

export interface RateState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix seconds, as in X's x-rate-limit-reset. */
  reset: number;
}

interface Window {
  start: number;
  used: number;
}

const METADATA_KINDS: Kind[] = ['metadata-v2', 'metadata-v2-create', 'metadata-v1'];
const MEDIA_UPLOAD_KINDS: Kind[] = ['media-v2-init', 'media-v2-append', 'media-v2-finalize', 'media-v2-status'];

/**
 * Fixed windows per user per endpoint, like X's documented limits: POST /2/media/metadata 500 per 15 min per user,
 * GET /2/users/me 75 per 15 min per user. A 'rate-limit' fault closes an endpoint for everyone until its reset, so a
 * test can assert that nothing gets through before that time.
 */
export class RateLimiter {
  private windows = new Map<string, Window>();
  private closedUntil = new Map<Kind, number>();
  private metadata = { limit: 500, windowSec: 900 };
  private readonly usersMe = { limit: 75, windowSec: 900 };
  /** The v2 media upload: a per-user window per step (the simulator's choice; X's exact figures vary by plan). */
  private readonly mediaUpload = { limit: 500, windowSec: 900 };

  setMetadataLimit(limit: number, windowSec: number): void {
    if (!(limit >= 0) || !(windowSec > 0)) throw new Error('setRateLimit needs limit >= 0 and windowSec > 0');
    this.metadata = { limit, windowSec };
    this.windows.clear();
  }

  reset(): void {
    this.windows.clear();
    this.closedUntil.clear();
    this.metadata = { limit: 500, windowSec: 900 };
  }

  /** Forces the endpoint shut until now + seconds. */
  close(kind: Kind, seconds: number, now = Date.now()): RateState {
    const until = now + seconds * 1000;
    this.closedUntil.set(kind, Math.max(until, this.closedUntil.get(kind) ?? 0));
    return { allowed: false, limit: this.config(kind).limit, remaining: 0, reset: Math.ceil(until / 1000) };
  }

  /** The 429 state of an endpoint a 'rate-limit' fault closed, or undefined when it is open. */
  closedState(kind: Kind, now = Date.now()): RateState | undefined {
    const closed = this.closedUntil.get(kind);
    if (closed === undefined || now >= closed) return undefined;
    return { allowed: false, limit: this.config(kind).limit, remaining: 0, reset: Math.ceil(closed / 1000) };
  }

  /** Counts one request against the user's window; `allowed` is false once the window is spent or closed. */
  take(kind: Kind, user: string, now = Date.now()): RateState {
    return this.check(kind, user, now, true);
  }

  /** The current state without counting (for responses refused before the user is known). */
  peek(kind: Kind, user: string, now = Date.now()): RateState {
    return this.check(kind, user, now, false);
  }

  private config(kind: Kind): { limit: number; windowSec: number } {
    if (MEDIA_UPLOAD_KINDS.includes(kind)) return this.mediaUpload;
    return METADATA_KINDS.includes(kind) ? this.metadata : this.usersMe;
  }

  private check(kind: Kind, user: string, now: number, count: boolean): RateState {
    const { limit, windowSec } = this.config(kind);
    const key = `${kind}\u0000${user}`;
    let window = this.windows.get(key);
    if (!window || now >= window.start + windowSec * 1000) {
      window = { start: now, used: 0 };
      if (count) this.windows.set(key, window);
    }
    const reset = Math.ceil((window.start + windowSec * 1000) / 1000);
    const closed = this.closedUntil.get(kind);
    if (closed !== undefined && now < closed) {
      return { allowed: false, limit, remaining: 0, reset: Math.ceil(closed / 1000) };
    }
    if (window.used >= limit) return { allowed: false, limit, remaining: 0, reset };
    if (count) window.used++;
    return { allowed: true, limit, remaining: limit - window.used, reset };
  }
}

export function rateLimitHeaders(state: RateState): Record<string, string> {
  return {
    'x-rate-limit-limit': String(state.limit),
    'x-rate-limit-remaining': String(state.remaining),
    'x-rate-limit-reset': String(state.reset),
  };
}
