/** Helpers for the extension's UI on x.com and its pages, for e2e tests, the demo and the benchmarks. */
import type { ElementHandle, Page } from 'puppeteer-core';

/** The extension's UI on x.com is in the shadow root of <alt-text-for-x>: selectors reach into it. */
export const inUi = (selector: string) => `alt-text-for-x >>> ${selector}`;

/**
 * Buttons by accessible name (aria-label, else text), as a person or a screen reader finds them. `within` is a
 * CSS selector (with `>>>` to pierce shadow roots) for the elements to search.
 */
export async function buttonsNamed(page: Page, name: string, within = 'button'): Promise<ElementHandle<HTMLElement>[]> {
  const found: ElementHandle<HTMLElement>[] = [];
  for (const button of await page.$$(within)) {
    const label = await button.evaluate((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim());
    if (label === name) found.push(button as ElementHandle<HTMLElement>);
  }
  return found;
}

/** Waits until a shadow-root selector of the page UI matches at least `count` elements (15 s: our UI redraws in < 1 s). */
export async function waitForUi(page: Page, selector: string, count = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (css, n) => (document.querySelector('alt-text-for-x')?.shadowRoot?.querySelectorAll(css).length ?? 0) >= n,
    { timeout },
    selector,
    count,
  );
}

/**
 * Clicks like a user: scrolled into view first (Firefox over BiDi does not scroll inside a shadow root's own
 * scrolling box by itself), then a real mouse click at the element's centre.
 */
export async function clickVisible(element: ElementHandle<Element>): Promise<void> {
  await element.evaluate((e) => e.scrollIntoView({ block: 'center', inline: 'center' }));
  await element.click();
}

/**
 * The browser tab id of `target`, asked from one of the extension's own pages (`helper`): without the "tabs"
 * permission the extension cannot read tab URLs, so the target is brought to the front and the active tab is asked.
 */
export async function activeTabId(helper: Page, target: Page): Promise<number> {
  await target.bringToFront();
  const id = await helper.evaluate(async () => {
    type TabsApi = { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const [active] = await (scope.browser ?? scope.chrome).tabs.query({ active: true, currentWindow: true });
    return active?.id ?? -1;
  });
  if (id < 0) throw new Error(`No tab found for ${target.url()}`);
  return id;
}

/**
 * Waits until `page` shows the extension's document at `url`, with the extension's API in it, and `ready` (a CSS
 * selector) matches in it: the extension page a test opened has loaded, not the about:blank it replaces.
 *
 * Asked from the page's own realm, one short question per poll, and never through puppeteer's waitForSelector while
 * the tab may still change documents. In Firefox an extension page replaces about:blank twice (a transient
 * about:blank while the tab moves to the extension process, then the page). puppeteer's waitForSelector runs in its
 * own sandbox and needs a helper script there, which it injects once per document and caches. Injected into a
 * document being replaced, the script fails inside Firefox's remote agent ("right-hand side of 'in' should be an
 * object, got null") and the cached failure answers every later wait at once; a loop that waited again after such an
 * error only ever awaited that cached rejection, so Node never handled the event that clears it. It spun for the
 * whole deadline (15 s) in about 1 of 30 opens under load, and failed a test when it struck twice.
 * A question asked while the tab swaps documents may fail: until the extension's document is seen at `url`, that
 * means "not yet".
 */
export async function waitForDocument(page: Page, url: string, ready: string, timeout: number): Promise<void> {
  const href = new URL(url).href;
  const deadline = Date.now() + timeout;
  let arrived = false;
  for (;;) {
    const state = await page
      .evaluate(
        (wanted, css) => {
          if (location.href !== wanted) return 'elsewhere';
          // The API too, not only the URL and markup: under load, Firefox once answered the test's next question
          // (runtime.sendMessage) from a document with this URL and a body but neither `browser` nor `chrome`.
          // Only the extension's own document has them.
          type Api = { runtime?: { id?: string } };
          const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
          if (!(scope.browser ?? scope.chrome)?.runtime?.id) return 'without the API';
          return document.querySelector(css) ? 'ready' : 'loading';
        },
        href,
        ready,
      )
      .catch((error: unknown) => {
        if (arrived) throw error;
        return 'swapping' as const;
      });
    if (state === 'ready') return;
    if (state === 'loading') arrived = true;
    if (Date.now() >= deadline) {
      throw new Error(`${url} did not show "${ready}" within ${timeout} ms (last seen: ${state})`);
    }
    // The poll's pace, not a guess at how long loading takes: each poll is a round trip to the browser.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
