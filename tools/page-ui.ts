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

/** Waits until a shadow-root selector of the page UI matches at least `count` elements. */
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
