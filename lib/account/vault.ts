import { type StoredItem, storedItem } from '../storage/stored-item';
import { z } from '../zod';
import type { KeyStore } from './key-store';

/**
 * The one module that reads or writes secrets. Long-lived secrets (refresh token, pasted access token, OAuth 1.0a
 * keys) are sealed with AES-GCM under a key only the background can use (key-store.ts); the short-lived access
 * token of a signed-in account is kept in storage.session, which is cleared when the browser closes and is not
 * exposed to content scripts. Nothing here is ever sent to a view.
 */

const filled = () => z.string().check(z.minLength(1));
export const OAuth1KeysSchema = z.object({
  consumerKey: filled(),
  consumerSecret: filled(),
  token: filled(),
  tokenSecret: filled(),
});

const SecretsSchema = z.object({
  clientId: z.optional(z.string()),
  refreshToken: z.optional(z.string()),
  pastedAccessToken: z.optional(z.string()),
  oauth1: z.optional(OAuth1KeysSchema),
});
export type Secrets = z.infer<typeof SecretsSchema>;

const SealedSchema = z.nullable(z.object({ iv: z.string(), data: z.string() }));
type Sealed = z.infer<typeof SealedSchema>;

const SessionTokenSchema = z.nullable(z.object({ token: z.string(), expiresAt: z.number() }));
export type SessionToken = z.infer<typeof SessionTokenSchema>;

export interface Vault {
  read(): Promise<Secrets>;
  write(secrets: Secrets): Promise<void>;
  sessionToken(): Promise<SessionToken>;
  setSessionToken(token: SessionToken): Promise<void>;
  /** Sign-out: every secret, the session token and the key itself. */
  wipe(): Promise<void>;
}

export interface VaultStorage {
  sealed: StoredItem<Sealed>;
  session: StoredItem<SessionToken>;
}

export function vaultStorage(): VaultStorage {
  return {
    sealed: storedItem('local', 'vault', SealedSchema, () => null),
    session: storedItem('session', 'accessToken', SessionTokenSchema, () => null),
  };
}

export function createVault(keys: KeyStore, storage: VaultStorage = vaultStorage()): Vault {
  return {
    async read() {
      const sealed = await storage.sealed.get();
      if (!sealed) return {};
      try {
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
          await keys.get(),
          fromBase64(sealed.data),
        );
        const parsed = SecretsSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)));
        return parsed.success ? parsed.data : {};
      } catch {
        // Sealed under a key that is gone (e.g. the profile's IndexedDB was cleared): the account must reconnect.
        return {};
      }
    },
    async write(secrets) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const plain = new TextEncoder().encode(JSON.stringify(SecretsSchema.parse(secrets)));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await keys.get(), plain);
      await storage.sealed.set({ iv: toBase64(iv), data: toBase64(new Uint8Array(data)) });
    },
    sessionToken: () => storage.session.get(),
    setSessionToken: (token) => storage.session.set(token),
    async wipe() {
      await storage.sealed.remove();
      await storage.session.remove();
      await keys.reset();
    },
  };
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
