import { browser } from 'wxt/browser';
import type { z } from '../zod';

export type StorageArea = 'local' | 'session';

export interface StoredItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  /** The stored value, or the fallback when nothing (or nothing valid) is stored: storage is input too. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Read, change and write back. Not atomic across contexts: only the background writes shared items. */
  update(change: (current: T) => T): Promise<T>;
  remove(): Promise<void>;
  /** Calls `listener` with each new (validated) value until `signal` aborts. */
  watch(listener: (value: T) => void, signal: AbortSignal): void;
}

/** A typed, validated storage entry. Declare each one once, in lib/storage/items.ts. */
export function storedItem<T>(
  area: StorageArea,
  key: string,
  schema: z.ZodMiniType<T>,
  fallback: () => T,
): StoredItem<T> {
  const parse = (raw: unknown): T => {
    if (raw === undefined) return fallback();
    const result = schema.safeParse(raw);
    return result.success ? result.data : fallback();
  };
  const item: StoredItem<T> = {
    area,
    key,
    async get() {
      const stored = await browser.storage[area].get(key);
      return parse(stored[key]);
    },
    async set(value) {
      await browser.storage[area].set({ [key]: schema.parse(value) });
    },
    async update(change) {
      const next = change(await item.get());
      await item.set(next);
      return next;
    },
    async remove() {
      await browser.storage[area].remove(key);
    },
    watch(listener, signal) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[key];
        if (areaName === area && change) listener(parse(change.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
    },
  };
  return item;
}

/**
 * The same entry with a copy in memory, for an item only one context writes (the background owns jobs, settings and
 * the account status): reads on hot paths (every tab update) cost no storage round trip. Copies go in and out, so
 * no caller can change the cached value by accident. A restarted background starts from storage again.
 */
export function cachedItem<T>(item: StoredItem<T>): StoredItem<T> {
  let cache: Promise<T> | undefined;
  const read = () => {
    cache ??= item.get().catch((error) => {
      cache = undefined;
      throw error;
    });
    return cache;
  };
  const cached: StoredItem<T> = {
    ...item,
    async get() {
      return structuredClone(await read());
    },
    async set(value) {
      cache = undefined;
      await item.set(value);
      cache = Promise.resolve(structuredClone(value));
    },
    async update(change) {
      const next = change(await cached.get());
      await cached.set(next);
      return next;
    },
    async remove() {
      cache = undefined;
      await item.remove();
    },
  };
  return cached;
}
