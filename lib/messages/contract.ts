import { AccountStatusSchema } from '../account/status';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import { z } from '../zod';
import type { SenderClass } from './senders';

/**
 * Every message the extension's contexts send to the background: who may send it, what it carries, what comes
 * back. The router (router.ts) refuses anything not described here. Strings are bounded so a hostile or broken
 * sender cannot make the background hold huge values.
 */

const PAGE: SenderClass = 'extension-page';
const CONTENT: SenderClass = 'x-content-script';

const empty = z.strictObject({});
const secret = (max: number) => z.string().min(1).max(max);

function message<Req extends z.ZodType, Res extends z.ZodType>(spec: {
  from: readonly SenderClass[];
  request: Req;
  response: Res;
}) {
  return spec;
}

export const CONTRACT = {
  /** Who is connected, if anyone. Every view shows it. */
  'account/status': message({ from: [PAGE, CONTENT], request: empty, response: AccountStatusSchema }),
  /** Options: a pasted OAuth 2.0 user access token; checked with X before it is kept. */
  'account/connect-token': message({
    from: [PAGE],
    request: z.strictObject({ token: secret(4096) }),
    response: AccountStatusSchema,
  }),
  /** Options: OAuth 1.0a user keys (needed for the v1.1 endpoint). */
  'account/connect-oauth1': message({
    from: [PAGE],
    request: z.strictObject({
      consumerKey: secret(256),
      consumerSecret: secret(256),
      token: secret(256),
      tokenSecret: secret(256),
    }),
    response: AccountStatusSchema,
  }),
  /** Options: Sign in with X. The background runs the flow (a popup would close when the auth window opens). */
  'account/sign-in': message({
    from: [PAGE],
    request: z.strictObject({ clientId: z.string().min(1).max(200) }),
    response: AccountStatusSchema,
  }),
  'account/sign-out': message({ from: [PAGE], request: empty, response: AccountStatusSchema }),
  'settings/get': message({ from: [PAGE, CONTENT], request: empty, response: SettingsSchema }),
  'settings/update': message({ from: [PAGE], request: SettingsPatchSchema, response: SettingsSchema }),
};

export type MessageType = keyof typeof CONTRACT;
export type RequestOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<(typeof CONTRACT)[K]['response']>;

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: RequestOf<K>;
}

export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(CONTRACT, type);
}
