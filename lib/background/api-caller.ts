import type { AccountService } from '../account/account';
import { sendMetadataCall as sendCall } from '../api/client';
import type { EndpointForm } from '../api/endpoint-forms';
import type { HttpRequest, TransportDeps } from '../api/transport';
import type { CallResult } from '../queue';
import { createLock } from '../queue/serial';
import { usageItem } from '../storage/items';
import { countCall } from '../usage/usage';

/**
 * The queue's call to X: the account's current credentials, and on a 401 one refresh and one replay. A second 401,
 * or a grant that cannot be refreshed, leaves the job waiting for the user to sign in again (never a loop).
 */
export function createApiCaller(
  account: Pick<AccountService, 'credentials' | 'afterUnauthorized'>,
  http: TransportDeps,
  countAnswered: (at: number) => Promise<unknown> = (at) => usageItem.update((usage) => countCall(usage, at)),
) {
  // Every call X answered is billed to the user's app: count it for the cost estimate (lib/usage). Off the answer's
  // path (a held post waits for the answer, not for the count), and one count at a time (each reads and writes the
  // total). A background stopped in between loses that one count: an estimate, never a call.
  const counting = createLock();
  const sendMetadataCall = async (...args: Parameters<typeof sendCall>) => {
    const outcome = await sendCall(...args);
    if (outcome.kind !== 'network-error' && outcome.kind !== 'timeout') {
      const at = Date.now();
      counting(() => countAnswered(at)).catch(() => {});
    }
    return outcome;
  };
  return async function call(request: HttpRequest, form: EndpointForm): Promise<CallResult> {
    const first = await account.credentials();
    if (!first.ok) return { kind: 'no-credentials', reason: first.reason, message: first.message };
    const outcome = await sendMetadataCall(request, form, first.credentials, http);
    if (outcome.kind !== 'unauthorized') return outcome;

    const next = await account.afterUnauthorized(first.credentials);
    if (next !== 'retry') return { kind: 'no-credentials', reason: next, message: outcome.message };
    const renewed = await account.credentials();
    if (!renewed.ok) return { kind: 'no-credentials', reason: renewed.reason, message: renewed.message };
    const replay = await sendMetadataCall(request, form, renewed.credentials, http);
    if (replay.kind !== 'unauthorized') return replay;
    await account.afterUnauthorized(renewed.credentials, true);
    return { kind: 'no-credentials', reason: 'needs-sign-in', message: replay.message };
  };
}
