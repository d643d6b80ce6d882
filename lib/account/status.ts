import { z } from '../zod';

/**
 * What every view may know about the account: who is connected and whether it works. Never a token: this is stored
 * in storage.local, which content scripts can read.
 */
export const ACCOUNT_METHODS = ['signin', 'token', 'oauth1'] as const;
export type AccountMethod = (typeof ACCOUNT_METHODS)[number];

const UserSchema = z.object({ id: z.string(), username: z.string(), name: z.optional(z.string()) });

export const AccountStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({
    state: z.literal('connected'),
    method: z.enum(ACCOUNT_METHODS),
    user: UserSchema,
    /** The scopes X granted at sign-in (its token answer names them); absent for a pasted token or OAuth 1.0a. */
    scopes: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(30))),
  }),
  /** The grant was revoked or the token expired for good: saved descriptions wait until the user reconnects. */
  z.object({
    state: z.literal('needs-sign-in'),
    method: z.enum(ACCOUNT_METHODS),
    user: UserSchema,
    reason: z.string(),
  }),
]);

export type AccountStatus = z.infer<typeof AccountStatusSchema>;
export type AccountUser = z.infer<typeof UserSchema>;
