import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedCollection } from '../../../lib/storage/stored-collection';
import { z } from '../../../lib/zod';

/**
 * A collection stores one entry per id and writes only what changed: what is read back always equals what was last
 * written, whatever the order of writes; bad stored data is dropped, never thrown at the reader.
 */

const Entry = z.strictObject({ n: z.number(), text: z.string() });
type Entry = z.infer<typeof Entry>;
const entry = (n: number, text = `entry ${n}`): Entry => ({ n, text });
const collection = () => storedCollection('local', 'thing', Entry, 'things');
const stored = () => fakeBrowser.storage.local.get(null);

describe('storedCollection', () => {
  beforeEach(() => fakeBrowser.reset());

  test('stores one entry per id and the list of ids; a new instance reads the same record', async () => {
    await collection().set({ '1': entry(1), '22': entry(22) });
    expect(await stored()).toEqual({ 'thing:ids': ['1', '22'], 'thing:1': entry(1), 'thing:22': entry(22) });
    expect(await collection().get()).toEqual({ '1': entry(1), '22': entry(22) });
  });

  test('a write stores only the entries that changed, and the list only when ids come or go', async () => {
    const things = collection();
    await things.set({ '1': entry(1), '2': entry(2), '3': entry(3) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await things.set({ '1': entry(1), '2': entry(2, 'changed'), '3': entry(3) });
    expect(set.mock.calls.map(([items]) => Object.keys(items))).toEqual([['thing:2']]);
    await things.set({ '1': entry(1), '2': entry(2, 'changed'), '3': entry(3), '4': entry(4) });
    expect(set.mock.calls.at(-1)?.[0]).toEqual({ 'thing:4': entry(4), 'thing:ids': ['1', '2', '3', '4'] });
    set.mockClear();
    await things.set({ '1': entry(1), '2': entry(2, 'changed'), '3': entry(3), '4': entry(4) });
    expect(set).not.toHaveBeenCalled();
  });

  test('removed ids lose their entries; random sequences of writes always read back as the last one', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const things = collection();
    let last: Record<string, Entry> = {};
    for (let round = 0; round < 60; round++) {
      const next: Record<string, Entry> = {};
      for (let id = 0; id < 8; id++) {
        const roll = random();
        if (roll < 0.3) continue;
        next[String(id)] = roll < 0.6 && last[String(id)] ? last[String(id)]! : entry(id, `round ${round}`);
      }
      await things.set(next);
      last = next;
      expect(await things.get()).toEqual(last);
      expect(await collection().get()).toEqual(last);
      const keys = Object.keys(await stored()).filter((key) => key !== 'thing:ids');
      expect(keys.sort()).toEqual(
        Object.keys(last)
          .map((id) => `thing:${id}`)
          .sort(),
      );
    }
  });

  test('a read during a write answers what was stored before it; the copy it gives changes nothing', async () => {
    const things = collection();
    await things.set({ '1': entry(1) });
    const writing = things.set({ '1': entry(1, 'new') });
    const during = await things.get();
    await writing;
    expect(during).toEqual({ '1': entry(1) });
    during['1']!.text = 'scribbled';
    expect(await things.get()).toEqual({ '1': entry(1, 'new') });
  });

  test('an invalid entry is refused before anything is written', async () => {
    const things = collection();
    await things.set({ '1': entry(1) });
    await expect(things.set({ '1': entry(1), '2': { n: 'two' } as unknown as Entry })).rejects.toThrow();
    expect(await things.get()).toEqual({ '1': entry(1) });
    expect(await stored()).toEqual({ 'thing:ids': ['1'], 'thing:1': entry(1) });
  });

  test('stored data that is not valid is dropped on reading: a bad entry, a listed id without one, a bad list', async () => {
    await fakeBrowser.storage.local.set({
      'thing:ids': ['1', '2', '3'],
      'thing:1': entry(1),
      'thing:2': { n: 'not a number' },
    });
    expect(await collection().get()).toEqual({ '1': entry(1) });
    await fakeBrowser.storage.local.set({ 'thing:ids': 'not a list' });
    expect(await collection().get()).toEqual({});
  });

  test('the former single entry is moved to one entry per id on the first read, its bad entries dropped', async () => {
    await fakeBrowser.storage.local.set({ things: { '1': entry(1), '2': { n: 2 }, '3': entry(3) } });
    expect(await collection().get()).toEqual({ '1': entry(1), '3': entry(3) });
    expect(await stored()).toEqual({ 'thing:ids': ['1', '3'], 'thing:1': entry(1), 'thing:3': entry(3) });
  });

  test('a move cut off after writing the entries: the list wins, and the former entry goes', async () => {
    await fakeBrowser.storage.local.set({
      'thing:ids': ['1'],
      'thing:1': entry(1, 'moved'),
      things: { '1': entry(1) },
    });
    expect(await collection().get()).toEqual({ '1': entry(1, 'moved') });
    expect(await stored()).toEqual({ 'thing:ids': ['1'], 'thing:1': entry(1, 'moved') });
  });

  test('a failed write makes the next read go to storage again', async () => {
    const things = collection();
    await things.set({ '1': entry(1) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(things.set({ '1': entry(1, 'lost') })).rejects.toThrow('quota');
    set.mockRestore();
    expect(await things.get()).toEqual({ '1': entry(1) });
  });
});
