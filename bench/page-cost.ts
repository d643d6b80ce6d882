import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { pngFile } from '../tools/media-files';
import { attach } from './context';

interface Counts {
  heapBytes: number;
  listeners: number;
  observers: number;
}

/** Isolate heap after a full GC, event listeners on window and document (every world), and our MutationObservers. */
async function counts(page: Page, cdp: CDPSession, isolatedContext: number | undefined): Promise<Counts> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let listeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    listeners += found.length;
  }
  let observers = 0;
  if (isolatedContext !== undefined) {
    const { result: proto } = await cdp.send('Runtime.evaluate', {
      expression: 'MutationObserver.prototype',
      contextId: isolatedContext,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId! });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    observers = result.value as number;
  }
  void page;
  return { heapBytes: usedSize, listeners, observers };
}

const WARM_UP_CYCLES = 10;
/**
 * Longer than the tile tracker takes to forget a tile gone (10 s, on a timer of its own), with its uploads and
 * thumbnails: the figure is what stays, not what is about to go.
 */
export const SETTLE_MS = 13_000;

/**
 * 100 cycles of opening the composer (client-side, as X's side-nav Post does), attaching an image and discarding
 * the post; growth measured after GC, with the extension minus without it.
 */
export async function cyclesCost(browser: Browser, withExtension: boolean, cycles: number) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  let isolatedContext: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (aux?.type === 'isolated' && context.name === 'Alt text for X') isolatedContext = context.id;
  });
  await cdp.send('Runtime.enable');
  await page.goto('https://x.com/home', { waitUntil: 'load' });
  if (withExtension) await (await page.waitForSelector('alt-text-for-x'))?.dispose();
  const file = pngFile('cycle.png', 40);
  // Handles are let go at once: one kept would keep the closed composer's elements alive, ours among them.
  const waitFor = async (selector: string, options?: { timeout: number }) =>
    (await page.waitForSelector(selector, options))?.dispose();
  const cycle = async () => {
    await page.click('[data-testid="SideNav_NewTweet_Button"]');
    await waitFor('#layers [data-testid="tweetTextarea_0"]');
    await attach(page, file);
    await waitFor('#layers [data-testid="attachments"] img[src^="blob:"]');
    if (withExtension) await waitFor('#layers alt-text-for-x-badge', { timeout: 15_000 });
    await page.keyboard.press('Escape');
    await page.click('#layers [data-testid="app-bar-close"]');
    await (
      await page.waitForFunction(() => !document.querySelector('#layers [data-testid="tweetTextarea_0"]'))
    ).dispose();
  };
  // Warm up first, so first-use allocations (lazy code, the optimising compiler's code, caches) are not counted as
  // growth: what is left after that grows with the number of cycles.
  for (let i = 0; i < WARM_UP_CYCLES; i++) await cycle();
  const before = await counts(page, cdp, isolatedContext);
  for (let i = 0; i < cycles; i++) await cycle();
  const justAfter = await counts(page, cdp, isolatedContext);
  // What a closed composer leaves is kept while X may still show it again (lib/content/tile-tracker.ts forgets a tile
  // gone for 10 s): past that, what is still held is growth.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const after = await counts(page, cdp, isolatedContext);
  await page.close();
  return {
    heapGrowth: after.heapBytes - before.heapBytes,
    heapGrowthJustAfter: justAfter.heapBytes - before.heapBytes,
    listenerGrowth: after.listeners - before.listeners,
    observerGrowth: after.observers - before.observers,
    observersFound: isolatedContext !== undefined,
  };
}

export type CyclesCost = Awaited<ReturnType<typeof cyclesCost>>;
