// X's scheduling sheet at /compose/post/schedule: pick a date and time, Confirm
// ([data-testid="scheduledConfirmationPrimaryAction"]); back in the composer the Post button reads "Schedule" and
// Post sends CreateScheduledTweet with execute_at.

import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';

/** A local "YYYY-MM-DDTHH:MM" for a datetime-local input. */
function localValue(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `confirm(executeAt)` with Unix seconds; `close()` leaves without scheduling. */
export function renderSchedule(composer, { confirm, close }) {
  const start = composer.schedule ? new Date(composer.schedule.executeAt * 1000) : new Date(Date.now() + 3600_000);
  const input = h('input', {
    type: 'datetime-local',
    'aria-label': t('scheduleWhen'),
    value: localValue(start),
    class: 'schedule-input',
  });
  const error = h('p', { role: 'alert', class: 'tile-error', hidden: true });
  const onConfirm = () => {
    const when = new Date(input.value).getTime();
    if (!Number.isFinite(when) || when <= Date.now()) {
      error.hidden = false;
      error.textContent = t('scheduleFuture');
      return;
    }
    confirm(Math.floor(when / 1000));
  };
  return h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'modal-header', class: 'modal' },
    h(
      'div',
      { role: 'dialog', 'aria-labelledby': 'modal-header', class: 'modal-inner' },
      h(
        'div',
        { class: 'modal-header' },
        h(
          'button',
          { type: 'button', class: 'icon-button', 'aria-label': t('back'), on: { click: close } },
          icon(ICONS.back),
        ),
        h('h2', { id: 'modal-header', text: t('schedulePost') }),
        h('button', {
          type: 'button',
          class: 'save-button',
          'data-testid': 'scheduledConfirmationPrimaryAction',
          text: t('confirm'),
          on: { click: onConfirm },
        }),
      ),
      h('label', { class: 'editor-field' }, h('span', {}, t('scheduleWhen')), input),
      error,
    ),
  );
}
