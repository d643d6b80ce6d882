import { useState } from 'preact/hooks';
import type { AccountStatus } from '../../lib/account/status';
import { isMessageKey, t } from '../../lib/i18n';
import type { Result } from '../../lib/messages/result';
import { AccountLine } from '../common/AccountLine';
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
}

/** Words for a failed connection: the ConnectError code when there is one, X's own detail otherwise. */
function failureText(result: Result<unknown>): string {
  if (result.ok) return '';
  const key = `account.error.${result.error.detail ?? ''}`;
  return isMessageKey(key) ? t(key) : t('account.error.generic', { detail: result.error.message });
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
    else setError(failureText(result));
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
      {connected && (
        <button type="button" disabled={busy} onClick={() => run(props.onSignOut, () => {})}>
          {t('account.signOut')}
        </button>
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
        <p>{t('account.signin.help')}</p>
        <p>
          {t('account.signin.callback')}: <code>{props.redirectUrl}</code>
        </p>
        <TextField label={t('account.signin.clientId')} value={clientId} onInput={setClientId} autocomplete="off" />
        <p class="hint">{t('account.signin.scopes')}</p>
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
