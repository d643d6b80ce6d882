import type { ConnectError } from '../account/connect-error';

/**
 * Why signing in failed, in terms of what the user set in X's developer console. X answers most mistakes without
 * coming back (RFC 6749 §4.1.2.1: no redirect on a bad client or redirect URI): its page says "Something went
 * wrong", the user closes the window, and all the extension learns is that the window closed. The other errors come
 * back on the redirect as `error=` (access_denied, invalid_scope, unauthorized_client…).
 */
export const CONNECT_CAUSES = [
  'cancelled',
  'redirect',
  'unauthorized-client',
  'access-denied',
  'invalid-scope',
  'invalid-client',
] as const;
export type ConnectCause = (typeof CONNECT_CAUSES)[number];

/** OAuth's `error` codes (RFC 6749) on X's redirect, and the cause each points at. */
const REDIRECT_ERRORS: Record<string, ConnectCause> = {
  access_denied: 'access-denied',
  invalid_scope: 'invalid-scope',
  unauthorized_client: 'unauthorized-client',
  invalid_client: 'invalid-client',
  invalid_request: 'redirect',
};

/** The cause behind a failed sign-in, or undefined when the error's own words (account.error.*) say it well. */
export function connectCause(error: ConnectError, detail: string | undefined): ConnectCause | undefined {
  switch (error) {
    case 'cancelled':
      return 'cancelled';
    case 'foreign-redirect':
      return 'redirect';
    case 'denied':
      return REDIRECT_ERRORS[detail ?? ''] ?? 'access-denied';
    case 'invalid-grant':
      // The token endpoint names the client when it is the client X does not know.
      return /client/i.test(detail ?? '') ? 'invalid-client' : undefined;
    default:
      return undefined;
  }
}
