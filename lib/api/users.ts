import { UsersMeResponseSchema, type XUser } from './responses';
import { type Credentials, parseJson, send, type TransportDeps } from './transport';

export const USERS_ME_URL = 'https://api.x.com/2/users/me';

export type MeResult =
  | { ok: true; user: XUser }
  /** rejected: X refused these credentials (or their scopes); transient: X could not be reached or failed. */
  | { ok: false; kind: 'rejected' | 'transient'; status?: number; message: string };

/** Who these credentials belong to: how a pasted token or OAuth 1.0a keys are checked before they are stored. */
export async function fetchMe(credentials: Credentials, deps: TransportDeps): Promise<MeResult> {
  const result = await send({ method: 'GET', url: USERS_ME_URL }, credentials, deps);
  if (!result.ok) return { ok: false, kind: 'transient', message: result.outcome.message };
  const body = UsersMeResponseSchema.safeParse(parseJson(result.text));
  if (result.status === 200 && body.success) return { ok: true, user: body.data.data };
  const kind = result.status === 429 || result.status >= 500 ? 'transient' : 'rejected';
  return { ok: false, kind, status: result.status, message: `X answered HTTP ${result.status}.` };
}
