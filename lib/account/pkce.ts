/** PKCE (RFC 7636, S256) and OAuth `state` values, from Web Crypto's random source. */

export function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** 32 random bytes → a 43-character verifier, within RFC 7636's 43–128 unreserved characters. */
export function createVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export function createState(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(16)));
}
