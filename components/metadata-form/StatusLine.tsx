import { getLocale, t } from '../../lib/i18n';
import type { ItemStatus } from '../../lib/media/item-status';

const DAY_MS = 24 * 60 * 60 * 1000;

function formatTime(at: number, now: number): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short' }
    : { dateStyle: Math.abs(at - now) < 7 * DAY_MS ? 'medium' : 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat(getLocale(), options).format(at);
}

function Detail({ status, now }: { status: ItemStatus; now: number }) {
  if (status.kind !== 'waiting') return null;
  const parts = [t(`form.waiting.${status.reason}`)];
  if (status.message) parts.push(status.message);
  if (status.until !== undefined) parts.push(t('form.waiting.until', { time: formatTime(status.until, now) }));
  // The space keeps "Waiting…" and the reason apart when the region is read as one text.
  return (
    <>
      {' '}
      <span class="mf-status-detail">{parts.join(' ')}</span>
    </>
  );
}

function headline(status: ItemStatus): string {
  switch (status.kind) {
    case 'unsaved':
      return t('form.status.unsaved');
    case 'saving':
      return t('form.status.saving');
    case 'waiting':
      return t('form.status.waiting');
    case 'applied':
      return t('form.status.applied');
    case 'failed':
      return t('form.status.failed', { message: status.message });
  }
}

interface StatusLineProps {
  status: ItemStatus;
  now: number;
  /** Said along with the status, e.g. that Save found problems. */
  note?: string;
  /** Problems X reported that no field of the form owns. */
  general?: readonly string[];
  onRetry(): void;
}

/** Where the item stands. The live region is always rendered, so that a change of its text is announced. */
export function StatusLine({ status, now, note, general = [], onRetry }: StatusLineProps) {
  return (
    <div class="mf-status-row">
      <div class={`mf-status mf-status-${status.kind}`} role="status">
        <span class="mf-status-text">{headline(status)}</span>
        <Detail status={status} now={now} />
        {general.map((text) => (
          <span class="mf-problem" key={text}>
            {text}
          </span>
        ))}
        {note && <span class="mf-problem">{note}</span>}
      </div>
      {status.kind === 'failed' && (
        <button type="button" class="mf-button" onClick={onRetry}>
          {t('form.status.retry')}
        </button>
      )}
    </div>
  );
}
