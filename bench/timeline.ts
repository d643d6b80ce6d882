import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { iqrSpread, median } from './stats';

/**
 * The busy timeline: three browsers from the same binary — the page alone, with our extension, and with the bench's
 * reference extension (bench/reference-extension: one debounced body observer, one querySelector) — each appending
 * the same posts to x.com's timeline. The cost is the CPU time of the page's main thread (Chromium's ThreadTime:
 * its scripts, every content script, style, layout, paint), read before and after. CPU time, not the wall-clock
 * ScriptDuration: on shared cores wall-clock figures grow whenever another process runs, CPU time much less.
 */
export type Variant = 'alone' | 'ours' | 'reference';
const VARIANTS: Variant[] = ['alone', 'ours', 'reference'];

/** What tells that a variant's content script is running on the page. */
const MARKER: Record<Variant, string | undefined> = {
  alone: undefined,
  ours: 'alt-text-for-x',
  reference: 'html[data-bench-reference]',
};

async function mainThreadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const threadTime = metrics.find((m) => m.name === 'ThreadTime')?.value;
  if (threadTime === undefined) throw new Error('This Chromium reports no ThreadTime metric');
  return threadTime * 1000;
}

async function openHome(browser: Browser, variant: Variant): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('https://x.com/home', { waitUntil: 'load' });
  const marker = MARKER[variant];
  if (marker) await page.waitForSelector(marker, { timeout: 15_000 });
  return page;
}

type Sim = { __sim: { appendPosts(n: number, batch: number): Promise<void> } };

async function timelineCost(browser: Browser, variant: Variant, posts: number): Promise<number> {
  const page = await openHome(browser, variant);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const before = await mainThreadCpuMs(cdp);
    await page.evaluate((n) => (window as unknown as Sim).__sim.appendPosts(n, 50), posts);
    return (await mainThreadCpuMs(cdp)) - before;
  } finally {
    await page.close();
  }
}

export interface TimelineResult {
  /** Fresh browsers per variant, `triples / launches` rounds each. */
  launches: number;
  triples: number;
  posts: number;
  /** Per-triple ratios, in run order. */
  oursOverAlone: number[];
  oursOverReference: number[];
  referenceOverAlone: number[];
  medianMs: Record<Variant, number>;
}

/**
 * `launches` × `roundsPerLaunch` rounds of the three variants. Each launch is a fresh browser per variant (launched in
 * a rotating order): one launch of a browser can cost a few tenths of a percent more or less than another of the same
 * binary and setup, for its whole life (measured: two launches with the reference extension, median ratio 1.004 over
 * 12 rounds), which rounds on the same browsers can never average out. Within a launch the order of the variants
 * rotates every round (alone-ours-reference, ours-reference-alone, …) so no variant always runs first or last. Ratios
 * are taken within a round.
 */
export async function busyTimeline(
  launch: (order: readonly Variant[]) => Promise<Record<Variant, Browser>>,
  launches: number,
  roundsPerLaunch: number,
  posts: number,
): Promise<TimelineResult> {
  const ms: Record<Variant, number[]> = { alone: [], ours: [], reference: [] };
  const rotated = (i: number) => [...VARIANTS.slice(i % 3), ...VARIANTS.slice(0, i % 3)];
  for (let l = 0; l < launches; l++) {
    const browsers = await launch(rotated(l));
    try {
      for (let r = 0; r < roundsPerLaunch; r++) {
        for (const variant of rotated(l + r)) ms[variant].push(await timelineCost(browsers[variant], variant, posts));
      }
    } finally {
      for (const browser of Object.values(browsers)) await browser.close().catch(() => {});
    }
  }
  const triples = launches * roundsPerLaunch;
  const ratio = (a: Variant, b: Variant) => ms[a].map((value, i) => value / ms[b][i]!);
  return {
    launches,
    triples,
    posts,
    oursOverAlone: ratio('ours', 'alone'),
    oursOverReference: ratio('ours', 'reference'),
    referenceOverAlone: ratio('reference', 'alone'),
    medianMs: { alone: median(ms.alone), ours: median(ms.ours), reference: median(ms.reference) },
  };
}

export function describeRatios(values: readonly number[]): string {
  return iqrSpread(values, 3);
}

interface TraceEvent {
  name: string;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Trace events that mean one of `origin`'s scripts was called by the browser (callback, timer, listener). */
async function countCallbacks(page: Page, origin: string, during: () => Promise<void>): Promise<number> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await during();
  const buffer = await page.tracing.stop();
  const { traceEvents } = JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  return traceEvents.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith(origin)).length;
}

/** Resolves once the page's DOM has not changed for `quietMs` (the page has settled after loading). */
async function settled(page: Page, quietMs: number): Promise<void> {
  // A string, not a function: the bench runs under tsx, whose helpers a page function must not reference.
  await page.evaluate(`new Promise((resolve) => {
    let timer;
    const observer = new MutationObserver(() => restart());
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { observer.disconnect(); resolve(); }, ${quietMs});
    };
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    restart();
  })`);
}

/**
 * Idle page: x.com's home, loaded and settled, then `windowMs` in which nothing on the page changes. Counts the
 * calls into the extension's scripts in that window (must be 0), and — to show the count is not blind — in the same
 * page while 60 posts are appended.
 */
export async function idleCallbacks(browser: Browser, variant: Variant, origin: string, windowMs: number) {
  const page = await openHome(browser, variant);
  try {
    await settled(page, 500);
    const idle = await countCallbacks(page, origin, () => new Promise((resolve) => setTimeout(resolve, windowMs)));
    const busy = await countCallbacks(page, origin, () =>
      page.evaluate(() => (window as unknown as Sim).__sim.appendPosts(60, 10)),
    );
    return { idle, busy };
  } finally {
    await page.close();
  }
}
