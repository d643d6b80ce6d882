/** Why connecting an account failed, as a code each view turns into words (lib/i18n `account.error.*`). */
export const CONNECT_ERRORS = [
  'invalid-credentials',
  'missing-scope',
  'unreachable',
  'cancelled',
  'state-mismatch',
  'foreign-redirect',
  'missing-code',
  'denied',
  'invalid-grant',
  'invalid-client-id',
] as const;
export type ConnectError = (typeof CONNECT_ERRORS)[number];

export type ConnectResult<T> = { ok: true; value: T } | { ok: false; error: ConnectError; detail?: string };
