import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { pngFile } from './media-files';
import { ROOT } from './paths';
import type { ExtensionSession } from './session';

/** Attaches files through a composer's file input (the modal one by default). */
export async function attach(page: Page, files: string[], scope = '#layers'): Promise<void> {
  const input = (await page.waitForSelector(
    `${scope} input[data-testid="fileInput"]`,
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
}

/**
 * Opens the composer on x.com and uploads one image through it. Returns once the in-page prompt shows a form for
 * it: by then X has given its media id and the background has tied it to the tab.
 */
export async function composerWithImage(session: ExtensionSession, file = pngFile('photo.png', 40)): Promise<Page> {
  const page = await session.openX('/compose/post');
  await page.waitForSelector('alt-text-for-x');
  await attach(page, [file]);
  await page.waitForFunction(
    () => document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="dialog"] textarea'),
    { timeout: 15_000 }, // one upload and the prompt: < 3 s under load
  );
  return page;
}

/** Opens popup.html?tab=<id of page> and waits for the item's form; returns the popup and the item's media id. */
export async function popupWithItem(
  session: ExtensionSession,
  page: Page,
): Promise<{ popup: Page; mediaId: string; tabId: number }> {
  const tabId = await session.tabIdOf(page);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`, 'textarea');
  const mediaId = await popup.$eval('fieldset[data-media-id]', (f) => (f as HTMLElement).dataset.mediaId ?? '');
  return { popup, mediaId, tabId };
}

/** Waits until the item's status text (inside its role="status" region) reads `text`. */
export async function waitForStatus(page: Page, mediaId: string, text: string, root = ''): Promise<void> {
  await page.waitForFunction(
    (id, expected, host) => {
      const scope: ParentNode | null | undefined = host ? document.querySelector(host)?.shadowRoot : document;
      const status = scope?.querySelector(`fieldset[data-media-id="${id}"] [role="status"] .mf-status-text`);
      return status?.textContent === expected;
    },
    { timeout: 20_000 }, // a save and its answer: < 3 s under load
    mediaId,
    text,
    root,
  );
}

/**
 * A page the extension opened itself (options tab, pop-out window) whose location satisfies `matches`. Found by
 * asking each page its location: over WebDriver BiDi Firefox reports moz-extension:// pages as about:blank, so
 * target URLs (waitForTarget) cannot find them there.
 */
export async function waitForOpenedPage(
  session: ExtensionSession,
  matches: (href: string) => boolean,
  timeout = 15_000, // the extension opens a tab or window: < 2 s under load
): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // the poll's pace
  }
  throw new Error(`No page opened whose location matches within ${timeout} ms`);
}

/** The text of an element matched by `selector`, or null. */
export const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (e) => e.textContent ?? '').catch(() => null);

/** The background's draft store (storage.local "drafts"), read from an extension page as the background reads it. */
export async function storedDrafts(
  session: ExtensionSession,
): Promise<Record<string, { draft: { alt_text: string } }>> {
  const helper = await session.openExtensionPage('options.html', 'body');
  try {
    return await helper.evaluate(async () => {
      type StorageApi = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      const stored = await (scope.browser ?? scope.chrome).storage.local.get('drafts');
      return (stored.drafts ?? {}) as Record<string, { draft: { alt_text: string } }>;
    });
  } finally {
    await helper.close();
  }
}

export interface AxeSummary {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown; summary: string }> }>;
  passes: string[];
  incomplete: string[];
  inapplicable: number;
}

/** The whole document as runAxe's context (a marker: a DOM node cannot be passed from Node). */
const WHOLE_DOCUMENT = '#document';

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. The source is evaluated, not added as a <script>: the extension pages' CSP would block
 * an injected script. `context` is axe's context (e.g. `{ include: { fromShadowDom: ['host', 'inner'] } }`).
 */
export async function runAxe(page: Page, context: unknown = WHOLE_DOCUMENT): Promise<AxeSummary> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (ctx) => {
    type AxeNode = { target: unknown; failureSummary?: string };
    type AxeRule = { id: string; impact?: string | null; nodes: AxeNode[] };
    type Axe = {
      run(
        context: unknown,
        options: object,
      ): Promise<{ violations: AxeRule[]; passes: AxeRule[]; incomplete: AxeRule[]; inapplicable: AxeRule[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const result = await axe.run(ctx === '#document' ? document : ctx, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary ?? '' })),
      })),
      passes: result.passes.map((p) => p.id),
      incomplete: result.incomplete.map((p) => p.id),
      inapplicable: result.inapplicable.length,
    };
  }, context);
}
