import type { AccountStatus } from '../../lib/account/status';
import { t } from '../../lib/i18n';
import { accountSentence } from '../common/AccountLine';

export interface EmptyStateProps {
  message: string;
  /** The one thing the user can do about it, when there is one. */
  action?: { label: string; onClick(): void };
}

/** Says why there is nothing to describe and what to do. A live region, since it replaces "Loading…". */
export function EmptyState({ message, action }: EmptyStateProps) {
  return (
    <div class="popup-empty">
      <p role="status">{message}</p>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}

/**
 * Shown above the items, not instead of them: drafts and saves work without an account (saved items wait), but
 * nothing reaches X until the user connects or signs in again.
 */
export function AccountNotice({ status, onOpenOptions }: { status: AccountStatus; onOpenOptions(): void }) {
  if (status.state === 'connected') return null;
  const message =
    status.state === 'none' ? t('popup.account.none') : `${accountSentence(status)} ${t('popup.account.renew')}`;
  return (
    <div class="popup-notice">
      <EmptyState message={message} action={{ label: t('popup.openOptions'), onClick: onOpenOptions }} />
    </div>
  );
}
