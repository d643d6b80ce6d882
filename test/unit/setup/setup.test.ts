import { describe, expect, test } from 'vitest';
import { clientIdShape } from '../../../lib/setup/client-id';
import { connectCause } from '../../../lib/setup/connect-cause';
import { missingScopes } from '../../../lib/setup/scopes';

describe('guided setup', () => {
  test('Client ID shape: an OAuth 2.0 Client ID passes; an API Key or a secret is named', () => {
    expect(clientIdShape('M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ')).toBe('ok');
    expect(clientIdShape('  demo-client-id  ')).toBe('other');
    expect(clientIdShape('xvz1evFS4wEEPTGEFPHBog123')).toBe('api-key');
    expect(clientIdShape('a'.repeat(50))).toBe('secret');
    expect(clientIdShape('has spaces inside it, not an id')).toBe('other');
    expect(clientIdShape('')).toBe('empty');
  });

  test('OAuth errors become causes in the developer console', () => {
    expect(connectCause('cancelled', 'The user did not approve access.')).toBe('cancelled');
    expect(connectCause('foreign-redirect', undefined)).toBe('redirect');
    expect(connectCause('denied', 'access_denied')).toBe('access-denied');
    expect(connectCause('denied', 'invalid_scope')).toBe('invalid-scope');
    expect(connectCause('denied', 'unauthorized_client')).toBe('unauthorized-client');
    expect(connectCause('invalid-grant', 'Unknown client_id.')).toBe('invalid-client');
    expect(connectCause('invalid-grant', 'Value passed for the authorization code was invalid.')).toBeUndefined();
    expect(connectCause('unreachable', undefined)).toBeUndefined();
  });

  test('granted scopes checked against what the extension needs', () => {
    expect(missingScopes(['media.write', 'users.read', 'tweet.read', 'offline.access'])).toEqual([]);
    expect(missingScopes(['users.read', 'tweet.read'])).toEqual(['media.write', 'offline.access']);
    // A pasted token does not say: nothing to warn about.
    expect(missingScopes(undefined)).toEqual([]);
  });
});
