import type { Browser, Page } from 'puppeteer-core';
import { pngFile } from '../tools/media-files';
import { activeTabId } from '../tools/page-ui';
import { countPostClicks, postClicks } from '../tools/post-clicks';
import { attach, type Bench, closePrompt, openComposer, postEnabled, saveAltText, typeAltText } from './context';
import { median, p95, spread } from './stats';

type Timed = { values: number[] };

/** In-page clocks: when FINALIZE's response ended (resource timing) and when our tile badge appeared. */
async function installDetectionClocks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __finalized: number[]; __badges: number[] };
    w.__finalized = [];
    w.__badges = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (entry.name.includes('command=FINALIZE')) w.__finalized.push(entry.responseEnd);
      }
    }).observe({ type: 'resource' });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes)
          if (node.nodeName === 'ALT-TEXT-FOR-X-BADGE') w.__badges.push(performance.now());
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * FINALIZE response received by the page (its resource timing's responseEnd) → the item known to the extension and
 * its state visible on the tile. It can be negative: the background learns of the answer from the network layer
 * (webRequest), which can be ahead of the page's own view of the same response.
 */
export async function detection(bench: Bench, uploads: number): Promise<Timed> {
  const page = await openComposer(bench.withExtension, true);
  await installDetectionClocks(page);
  const values: number[] = [];
  for (let i = 0; i < uploads; i++) {
    await attach(page, pngFile(`detect-${i % 7}.png`, 30 + (i % 7)));
    const [finalized, badge] = await page
      .waitForFunction(
        (n) => {
          const w = window as unknown as { __finalized: number[]; __badges: number[] };
          return w.__finalized.length > n && w.__badges.length > n ? [w.__finalized[n], w.__badges[n]] : false;
        },
        { timeout: 15_000 },
        i,
      )
      .then((handle) => handle.jsonValue() as Promise<[number, number]>);
    values.push(badge - finalized);
    await closePrompt(page);
    await page.click('#layers [aria-label="Remove media"]'); // X's tile buttons have no test ids
    await page.waitForFunction(() => !document.querySelector('#layers alt-text-for-x-badge'));
  }
  await page.close();
  return { values };
}

/** Clicks Post from the page and answers how long until CreateTweet left (its fetch started). */
async function clickToCreateTweet(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        new PerformanceObserver((list, observer) => {
          const created = list.getEntries().find((e) => e.name.includes('/CreateTweet'));
          if (created) {
            observer.disconnect();
            resolve(created.startTime - start);
          }
        }).observe({ type: 'resource' });
        document.querySelector<HTMLElement>('#layers [data-testid="tweetButton"]')?.click();
      }),
  );
}

async function applied(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('alt-text-for-x-badge')].some((host) =>
        host.shadowRoot?.querySelector('.badge-applied'),
      ),
    { timeout: 15_000 },
  );
}

/** Post click → CreateTweet sent with every item already applied, with the extension and without (alternating). */
export async function holdAdded(bench: Bench, runs: number) {
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const extension of i % 2 === 0 ? [true, false] : [false, true]) {
      const browser: Browser = extension ? bench.withExtension : bench.without;
      const page = await openComposer(browser, extension);
      await attach(page, pngFile('hold.png', 44));
      if (extension) {
        await typeAltText(page, 'A test image.');
        await saveAltText(page);
        bench.saves++;
        await applied(page);
        await closePrompt(page);
      }
      await page.type('#layers [data-testid="tweetTextarea_0"]', 'Benchmark post');
      await postEnabled(page);
      (extension ? withTimes : withoutTimes).push(await clickToCreateTweet(page));
      await page.close();
    }
  }
  return {
    added: p95(withTimes) - p95(withoutTimes),
    withP95: p95(withTimes),
    withoutP95: p95(withoutTimes),
    spread: spread(withTimes.map((t, i) => t - (withoutTimes[i] ?? 0))),
  };
}

/**
 * Metadata 200 received → the held CreateTweet sent: the post was made while its description was still on its way.
 * `clicks`: how many times Post was clicked in each run (1: the user's own click went on to X and its post request
 * waited; 2: the hold kept the click and clicked Post again at the release).
 */
