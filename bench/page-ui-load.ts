import type { Page } from 'puppeteer-core';
import { UI_LOAD_MEASURE, UI_WAIT_MEASURE } from '../lib/content/page-ui';
import { X } from '../lib/x/selectors';
import { pngFile } from '../tools/media-files';
import { attach, type Bench, openComposer } from './context';

/**
 * The page UI's first load (lib/content/page-ui.ts), on a fresh page each time, from the content script's own user
 * timing entries. Two moments start it:
 * - The composer opens (its own route): X focuses its text box while it is still building the composer, so the
 *   load shares the main thread with X's work. Measured: how long the load took, and how long the first tile waited
 *   for it.
 * - The user clicks into the timeline's inline composer on a page that has finished loading: the load's own time.
 */
export async function pageUiLoad(
  bench: Bench,
  runs: number,
): Promise<{ atOpen: number[]; waited: number[]; onClick: number[] }> {
  const atOpen: number[] = [];
  const waited: number[] = [];
  const onClick: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openComposer(bench.withExtension, true);
    await attach(page, pngFile('first-tile.png', 38));
    const [load, wait] = await measures(page, UI_LOAD_MEASURE, UI_WAIT_MEASURE);
    atOpen.push(load);
    waited.push(wait ?? Number.NaN);
    await page.close();
  }
  for (let i = 0; i < runs; i++) {
    const page = await bench.withExtension.newPage();
    await page.goto('https://x.com/home', { waitUntil: 'domcontentloaded' });
    const box = await page.waitForSelector(X.textBox);
    await page.waitForSelector('alt-text-for-x');
    // Loaded and quiet: no request for half a second (the timeline's first posts and pictures are in).
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 15_000 });
    await box!.click();
    await box!.dispose();
    const [load] = await measures(page, UI_LOAD_MEASURE);
    onClick.push(load);
    await page.close();
  }
  return { atOpen, waited, onClick };
}

/** The durations of user timing entries, once all are there. */
async function measures(page: Page, ...names: [string, ...string[]]): Promise<[number, ...number[]]> {
  const handle = await page.waitForFunction(
    (wanted: string[]) => {
      const found = wanted.map((name) => performance.getEntriesByName(name)[0]?.duration);
      return found.every((d) => d !== undefined) ? found : undefined;
    },
    { timeout: 15_000 },
    names,
  );
  const values = (await handle.jsonValue()) as [number, ...number[]];
  await handle.dispose();
  return values;
}
