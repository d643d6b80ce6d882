/**
 * A token bucket per key (a tab): a content script may send bursts (several uploads at once) but not a flood.
 * A page that found a way to drive our content script still cannot make the background work without bound.
 */
export interface RateLimiter {
  take(key: number): boolean;
}

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
