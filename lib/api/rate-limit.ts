/** X's `x-rate-limit-*` headers, read from every response. Times are milliseconds since the epoch. */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  resetAt?: number;
}

const integerHeader = (headers: Headers, name: string): number | undefined => {
  const raw = headers.get(name);
  if (raw === null || !/^\s*\d{1,15}\s*$/.test(raw)) return undefined;
  return Number(raw);
};

/** Undefined when the response carried none of the headers (or none that parse). */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const limit = integerHeader(headers, 'x-rate-limit-limit');
  const remaining = integerHeader(headers, 'x-rate-limit-remaining');
  const resetSeconds = integerHeader(headers, 'x-rate-limit-reset');
  if (limit === undefined && remaining === undefined && resetSeconds === undefined) return undefined;
  return { limit, remaining, resetAt: resetSeconds === undefined ? undefined : resetSeconds * 1000 };
}
