import { UI_LOAD_MEASURE, UI_WAIT_MEASURE } from '../lib/content/page-ui';
import { pngFile } from '../tools/media-files';
import { attach, type Bench, openComposer } from './context';

/**
 * The page UI's first load (lib/content/page-ui.ts), on a fresh page each time: how long importing it took (the
 * content script starts when the user focuses X's text box or picks a file), and how long the first need of it (the
 * tile) waited, from the content script's own user timing entries.
 */
export async function pageUiLoad(bench: Bench, runs: number): Promise<{ values: number[]; waited: number[] }> {
  const values: number[] = [];
  const waited: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openComposer(bench.withExtension, true);
    await attach(page, pngFile('first-tile.png', 38));
    const handle = await page.waitForFunction(
      (load, wait) => {
        const [loaded] = performance.getEntriesByName(load);
        const [need] = performance.getEntriesByName(wait);
        return loaded && need ? [loaded.duration, need.duration] : undefined;
      },
      { timeout: 15_000 },
      UI_LOAD_MEASURE,
      UI_WAIT_MEASURE,
    );
    const [load, wait] = (await handle.jsonValue()) as [number, number];
    values.push(load);
    waited.push(wait);
    await handle.dispose();
    await page.close();
  }
  return { values, waited };
}
