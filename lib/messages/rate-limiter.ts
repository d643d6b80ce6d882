/**
 * What a tab's content script may send: enough for a person attaching, removing and describing media quickly. An
 * upload costs about six messages (its tile appears, gets its thumbnail, is tied; suggestions; its removal), so 20 a
 * second throttled anyone attaching three a second for long (the detection bench: 128 ms p95, every late one waiting
 * for the bucket). A page driving the content script in a loop is held to 40 a second (a few percent of a core).
 */
export const CONTENT_MESSAGES = { capacity: 120, refillPerSecond: 40 } as const;

export interface RateLimiter {
  take(key: number): boolean;
}

/**
 * A token bucket per key (a tab): a content script may send bursts (several uploads at once) but not a flood.
 * A page that found a way to drive our content script still cannot make the background work without bound.
 */
export function createRateLimiter(options: {
  capacity: number;
  refillPerSecond: number;
  now: () => number;
}): RateLimiter {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(key) {
      const now = options.now();
      const bucket = buckets.get(key) ?? { tokens: options.capacity, at: now };
      const refilled = Math.min(options.capacity, bucket.tokens + ((now - bucket.at) / 1000) * options.refillPerSecond);
      const allowed = refilled >= 1;
      buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
      return allowed;
    },
  };
}
