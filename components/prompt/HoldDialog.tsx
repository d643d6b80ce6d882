import type { HeldPost } from '../../lib/content/post-hold';
import { reasonOf } from '../../lib/failures';
import { t } from '../../lib/i18n';

export interface HoldDialogProps {
  held: HeldPost;
  onPostAnyway(): void;
  onPostWithout(): void;
  onDescribe(): void;
  onRetry(mediaIds: string[]): void;
  onCancel(): void;
}

/** Why a post waits, and every way forward: it never leaves the user without one. */
export function HoldDialog({ held, ...on }: HoldDialogProps) {
  const { decision } = held;
  if (decision.action === 'pass' || decision.action === 'uploading') return null;
  const count = decision.items.length;
  const failedIds =
    decision.action === 'failed' ? decision.items.flatMap((item) => (item.mediaId ? [item.mediaId] : [])) : [];
  const reason =
    decision.action === 'failed' ? (decision.items.map((item) => reasonOf(item.status)).find(Boolean) ?? '') : '';
  const text = {
    wait: t('hold.wait', { count }),
    save: t('hold.save'),
    failed: t('hold.failed', { count, reason }),
    invalid: t('hold.invalid'),
    remind: t('hold.remind', { count }),
    require: t('hold.require', { count }),
  }[decision.action];

  return (
    <div class="hold" role="alertdialog" aria-labelledby="xmm-hold-title" aria-describedby="xmm-hold-text">
      <h2 id="xmm-hold-title">{t('hold.title')}</h2>
      <p id="xmm-hold-text" aria-live="polite">
        {text}
      </p>
      <div class="hold-actions">
        {decision.action === 'failed' && (
          <button type="button" onClick={() => on.onRetry(failedIds)}>
            {t('hold.retry')}
          </button>
        )}
        {(decision.action === 'remind' ||
          decision.action === 'require' ||
          decision.action === 'invalid' ||
          decision.action === 'failed') && (
          <button type="button" onClick={on.onDescribe}>
            {t('hold.describe')}
          </button>
        )}
        {decision.action === 'remind' && (
          <button type="button" onClick={on.onPostWithout}>
            {t('hold.postWithout')}
          </button>
        )}
        {decision.action !== 'require' && decision.action !== 'remind' && (
          <button type="button" onClick={on.onPostAnyway}>
            {t('hold.postAnyway')}
          </button>
        )}
        <button type="button" onClick={on.onCancel}>
          {t('hold.cancel')}
        </button>
      </div>
    </div>
  );
}
