import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from './session';

/** The popup's alt text field: the first item's textarea (the form of an item with a media id). */
const ALT_TEXT_FIELD = 'fieldset[data-media-id] textarea';

/** Where the watcher below leaves its measurement in the page. */
type Marked = { __xmmInteractiveAt?: number; __xmmWatching?: boolean };

/**
 * Runs in the measured page (self-contained: puppeteer sends its source): records performance.now() (ms since the
 * document's navigation start, its time origin) at the first DOM change after which the field exists and is
 * enabled. Returns 'not yet' while the page is not yet at `href`, 'late' if the field was already there when the
 * watcher arrived (the moment was missed), 'watching' otherwise.
 */
function watchForField(href: string, selector: string): 'not yet' | 'watching' | 'late' {
  if (location.href !== href) return 'not yet';
  const scope = globalThis as Marked;
  const ready = () => {
    const field = document.querySelector<HTMLTextAreaElement>(selector);
    return field !== null && !field.disabled;
  };
  if (scope.__xmmWatching) return 'watching';
  if (ready()) return 'late';
  scope.__xmmWatching = true;
  const observer = new MutationObserver(() => {
    if (scope.__xmmInteractiveAt !== undefined || !ready()) return;
    scope.__xmmInteractiveAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  return 'watching';
}

/**
 * Milliseconds from the navigation start of popup.html?tab=<tabId> to its alt text field being present and enabled:
 * how long a user waits before they can type. `tabId` must be a tab whose composer holds at least one uploaded item.
 *
 * Measured inside the page, on its own clock (performance.now(), whose origin is the navigation start), by a
 * MutationObserver: the number does not include the test process's polling or protocol round trips.
 * - Chromium: the watcher is installed before any of the page's scripts run (evaluateOnNewDocument).
 * - Firefox: WebDriver BiDi preload scripts do not run in moz-extension:// pages (and goto() never resolves for
 *   them), so the watcher is installed by evaluating into the new document as soon as it exists; the popup's first
 *   paint waits for a module load and a round trip to the background, so it is in place well before the field. If
 *   it ever arrives after the field, that attempt is discarded and the popup opened again (never a guessed value).
 */
export async function measurePopupInteractive(session: ExtensionSession, tabId: number): Promise<number> {
  const url = `${session.extensionOrigin}/popup.html?tab=${tabId}`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const page = await session.browser.newPage();
    try {
      const ms = await measureOnce(session, page, url);
      if (ms !== undefined) return ms;
    } finally {
      await page.close();
    }
  }
  throw new Error(`Could not watch ${url} before its alt text field appeared (3 attempts)`);
}

async function measureOnce(session: ExtensionSession, page: Page, url: string): Promise<number | undefined> {
  const deadline = Date.now() + 15_000; // the popup is interactive in < 1 s even under load: 15 s means it never is
  if (session.name === 'chromium') {
    await page.evaluateOnNewDocument(watchForField, url, ALT_TEXT_FIELD);
    await page.goto(url);
  } else {
    page.goto(url).catch(() => {});
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
      const state = await page.evaluate(watchForField, url, ALT_TEXT_FIELD).catch(() => 'not yet'); // the realm went away while about:blank gave way to the popup
      if (state === 'late') return undefined;
      if (state === 'watching') break;
    }
  }
  const handle = await page.waitForFunction(() => (globalThis as Marked).__xmmInteractiveAt, {
    timeout: Math.max(1, deadline - Date.now()),
  });
  const ms = await handle.jsonValue();
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new Error(`No timing recorded for ${url}`);
  return ms;
}
