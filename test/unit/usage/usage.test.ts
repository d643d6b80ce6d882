import { describe, expect, test } from 'vitest';
import { callsThisMonth, countCall, formatCost, monthKey, NO_USAGE } from '../../../lib/usage/usage';

describe('usage', () => {
  test('counts calls per month and in all, and keeps a year of months', () => {
    const jan = new Date(2026, 0, 15).getTime();
    const feb = new Date(2026, 1, 2).getTime();
    let usage = countCall(countCall(NO_USAGE, jan), jan);
    usage = countCall(usage, feb);
    expect(usage).toEqual({ total: 3, months: { '2026-01': 2, '2026-02': 1 } });
    expect(callsThisMonth(usage, feb)).toBe(1);
    for (let month = 0; month < 14; month++) usage = countCall(usage, new Date(2027, month, 1).getTime());
    expect(Object.keys(usage.months)).toHaveLength(12);
    expect(usage.total).toBe(17);
    expect(monthKey(new Date(2027, 11, 31).getTime())).toBe('2027-12');
  });

  test('the estimate at X’s pay-per-use price, in the interface language', () => {
    expect(formatCost(1, 'en')).toBe('$0.005');
    expect(formatCost(200, 'en')).toBe('$1.00');
    expect(formatCost(3, 'de')).toMatch(/^0,015\s\$$/u);
  });
});
