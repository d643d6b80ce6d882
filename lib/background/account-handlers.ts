import type { AccountService } from '../account/account';
import type { ConnectResult } from '../account/connect-error';
import type { AccountStatus } from '../account/status';
import type { TransportDeps } from '../api/transport';
import { fail, ok, type Result } from '../messages/result';
import type { Handlers } from '../messages/router';
import { testConnection } from '../setup/connection-test';

type AccountHandlers = Pick<
  Handlers,
  | 'account/status'
  | 'account/connect-token'
  | 'account/connect-oauth1'
  | 'account/sign-in'
  | 'account/sign-out'
  | 'account/test'
>;

/**
 * A failed connection carries its ConnectError code as `detail`, which the options page puts into words, and X's
 * own word (an OAuth `error` such as invalid_scope) as the message, which lib/setup turns into a cause.
 */
const toResult = (result: ConnectResult<AccountStatus>): Result<AccountStatus> =>
  result.ok ? ok(result.value) : fail('failed', result.detail ?? 'Connecting the account failed.', result.error);

export function accountHandlers(account: AccountService, http: TransportDeps): AccountHandlers {
  return {
    'account/status': async () => ok(await account.status()),
    'account/connect-token': async ({ token }) => toResult(await account.connectWithToken(token)),
    'account/connect-oauth1': async (keys) => toResult(await account.connectWithOAuth1(keys)),
    'account/sign-in': async ({ clientId }) => toResult(await account.signIn(clientId)),
    'account/test': async () => ok(await testConnection(account, http)),
    'account/sign-out': async () => {
      await account.signOut();
      return ok(await account.status());
    },
  };
}
