import { useState } from 'preact/hooks';
import type { AccountStatus } from '../../lib/account/status';
import { FAILURE_WORDS, type FailureCause } from '../../lib/failures';
import { t } from '../../lib/i18n';
import type { Result } from '../../lib/messages/result';
import type { ConnectionTest } from '../../lib/setup/connection-test';
import { missingScopes } from '../../lib/setup/scopes';

/** After sign-in: the scopes X did not grant, named, and what the extension cannot do without them. */
export function ScopeWarning({ status }: { status: AccountStatus }) {
  if (status.state !== 'connected') return null;
  const missing = missingScopes(status.scopes);
  if (missing.length === 0) return null;
  const effect = missing.includes('media.write') ? t('setup.scope.effect.media.write') : t('setup.scope.effect.other');
  return (
    <p class="warning" role="alert">
      {t('setup.scope.missing', { scopes: missing.join(', '), effect })}
    </p>
  );
}

/** A failed test, in the plain words every other failure uses (lib/failures). */
const TEST_CAUSES: Record<Extract<ConnectionTest, { ok: false }>['reason'], FailureCause> = {
  'no-account': 'no-account',
  'needs-sign-in': 'needs-sign-in',
  unreachable: 'account-unreachable',
  'not-enrolled': 'forbidden',
  rejected: 'rejected',
};

function testWords(test: ConnectionTest): { text: string; tone: 'hint' | 'warning' | 'error'; details?: string } {
  if (test.ok) {
    const who = { username: test.username };
    if (test.media === 'no-scope') return { text: t('setup.test.noScope', who), tone: 'warning' };
    if (test.media === 'unchecked') return { text: t('setup.test.okUnchecked', who), tone: 'hint' };
    return { text: t('setup.test.ok', who), tone: 'hint' };
  }
  const words = FAILURE_WORDS[TEST_CAUSES[test.reason]];
  const reason = `${t(words.said, { time: '' })} ${t(words.next)}`;
  return { text: t('setup.test.failed', { reason }), tone: 'error', details: test.message };
}

/** "Test connection": reads the account through X and says whether descriptions can be set, and if not, why. */
export function TestConnection({ onTest }: { onTest(): Promise<Result<ConnectionTest>> }) {
  const [state, setState] = useState<'idle' | 'working' | ConnectionTest | 'unreachable'>('idle');
  const run = async () => {
    setState('working');
    const result = await onTest();
    setState(result.ok ? result.value : 'unreachable');
  };
  const words =
    state === 'idle' || state === 'working'
      ? undefined
      : state === 'unreachable'
        ? { text: t('popup.unreachable'), tone: 'error' as const }
        : testWords(state);
  return (
    <div class="test-connection">
      <button type="button" onClick={run} aria-disabled={state === 'working'}>
        {t('setup.test')}
      </button>
      <p role="status" class={words?.tone ?? 'hint'}>
        {state === 'working' ? t('setup.test.working') : (words?.text ?? '')}
      </p>
      {words && 'details' in words && words.details && (
        <details>
          <summary>{t('failure.details')}</summary>
          {t('failure.xSaid', { message: words.details })}
        </details>
      )}
    </div>
  );
}
