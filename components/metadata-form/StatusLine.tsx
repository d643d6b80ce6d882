import { FAILURE_WORDS, plainWords } from '../../lib/failures';
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

/** The words after the headline: why it waits or failed, and until when. Never X's raw words (see Details). */
function detail(status: ItemStatus, now: number): string {
  if (status.kind === 'unsaved') return status.note ? t('form.nothingToSave') : '';
  if (status.kind !== 'waiting' && status.kind !== 'failed') return '';
  const time = status.kind === 'waiting' && status.until !== undefined ? formatTime(status.until, now) : '';
  if (status.cause) {
    const words = plainWords(status.cause, time);
    // A rate-limit sentence already names the time; other waits say when the next try is.
    const showsTime = status.cause === 'rate-limited';
    return time && !showsTime ? `${words} ${t('form.waiting.until', { time })}` : words;
  }
  if (status.kind === 'failed') return status.message;
  const parts = [t(`form.waiting.${status.reason}`)];
  if (time) parts.push(t('form.waiting.until', { time }));
  return parts.join(' ');
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
      return '';
  }
}

/** X's own words, one click away: only when we showed our plain words instead of them. */
function xSaid(status: ItemStatus): string | undefined {
  if ((status.kind !== 'failed' && status.kind !== 'waiting') || !status.cause || !status.message) return undefined;
  return status.message;
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

/**
 * Where the item stands, in one message per problem: the headline ("Failed: …" carries the plain words), then a
 * note or X's unowned problems. The live region is always rendered, so that a change of its text is announced.
 */
export function StatusLine({ status, now, note, general = [], onRetry }: StatusLineProps) {
  const words = detail(status, now);
  const failed = status.kind === 'failed';
  const text = failed ? t('form.status.failed', { message: words }) : headline(status);
  // A note (Save found problems) replaces the status's own words: one message per problem.
  const after = failed || note ? '' : words;
  const details = xSaid(status);
  // "X no longer has this image" already says what a problem on the media id would say.
  const unowned = status.kind === 'failed' && status.cause === 'media-gone' ? [] : general;
  // Retry only where sending the same call again can work: each call is billed to the user's X app.
  const retry = status.kind === 'failed' && (!status.cause || FAILURE_WORDS[status.cause].retry);
  return (
    <div class="mf-status-row">
      <div class={`mf-status mf-status-${status.kind}`} role="status" data-cause={cause(status)}>
        <span class="mf-status-text">{text}</span>
        {/* The space keeps the headline and the reason apart when the region is read as one text. */}
        {after && (
          <>
            {' '}
            <span class="mf-status-detail">{after}</span>
          </>
        )}
        {unowned.map((problem) => (
          <span class="mf-problem" key={problem}>
            {` ${problem}`}
          </span>
        ))}
        {note && <span class="mf-problem">{` ${note}`}</span>}
      </div>
      {details && (
        <details class="mf-details">
          <summary>{t('failure.details')}</summary>
          <span>{t('failure.xSaid', { message: details })}</span>
        </details>
      )}
      {retry && (
        <button type="button" class="mf-button" onClick={onRetry}>
          {t('form.status.retry')}
        </button>
      )}
    </div>
  );
}

function cause(status: ItemStatus): string | undefined {
  return status.kind === 'failed' || status.kind === 'waiting' ? status.cause : undefined;
}
