import { z } from '../zod';

/**
 * Counting the metadata calls the extension makes, so the user sees what their X app is billed for. X bills the
 * user's own app per request under pay-per-use (shared/docs/x-api.md: Media Metadata $0.005 a request, 2026).
 */
export const PRICE_PER_CALL_USD = 0.005;

export const UsageSchema = z.object({
  total: z.int().check(z.nonnegative()),
  /** Calls per calendar month, keyed `YYYY-MM` in the user's time zone (the month they see on their bill). */
  months: z.record(z.string(), z.int().check(z.nonnegative())),
});
export type Usage = z.infer<typeof UsageSchema>;

export const NO_USAGE: Usage = { total: 0, months: {} };
/** Months kept: a year is enough to compare, and the entry stays small. */
const MONTHS_KEPT = 12;

export function monthKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** One more call reached X at `at`. */
export function countCall(usage: Usage, at: number): Usage {
  const key = monthKey(at);
  const months = { ...usage.months, [key]: (usage.months[key] ?? 0) + 1 };
  const kept = Object.keys(months).sort().slice(-MONTHS_KEPT);
  return { total: usage.total + 1, months: Object.fromEntries(kept.map((month) => [month, months[month] ?? 0])) };
}

export function callsThisMonth(usage: Usage, now: number): number {
  return usage.months[monthKey(now)] ?? 0;
}

/** Dollars for `calls` at X's price, in the interface language's number format. */
export function formatCost(calls: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 3,
  }).format(calls * PRICE_PER_CALL_USD);
}
