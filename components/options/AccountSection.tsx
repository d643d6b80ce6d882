import { useState } from 'preact/hooks';
import { CONNECT_ERRORS, type ConnectError } from '../../lib/account/connect-error';
import type { AccountStatus } from '../../lib/account/status';
import { isMessageKey, t } from '../../lib/i18n';
import type { Result } from '../../lib/messages/result';
import { clientIdShape } from '../../lib/setup/client-id';
import { connectCause } from '../../lib/setup/connect-cause';
import type { ConnectionTest } from '../../lib/setup/connection-test';
import { REQUIRED_SCOPES } from '../../lib/setup/scopes';
import { AccountLine } from '../common/AccountLine';
import { ScopeWarning, TestConnection } from './ConnectionChecks';
import { SetupGuide } from './SetupGuide';
import { TextField } from './TextField';

export interface OAuth1Input {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface AccountSectionProps {
  status: AccountStatus;
  redirectUrl: string;
  onSignIn(clientId: string): Promise<Result<AccountStatus>>;
  onSaveToken(token: string): Promise<Result<AccountStatus>>;
  onSaveOAuth1(keys: OAuth1Input): Promise<Result<AccountStatus>>;
  onSignOut(): Promise<Result<AccountStatus>>;
  onTest(): Promise<Result<ConnectionTest>>;
}

const isConnectError = (code: string | undefined): code is ConnectError =>
  (CONNECT_ERRORS as readonly string[]).includes(code ?? '');

/**
 * Words for a failed connection: its cause in X's developer console when one can be told (lib/setup), else the
 * ConnectError's own words, else X's detail.
 */
function failureText(result: Result<unknown>, redirectUrl: string): string {
  if (result.ok) return '';
  const code = result.error.detail;
  if (isConnectError(code)) {
    const cause = connectCause(code, result.error.message);
    if (cause) return t(`connect.cause.${cause}`, { url: redirectUrl, scopes: REQUIRED_SCOPES.join(' ') });
  }
  const key = `account.error.${code ?? ''}`;
  return isMessageKey(key) ? t(key) : t('account.error.generic', { detail: result.error.message });
}

/** A note under the Client ID field when what was pasted does not look like one. */
function clientIdNote(clientId: string) {
  const shape = clientIdShape(clientId);
  if (shape === 'ok' || shape === 'empty') return undefined;
  const what = t(
    shape === 'api-key'
      ? 'setup.clientId.apiKey'
      : shape === 'secret'
        ? 'setup.clientId.secret'
        : 'setup.clientId.other',
  );
  return { text: t('setup.clientId.shape', { what }), tone: 'warning' as const };
}

/** A form's submit handler that stays on the page and runs `action`. */
const submit = (action: () => Promise<void>) => (event: Event) => {
  event.preventDefault();
  void action();
};

export function AccountSection(props: AccountSectionProps) {
  const [clientId, setClientId] = useState('');
  const [token, setToken] = useState('');
  const [keys, setKeys] = useState<OAuth1Input>({ consumerKey: '', consumerSecret: '', token: '', tokenSecret: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  /** Runs one account action; what the user typed stays in the fields if it fails, and goes once it worked. */
  const run = async (action: () => Promise<Result<AccountStatus>>, clear: () => void) => {
    setBusy(true);
    setError('');
    const result = await action();
    setBusy(false);
    if (result.ok) clear();
    else setError(failureText(result, props.redirectUrl));
  };
  const setKey = (name: keyof OAuth1Input) => (value: string) => setKeys((current) => ({ ...current, [name]: value }));
  const connected = props.status.state !== 'none';

  return (
    <section aria-labelledby="account-heading">
      <h2 id="account-heading">{t('account.heading')}</h2>
      <AccountLine status={props.status} />
      {busy && <p role="status">{t('account.working')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ScopeWarning status={props.status} />
      {connected && (
        <div class="account-actions">
          <TestConnection onTest={props.onTest} />
          <button type="button" disabled={busy} onClick={() => run(props.onSignOut, () => {})}>
            {t('account.signOut')}
          </button>
        </div>
      )}

      <form
        class="card"
        onSubmit={submit(() =>
          run(
            () => props.onSignIn(clientId),
            () => setClientId(''),
          ),
        )}
      >
        <h3>{t('account.signin.heading')}</h3>
        <SetupGuide redirectUrl={props.redirectUrl} />
        <TextField
          label={t('account.signin.clientId')}
          value={clientId}
          onInput={setClientId}
          autocomplete="off"
          note={clientIdNote(clientId)}
        />
        <button type="submit" disabled={busy || clientId.trim() === ''}>
          {t('account.signin.button')}
        </button>
      </form>

      <form
        class="card"
        onSubmit={submit(() =>
          run(
            () => props.onSaveToken(token),
            () => setToken(''),
          ),
        )}
      >
        <h3>{t('account.token.heading')}</h3>
        <p>{t('account.token.help')}</p>
        <TextField label={t('account.token.label')} value={token} onInput={setToken} secret />
        <button type="submit" disabled={busy || token.trim() === ''}>
          {t('account.token.button')}
        </button>
      </form>

      <form
        class="card"
        onSubmit={submit(() =>
          run(
            () => props.onSaveOAuth1(keys),
            () => setKeys({ consumerKey: '', consumerSecret: '', token: '', tokenSecret: '' }),
          ),
        )}
      >
        <h3>{t('account.oauth1.heading')}</h3>
        <p>{t('account.oauth1.help')}</p>
        <TextField
          label={t('account.oauth1.consumerKey')}
          value={keys.consumerKey}
          onInput={setKey('consumerKey')}
          autocomplete="off"
        />
        <TextField
          label={t('account.oauth1.consumerSecret')}
          value={keys.consumerSecret}
          onInput={setKey('consumerSecret')}
          secret
        />
        <TextField label={t('account.oauth1.token')} value={keys.token} onInput={setKey('token')} autocomplete="off" />
        <TextField
          label={t('account.oauth1.tokenSecret')}
          value={keys.tokenSecret}
          onInput={setKey('tokenSecret')}
          secret
        />
        <button type="submit" disabled={busy || Object.values(keys).some((v) => v.trim() === '')}>
          {t('account.oauth1.button')}
        </button>
      </form>
    </section>
  );
}
