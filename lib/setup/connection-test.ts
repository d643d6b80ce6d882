import type { AccountService } from '../account/account';
import type { AccountStatus } from '../account/status';
import { ProblemSchema, problemKind, UsersMeResponseSchema } from '../api/responses';
import { parseJson, send, type TransportDeps } from '../api/transport';
import { USERS_ME_URL } from '../api/users';
import { z } from '../zod';

/** What "Test connection" found: who X says the user is, and whether the connection may write media. */
export const ConnectionTestSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    username: z.string(),
    /** no-scope: X did not grant media.write; unchecked: X does not tell for this kind of connection. */
    media: z.enum(['can-write', 'no-scope', 'unchecked']),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['no-account', 'needs-sign-in', 'unreachable', 'not-enrolled', 'rejected']),
    /** X's own words, for "Details". */
    message: z.optional(z.string()),
  }),
]);
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

/**
 * Reads the account (GET /2/users/me, free of the metadata price) with the credentials saves would use. A 403
 * `client-forbidden` means the app is not attached to a Project, which blocks every v2 call, media included.
 */
export async function testConnection(
  account: Pick<AccountService, 'credentials' | 'status'>,
  http: TransportDeps,
): Promise<ConnectionTest> {
  const credentials = await account.credentials();
  if (!credentials.ok) return { ok: false, reason: credentials.reason, message: credentials.message };
  const answer = await send({ method: 'GET', url: USERS_ME_URL }, credentials.credentials, http);
  if (!answer.ok) return { ok: false, reason: 'unreachable', message: answer.outcome.message };
  const body = parseJson(answer.text);
  const me = UsersMeResponseSchema.safeParse(body);
  if (answer.status === 200 && me.success) {
    return { ok: true, username: me.data.data.username, media: mediaWrite(await account.status()) };
  }
  const problem = ProblemSchema.safeParse(body);
  const message = problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${answer.status}`;
  if (answer.status === 403 && problem.success && problemKind(problem.data.type) === 'client-forbidden') {
    return { ok: false, reason: 'not-enrolled', message };
  }
  if (answer.status === 401) return { ok: false, reason: 'needs-sign-in', message };
  return { ok: false, reason: answer.status >= 500 ? 'unreachable' : 'rejected', message };
}

/** Scopes are known for a sign-in (X's token answer names them); a pasted token or OAuth 1.0a keys do not say. */
function mediaWrite(status: AccountStatus): 'can-write' | 'no-scope' | 'unchecked' {
  if (status.state !== 'connected' || !status.scopes) return 'unchecked';
  return status.scopes.includes('media.write') ? 'can-write' : 'no-scope';
}
