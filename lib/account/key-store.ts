/**
 * Where the vault's encryption key lives: a non-extractable AES-GCM key in the extension origin's IndexedDB.
 * Content scripts run in x.com's origin and cannot open this database, and the key's bytes can never be read out,
 * so a copy of storage.local alone reveals no secret.
 */
export interface KeyStore {
  /** The key, made on first use. */
  get(): Promise<CryptoKey>;
  /** Forgets the key (sign-out): whatever was sealed with it can no longer be opened. */
  reset(): Promise<void>;
}

const DB_NAME = 'vault-key';
const STORE = 'keys';
const KEY_ID = 'vault';

export const generateVaultKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;

export function indexedDbKeyStore(): KeyStore {
  let cached: Promise<CryptoKey> | undefined;
  return {
    get() {
      cached ??= loadOrCreate().catch((error) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
    async reset() {
      cached = undefined;
      const db = await openDb();
      await requestDone(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(KEY_ID));
      db.close();
    },
  };
}

/** For unit tests, where there is no IndexedDB. */
export function memoryKeyStore(): KeyStore {
  let key: Promise<CryptoKey> | undefined;
  return {
    get: () => {
      key ??= generateVaultKey();
      return key;
    },
    reset: async () => {
      key = undefined;
    },
  };
}

async function loadOrCreate(): Promise<CryptoKey> {
  const db = await openDb();
  try {
    const existing = await requestDone<CryptoKey | undefined>(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
    if (existing) return existing;
    const key = await generateVaultKey();
    // `add`, not `put`: if another wake of the background made a key meanwhile, keep that one.
    try {
      await requestDone(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, KEY_ID));
      return key;
    } catch {
      const winner = await requestDone<CryptoKey | undefined>(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
      if (!winner) throw new Error('The vault key could not be stored.');
      return winner;
    }
  } finally {
    db.close();
  }
}

function openDb(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  return requestDone(request);
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
