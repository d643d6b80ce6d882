import { resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { type Simulator, startSimulator } from '../sim';
import { launchBrowser } from '../tools/launch-browser';
import { inUi, waitForUi } from '../tools/page-ui';
import type { Variant } from './timeline';

/** The leanest approach, written for the bench: one debounced body observer and one querySelector. */
const REFERENCE_DIR = resolve(import.meta.dirname, 'reference-extension');

/**
 * One simulator and three headless Chromiums from the same binary — with the extension, without it, and with the
 * bench's reference extension (bench/reference-extension) — so every figure can be compared within one run. `saves` counts the metadata saves the benchmarks asked for, to find any
 * call beyond one per save (each costs money).
 */
export interface Bench {
  sim: Simulator;
  withExtension: Browser;
  without: Browser;
  reference: Browser;
  extensionOrigin: string;
  referenceOrigin: string;
  saves: number;
  /**
   * Fresh browsers for the variants, launched in `order`: two launches of the same browser differ in cost by a few
   * tenths of a percent for their whole life, so a comparison that must resolve that little samples several launches.
   */
  launchVariants(order: readonly Variant[]): Promise<Record<Variant, Browser>>;
  close(): Promise<void>;
}

export async function startBench(extensionDir: string): Promise<Bench> {
  const sim = await startSimulator({ quiet: true });
  const common = { simPort: sim.port, simHosts: sim.hosts, viewport: { width: 1366, height: 900 } };
  const extensionDirs: Partial<Record<Variant, string>> = { ours: extensionDir, reference: REFERENCE_DIR };
  const launch = (variant: Variant) =>
    launchBrowser('chromium', {
      ...common,
      ...(extensionDirs[variant] ? { extensionDir: extensionDirs[variant] } : {}),
    });
  const withExt = await launch('ours');
  const without = await launch('alone');
  const reference = await launch('reference');
  const bench: Bench = {
    sim,
    withExtension: withExt.browser,
    without: without.browser,
    reference: reference.browser,
    extensionOrigin: withExt.extensionOrigin!,
    referenceOrigin: reference.extensionOrigin!,
    saves: 0,
    async launchVariants(order) {
      const browsers: Partial<Record<Variant, Browser>> = {};
      for (const variant of order) {
        const launched = await launch(variant);
        if (variant === 'ours') await connect(sim, launched.browser, launched.extensionOrigin!);
        browsers[variant] = launched.browser;
      }
      return browsers as Record<Variant, Browser>;
    },
    async close() {
      await withExt.browser.close().catch(() => {});
      await without.browser.close().catch(() => {});
      await reference.browser.close().catch(() => {});
      await sim.close();
    },
  };
  await connect(sim, bench.withExtension, bench.extensionOrigin);
  return bench;
}

/** Sends messages to the background at once from one extension page, as the popup does; answers in order. */
export function messages<T>(bench: Bench, list: Array<{ type: string; payload: unknown }>): Promise<T[]> {
  return messagesFrom<T>(bench.withExtension, bench.extensionOrigin, list);
}

async function messagesFrom<T>(
  browser: Browser,
  origin: string,
  list: Array<{ type: string; payload: unknown }>,
): Promise<T[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/options.html`);
    return (await page.evaluate(
      (all) =>
        Promise.all(
          all.map((m) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage(m),
          ),
        ),
      list,
    )) as T[];
  } finally {
    await page.close();
  }
}

export async function message<T>(bench: Bench, type: string, payload: unknown = {}): Promise<T> {
  const [reply] = await messages<T>(bench, [{ type, payload }]);
  return reply as T;
}

async function connect(sim: Simulator, browser: Browser, origin: string): Promise<void> {
  const { accessToken } = sim.control.issueToken({ username: 'demo_user' });
  const [reply] = await messagesFrom<{ ok: boolean }>(browser, origin, [
    { type: 'account/connect-token', payload: { token: accessToken } },
  ]);
  if (!reply?.ok) throw new Error('The benchmark could not connect the demo account.');
}

/** A fresh modal composer; with the extension, once its content script is running. */
export async function openComposer(browser: Browser, withExtension: boolean): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('https://x.com/compose/post', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#layers [data-testid="tweetTextarea_0"]');
  if (withExtension) await page.waitForSelector('alt-text-for-x');
  return page;
}

export async function attach(page: Page, file: string): Promise<void> {
  const input = (await page.waitForSelector(
    '#layers input[data-testid="fileInput"]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  // A handle keeps its element (and the page's whole detached composer with it) alive for as long as DevTools does.
  await input.dispose();
}

/** Waits for the upload to finish: X enables Post once every upload is done (and there is text or media). */
export async function postEnabled(page: Page): Promise<void> {
  await page.waitForSelector('#layers [data-testid="tweetButton"]:not([disabled])', { timeout: 15_000 });
}

/** Types alt text into the prompt's first form (the extension's UI, in its shadow root). */
export async function typeAltText(page: Page, text: string): Promise<void> {
  await waitForUi(page, 'textarea');
  const [field] = await page.$$(inUi('textarea'));
  await field?.type(text);
}

/**
 * Presses Save in the prompt's first form, through the DOM: what is measured is the extension's work after it, not
 * the pointer's path (a click by coordinates can land on whatever moves over the button at that moment).
 */
export async function saveAltText(page: Page): Promise<void> {
  const saved = await page.evaluate(() => {
    const button = document
      .querySelector('alt-text-for-x')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('.mf-button-primary');
    button?.click();
    return button !== undefined && button !== null;
  });
  if (!saved) throw new Error('The prompt has no Save button.');
}

export async function closePrompt(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('.prompt'));
}
