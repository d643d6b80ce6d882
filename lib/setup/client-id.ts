/**
 * A first check of what the user pasted as Client ID, before X is asked: the OAuth 2.0 Client ID of X's developer
 * console is 34 characters of base64url (X's own look: `M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ`), and people often
 * paste the API Key (25 characters) or a Client Secret (50) instead. Only the shape is judged; X decides the rest.
 */
export type ClientIdShape = 'ok' | 'empty' | 'api-key' | 'secret' | 'other';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function clientIdShape(input: string): ClientIdShape {
  const id = input.trim();
  if (id === '') return 'empty';
  if (!BASE64URL.test(id)) return 'other';
  if (id.length === 25) return 'api-key';
  if (id.length === 50) return 'secret';
  // Client IDs seen are 34; leave room for X changing their length a little, not for another kind of key.
  return id.length >= 20 && id.length <= 48 ? 'ok' : 'other';
}
