import type { AccountService } from '../account/account';
import type { ConnectResult } from '../account/connect-error';
import type { AccountStatus } from '../account/status';
import { fail, ok, type Result } from '../messages/result';
import type { Handlers } from '../messages/router';

type AccountHandlers = Pick<
  Handlers,
  'account/status' | 'account/connect-token' | 'account/connect-oauth1' | 'account/sign-in' | 'account/sign-out'
>;

/** A failed connection carries its ConnectError code as `detail`, which the options page puts into words. */
const toResult = (result: ConnectResult<AccountStatus>): Result<AccountStatus> =>
  result.ok ? ok(result.value) : fail('failed', 'Connecting the account failed.', result.error);

export function accountHandlers(account: AccountService): AccountHandlers {
  return {
    'account/status': async () => ok(await account.status()),
    'account/connect-token': async ({ token }) => toResult(await account.connectWithToken(token)),
    'account/connect-oauth1': async (keys) => toResult(await account.connectWithOAuth1(keys)),
    'account/sign-in': async ({ clientId }) => toResult(await account.signIn(clientId)),
    'account/sign-out': async () => {
      await account.signOut();
      return ok(await account.status());
    },
  };
}
