import type { AccountStatus } from '../../lib/account/status';
import { t } from '../../lib/i18n';

/** One sentence saying who is connected, shown in the options page, the popup and the prompt. */
export function accountSentence(status: AccountStatus): string {
  if (status.state === 'none') return t('account.none');
  if (status.state === 'needs-sign-in') {
    return t('account.needsSignIn', { username: status.user.username, reason: status.reason });
  }
  return `${t('account.connected', { username: status.user.username })} (${t(`account.method.${status.method}`)})`;
}

export function AccountLine({ status }: { status: AccountStatus }) {
  return (
    <p class={`account-line account-${status.state}`} role="status">
      {accountSentence(status)}
    </p>
  );
}
