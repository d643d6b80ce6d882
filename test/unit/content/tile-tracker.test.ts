// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type TrackedTile, trackTiles } from '../../../lib/content/tile-tracker';
import { loadFixture } from '../x/load-fixture';

/** The modal composer with two uploads (modal-quote.html): tiles are its attachments' [role=group] elements. */
const tiles = () => [...document.querySelectorAll<HTMLElement>('[data-testid="attachments"] > div > [role="group"]')];
const settle = async () => {
  // The tracker looks in a microtask after a mutation; happy-dom delivers mutations in one too.
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('tile tracker', () => {
  let controller: AbortController;
  let reports: TrackedTile[][];
  let tracker: ReturnType<typeof trackTiles>;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    loadFixture('modal-quote.html');
    controller = new AbortController();
    reports = [];
    tracker = trackTiles(controller.signal, (found) => reports.push(found));
    await settle();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  test('a removed tile is forgotten 10 s after it went, not before, and the listener hears of it then', async () => {
    expect(reports.at(-1)?.length).toBe(2);
    const [gone] = reports.at(-1) ?? [];
    tiles()[0]?.remove();
    await settle();
    expect(reports.at(-1)?.map((t) => t.key)).not.toContain(gone?.key);
    expect(tracker.forgotten()).toEqual([]);
    const heard = reports.length;

    await vi.advanceTimersByTimeAsync(9_000);
    expect(tracker.forgotten()).toEqual([]);
    expect(reports.length).toBe(heard); // nothing changed on the page, nothing forgotten yet

    await vi.advanceTimersByTimeAsync(1_100);
    // The page shows the same one tile: the listener is still called, so it lets go of what it kept for the other.
    expect(reports.length).toBe(heard + 1);
    expect(tracker.forgotten()).toEqual([gone?.key]);
    expect(vi.getTimerCount()).toBe(0); // nothing left to forget: no timer runs
  });

  test('a tile back within 10 s (X re-rendered it) is never forgotten', async () => {
    const [tile] = tiles();
    const parent = tile?.parentElement;
    tile?.remove();
    await settle();
    await vi.advanceTimersByTimeAsync(4_000);
    if (tile) parent?.append(tile);
    await settle();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(tracker.forgotten()).toEqual([]);
    expect(reports.at(-1)?.length).toBe(2);
  });

  test("a picture's own load asks for a look (and only its own)", async () => {
    // A third upload's tile, whose picture has not loaded yet (happy-dom loads nothing and calls every image complete).
    const tile = document.createElement('div');
    tile.setAttribute('role', 'group');
    const image = document.createElement('img');
    Object.defineProperty(image, 'complete', { value: false, configurable: true });
    image.src = 'blob:https://x.com/6b8a2f4e-7c1d-4e2a-9b3f-0a1b2c3d4e03';
    tile.append(image);
    tiles()[0]?.parentElement?.append(tile);
    await settle();
    const unreadable = () => reports.at(-1)?.find((t) => t.key === image.src)?.unreadable;
    expect(reports.at(-1)?.length).toBe(3);
    expect(unreadable()).toBeUndefined();
    // The picture fails to load (complete, no pixels); a timeline picture's load says nothing about it.
    Object.defineProperty(image, 'complete', { value: true });
    const timeline = document.createElement('img');
    document.body.append(timeline);
    await settle();
    const heard = reports.length;
    timeline.dispatchEvent(new Event('load'));
    await settle();
    expect(reports.length).toBe(heard);
    image.dispatchEvent(new Event('error'));
    await settle();
    expect(unreadable()).toBe(true);
  });

  test('X pointing a tile at other bytes (its picture element kept) is seen when the new picture loads', async () => {
    const image = tiles()[1]?.querySelector('img');
    const before = image?.getAttribute('src');
    image?.setAttribute('src', 'blob:https://x.com/6b8a2f4e-7c1d-4e2a-9b3f-0a1b2c3d4eff');
    image?.dispatchEvent(new Event('load'));
    await settle();
    const keys = reports.at(-1)?.map((t) => t.key);
    expect(keys).toContain('blob:https://x.com/6b8a2f4e-7c1d-4e2a-9b3f-0a1b2c3d4eff');
    expect(keys).not.toContain(before);
  });
});