export async function release(bench: Bench, runs: number): Promise<Timed & { clicks: number[] }> {
  const values: number[] = [];
  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openComposer(bench.withExtension, true);
    await countPostClicks(page);
    await attach(page, pngFile('release.png', 52));
    await typeAltText(page, `Described after Post, run ${i}.`);
    await closePrompt(page);
    await page.type('#layers [data-testid="tweetTextarea_0"]', 'Held post');
    await postEnabled(page);
    bench.sim.control.inject({ target: 'metadata-v2', mode: 'latency', ms: 300, count: 1 });
    const since = bench.sim.control.log.entries().at(-1)?.seq ?? 0;
    await page.click('#layers [data-testid="tweetButton"]');
    bench.saves++;
    const created = await bench.sim.control.log.waitFor((e) => e.kind === 'create-tweet' && e.seq > since, 15_000);
    const metadata = bench.sim.control.log.entries({ kind: 'metadata-v2', sinceSeq: since, status: 200 }).at(-1);
    if (metadata?.endedAt !== undefined) values.push(created.startedAt - metadata.endedAt);
    clicks.push(await postClicks(page));
    await page.close();
  }
  return { values, clicks };
}

/** popup.html?tab=<id> opened → the alt text field present (navigation start is the page's time origin). */
export async function popupInteractive(bench: Bench, runs: number): Promise<Timed> {
  const composer = await openComposer(bench.withExtension, true);
  await attach(composer, pngFile('popup.png', 36));
  await typeAltText(composer, 'x');
  const helper = await bench.withExtension.newPage();
  await helper.goto(`${bench.extensionOrigin}/options.html`);
  const tabId = await activeTabId(helper, composer);
  await helper.close();
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await bench.withExtension.newPage();
    // This function is sent as text: no named inner functions (tsx would wrap them in a helper the page lacks).
    await popup.evaluateOnNewDocument(() => {
      const w = window as unknown as { __interactive?: number };
      // Attributes too: the field may be inserted disabled and enabled once the tab's state has arrived.
      new MutationObserver(() => {
        const field = document.querySelector('textarea');
        if (field && !field.disabled && w.__interactive === undefined) w.__interactive = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await popup.goto(`${bench.extensionOrigin}/popup.html?tab=${tabId}`);
    // Read in the page's own world, where the clock above runs (waitForFunction would look from another world).
    let interactive: number | undefined;
    for (const deadline = Date.now() + 10_000; interactive === undefined && Date.now() < deadline; ) {
      interactive = await popup.evaluate(() => (window as unknown as { __interactive?: number }).__interactive);
      if (interactive === undefined) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if (interactive === undefined) throw new Error('The popup never showed its form.');
    values.push(interactive);
    await popup.close();
  }
  await composer.close();
  return { values };
}

/** A message to a stopped service worker → its reply. */
export async function workerWake(bench: Bench, runs: number): Promise<Timed> {
  const page = await bench.withExtension.newPage();
  await page.goto(`${bench.extensionOrigin}/options.html`);
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitUntil(async () => !bench.withExtension.targets().some((t) => t.type() === 'service_worker'), 5_000);
    values.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({
          type: 'settings/get',
          payload: {},
        });
        return performance.now() - start;
      }),
    );
  }
  await page.close();
  return { values };
}

/** Time to apply N items / 1 item with 300 ms API latency: calls for different media ids run in parallel. */
export async function parallelApply(bench: Bench, runs: number) {
  bench.sim.control.inject({ target: 'metadata-v2', mode: 'latency', ms: 300, count: Number.POSITIVE_INFINITY });
  const timeFor = async (count: number) => {
    const ids = Array.from({ length: count }, () => bench.sim.control.uploadAs('demo_user'));
    const saves = ids.map((mediaId) => ({
      type: 'media/save',
      payload: { mediaId, metadata: { alt_text: { text: `Item ${mediaId}` } } },
    }));
    // Timed from the moment the saves are handed over (the page is ready), to the last 200 X sends back.
    const page = await bench.withExtension.newPage();
    await page.goto(`${bench.extensionOrigin}/options.html`);
    const start = Date.now();
    await page.evaluate(
      (all) =>
        Promise.all(
          all.map((m) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage(m),
          ),
        ),
      saves,
    );
    await page.close();
    bench.saves += count;
    const ends = await Promise.all(
      ids.map((id) =>
        bench.sim.control.log.waitFor(
          (e) => e.kind === 'metadata-v2' && e.status === 200 && e.body.includes(id),
          15_000,
        ),
      ),
    );
    return Math.max(...ends.map((e) => e.endedAt ?? Number.NaN)) - start;
  };
  const one: number[] = [];
  const four: number[] = [];
  for (let i = 0; i < runs; i++) {
    one.push(await timeFor(1));
    four.push(await timeFor(4));
  }
  bench.sim.control.clearFaults();
  return {
    ratio: median(four) / median(one),
    one: median(one),
    four: median(four),
    spread: spread(
      four.map((t, i) => t / (one[i] ?? t)),
      2,
    ),
  };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the service worker to stop.');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
