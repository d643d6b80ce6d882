import { useEffect, useState } from 'preact/hooks';
import { getLocale, t } from '../../lib/i18n';
import { callsThisMonth, formatCost, PRICE_PER_CALL_USD, type Usage } from '../../lib/usage/usage';

const price = () => formatCost(1, getLocale());

/** "12 calls to X, about $0.06 (estimate at $0.005 a call, X's pay-per-use price)". */
export function callsAndCost(calls: number): { calls: string; estimate: string } {
  return {
    calls: t('cost.calls', { count: calls }),
    estimate: t('cost.estimate', { cost: formatCost(calls, getLocale()), price: price() }),
  };
}

/** The history's line: calls this month and in all, and what they cost, labelled an estimate. */
export function historyCost(usage: Usage, now: number): string {
  const month = callsThisMonth(usage, now);
  return t('popup.history.cost', {
    calls: t('cost.calls', { count: month }),
    total: t('cost.calls', { count: usage.total }),
    estimate: callsAndCost(usage.total).estimate,
  });
}

/** Loads the counts when shown (the popup's first paint waits for nothing), then says them. */
export function CostLine({ load, now }: { load(): Promise<Usage>; now: number }) {
  const [usage, setUsage] = useState<Usage | null>(null);
  useEffect(() => {
    void load().then(setUsage, () => setUsage(null));
  }, []);
  if (!usage) return null;
  return (
    <p class="hint cost-line" data-price={PRICE_PER_CALL_USD}>
      {historyCost(usage, now)}
    </p>
  );
}
