import { browser } from 'wxt/browser';
import type { z } from '../zod';
import type { StorageArea } from './stored-item';

/** A record of entries read and written whole, of which a write stores only what changed. */
export interface StoredCollection<T> {
  readonly area: StorageArea;
  readonly prefix: string;
  /** Every valid entry, by id (a copy: changing it changes nothing stored). */
  get(): Promise<Record<string, T>>;
  /** Makes the stored record equal to `entries`, writing only the entries that changed and removing the others. */
  set(entries: Record<string, T>): Promise<void>;
}

/**
 * A record stored one storage entry per id (`<prefix>:<id>`) with the list of ids (`<prefix>:ids`): a record of which
 * one entry changes at a time (the queue's jobs, each commit) costs one entry's validation and write, however many
 * entries there are. For a record only one context writes (the background): it keeps a copy in memory, updated once
 * a write succeeded, so a read during a write sees what is stored.
 *
 * Writes never leave the list naming an entry that is not there unnoticed: removed entries go first, then the changed
 * entries and the list in one set (one transaction in every browser). An id whose entry is missing or invalid is
 * dropped on reading (storage is input too). `legacyKey`: the whole record's former single entry, moved on first read.
 */
export function storedCollection<T>(
  area: StorageArea,
  prefix: string,
  schema: z.ZodMiniType<T>,
  legacyKey?: string,
): StoredCollection<T> {
  const indexKey = `${prefix}:ids`;
  const keyOf = (id: string) => `${prefix}:${id}`;
  const storage = () => browser.storage[area];
  /** What storage holds, as the JSON of each entry (the cheapest way to see which entries a new record changes). */
  let stored: Promise<Map<string, string>> | undefined;

  const valid = (raw: unknown): T | undefined => {
    const result = schema.safeParse(raw);
    return result.success ? result.data : undefined;
  };

  async function read(): Promise<Map<string, string>> {
    const head = await storage().get(legacyKey ? [indexKey, legacyKey] : indexKey);
    const legacy = legacyKey ? head[legacyKey] : undefined;
    if (legacyKey && legacy !== undefined) {
      if (!Array.isArray(head[indexKey]) && legacy && typeof legacy === 'object') return migrate(legacy);
      // A move cut off after writing the entries (or a former entry that was never a record): the list wins.
      await storage().remove(legacyKey);
    }
    const ids = Array.isArray(head[indexKey]) ? head[indexKey].map(String) : [];
    const raw = ids.length > 0 ? await storage().get(ids.map(keyOf)) : {};
    const entries = new Map<string, string>();
    for (const id of ids) {
      const entry = valid(raw[keyOf(id)]);
      if (entry !== undefined) entries.set(id, JSON.stringify(entry));
    }
    return entries;
  }

  async function migrate(legacy: object): Promise<Map<string, string>> {
    const entries = new Map<string, string>();
    for (const [id, raw] of Object.entries(legacy)) {
      const entry = valid(raw);
      if (entry !== undefined) entries.set(id, JSON.stringify(entry));
    }
    await write(new Map(), entries);
    await storage().remove(legacyKey!);
    return entries;
  }

  /** Brings storage from `before` to `after` (both as JSON by id). */
  async function write(before: Map<string, string>, after: Map<string, string>): Promise<void> {
    const removed = [...before.keys()].filter((id) => !after.has(id));
    const changes: Record<string, unknown> = {};
    for (const [id, json] of after) if (before.get(id) !== json) changes[keyOf(id)] = JSON.parse(json);
    if (removed.length > 0) await storage().remove(removed.map(keyOf));
    if (removed.length > 0 || [...after.keys()].some((id) => !before.has(id))) changes[indexKey] = [...after.keys()];
    if (Object.keys(changes).length > 0) await storage().set(changes);
  }

  const current = () => {
    stored ??= read().catch((error) => {
      stored = undefined;
      throw error;
    });
    return stored;
  };

  return {
    area,
    prefix,
    async get() {
      const entries = await current();
      return Object.fromEntries([...entries].map(([id, json]) => [id, JSON.parse(json) as T]));
    },
    async set(record) {
      const before = await current();
      const after = new Map<string, string>();
      for (const [id, entry] of Object.entries(record)) {
        const json = JSON.stringify(entry);
        // Only a changed entry is validated: the others are what was stored, valid when they were.
        after.set(id, before.get(id) === json ? json : JSON.stringify(schema.parse(entry)));
      }
      try {
        await write(before, after);
      } catch (error) {
        // What storage holds now is unknown: read it again next time.
        stored = undefined;
        throw error;
      }
      stored = Promise.resolve(after);
    },
  };
}
