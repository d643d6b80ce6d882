import { SCOPES } from '../account/oauth2';

/**
 * What each scope the extension asks for is needed for (x-api.md): without media.write nothing can be described,
 * without users.read or tweet.read the account cannot be shown, without offline.access it cannot stay connected.
 */
export const REQUIRED_SCOPES: readonly string[] = SCOPES;

/** The scopes asked for that X did not grant, from the token answer's space-separated `scope`. */
export function missingScopes(granted: readonly string[] | undefined): string[] {
  if (!granted) return [];
  const have = new Set(granted);
  return REQUIRED_SCOPES.filter((scope) => !have.has(scope));
}
