import { t } from '../../lib/i18n';
import { callsThisMonth, type Usage } from '../../lib/usage/usage';
import { callsAndCost } from '../common/CostLine';

/** What the metadata calls made so far cost the user's X app: this month and in all, an estimate. */
export function UsageSection({ usage, now }: { usage: Usage; now: number }) {
  const month = callsAndCost(callsThisMonth(usage, now));
  const total = callsAndCost(usage.total);
  return (
    <section aria-labelledby="usage-heading">
      <h2 id="usage-heading">{t('usage.heading')}</h2>
      {usage.total === 0 ? (
        <p>{t('usage.none')}</p>
      ) : (
        <>
          <p>{t('usage.month', month)}</p>
          <p>{t('usage.total', total)}</p>
        </>
      )}
      <p class="hint">{t('usage.note')}</p>
    </section>
  );
}
