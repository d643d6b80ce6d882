import { t } from '../i18n';
import type { ItemStatus } from '../media/item-status';
import type { FailureCause } from './causes';
import { FAILURE_WORDS } from './words';

/** What happened and what to do, as one text in the interface language. */
export function plainWords(cause: FailureCause, time = ''): string {
  const words = FAILURE_WORDS[cause];
  return `${t(words.said, { time })} ${t(words.next)}`;
}

/** Why an item is not applied, in plain words when its cause is known; X's (or the queue's) words otherwise. */
export function reasonOf(status: ItemStatus): string {
  if (status.kind !== 'failed' && status.kind !== 'waiting') return '';
  return status.cause ? plainWords(status.cause) : (status.message ?? '');
}
