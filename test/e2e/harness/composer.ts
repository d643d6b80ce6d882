import type { ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { ItemView, TabState } from '../../../lib/media/views';
import type { LogEntry } from '../../../sim';
import type { ExtensionSession } from './session';
import { buttonsNamed, clickVisible, inUi } from './ui';

/** Helpers for the composer e2e files (test/e2e/composer*.test.ts): X's hooks by data-testid, ours by name. */

/** Opens an x.com page wide enough for the prompt to sit beside the composer (never over its Post button). */
export async function openWide(session: ExtensionSession, path: string): Promise<Page> {
  const page = await session.openX(path);
  await page.setViewport({ width: 1400, height: 900 });
  await page.waitForSelector('alt-text-for-x', { timeout: 15_000 }); // our host element at document_start: < 1 s under load
  return page;
}

/** The status names of the badges on a composer's tiles, by tile key (blob: URL). */
export function badges(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const found: Record<string, string> = {};
    for (const tile of document.querySelectorAll('[data-testid="attachments"] [role="group"]')) {
      const key = tile.querySelector('img, video')?.getAttribute('src') ?? '';
      const button = tile.querySelector('alt-text-for-x-badge')?.shadowRoot?.querySelector('button');
      if (button) found[key] = button.getAttribute('aria-label') ?? '';
    }
    return found;
  });
}

/** Attaches files through a composer's file input: the modal one by default, or the one inside `scope`. */
export async function attach(page: Page, files: string[], scope = '#layers'): Promise<void> {
  const input = (await page.waitForSelector(`${scope} input[data-testid="fileInput"]`, {
    timeout: 15_000, // X's composer renders: < 1 s under load
  })) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
}

/**
 * One extension page kept open to ask the background about tabs (opening a page per question, as
 * session.message does, is too slow to poll with).
 */
export class Background {
  private constructor(private readonly page: Page) {}

  static async open(session: ExtensionSession): Promise<Background> {
    return new Background(await session.openExtensionPage('options.html', 'body'));
  }

  async send<T>(type: string, payload: unknown = {}): Promise<T> {
    const reply = (await this.page.evaluate(
      (message) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        return (scope.browser ?? scope.chrome).runtime.sendMessage(message);
      },
      { type, payload },
    )) as { ok: boolean; value?: T; error?: unknown };
    if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
    return reply.value as T;
  }

  tab(tabId: number): Promise<TabState> {
    return this.send<TabState>('tab/state', { tabId });
  }

  /**
   * Polls the tab's state until `done` holds (or throws with the last state seen). 20 s: uploads, saves and their
   * answers through the simulator take < 3 s under load.
   */
  async waitForTab(tabId: number, done: (state: TabState) => boolean, timeout = 20_000): Promise<TabState> {
    const until = Date.now() + timeout;
    let last: TabState | undefined;
    while (Date.now() < until) {
      last = await this.tab(tabId);
      if (done(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 100)); // the poll's pace (each poll is a round trip)
    }
    throw new Error(`Timed out waiting for tab ${tabId}; last state: ${JSON.stringify(last?.items)}`);
  }

  /** Waits until the tab has exactly `count` items, all with media ids (their uploads finished; 20 s: as above). */
  async waitForItems(tabId: number, count: number, timeout = 20_000): Promise<ItemView[]> {
    const state = await this.waitForTab(
      tabId,
      (s) => s.items.length === count && s.items.every((item) => item.mediaId !== undefined),
      timeout,
    );
    return state.items;
  }

  async setRule(postingRule: 'allow' | 'remind' | 'require'): Promise<void> {
    await this.send('settings/update', { postingRule });
  }

  /** The background's raw record of a tab (uploads seen, tiles, ties), for diagnosing a wrong tie. */
  record(tabId: number): Promise<unknown> {
    return this.page.evaluate(async (id) => {
      type Storage = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
      const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
      const all = await (scope.browser ?? scope.chrome).storage.session.get('tabs');
      return (all.tabs as Record<string, unknown> | undefined)?.[id];
    }, tabId);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The simulator's log from a point on: what reached "X" during one test. */
export class LogWindow {
  private readonly since: number;
  constructor(private readonly session: ExtensionSession) {
    this.since = session.sim.control.log.entries().at(-1)?.seq ?? 0;
  }

  entries(kind: LogEntry['kind']): LogEntry[] {
    return this.session.sim.control.log.entries({ kind, sinceSeq: this.since });
  }

  /** 20 s: a request the extension makes at once reaches the simulator in < 2 s under load. */
  waitFor(predicate: (entry: LogEntry) => boolean, timeout = 20_000): Promise<LogEntry> {
    const existing = this.session.sim.control.log.entries((e) => e.seq > this.since && predicate(e));
    if (existing[0]) return Promise.resolve(existing[0]);
    return this.session.sim.control.log.waitFor((e) => e.seq > this.since && predicate(e), timeout);
  }

  /** Media ids whose FINALIZE X answered with 200, in the order they ended. */
  finalizedIds(): string[] {
    return this.entries('upload-finalize')
      .filter((e) => e.status === 200)
      .sort((a, b) => (a.endedAt ?? 0) - (b.endedAt ?? 0))
      .map((e) => e.query.media_id ?? '');
  }

  /** Bytes a media id's APPENDs carried (multipart bodies: the file plus a small constant envelope). */
  appendedBytes(mediaId: string): number {
    return this.entries('upload-append')
      .filter((e) => e.query.media_id === mediaId)
      .reduce((sum, e) => sum + Number(/^<(\d+) bytes/.exec(e.body)?.[1] ?? Number.NaN), 0);
  }

  /** Waits for the next CreateTweet (one per post of a thread) that answered (20 s: a release takes < 2 s). */
  createTweet(nth = 0, timeout = 20_000): Promise<LogEntry> {
    return this.waitFor(
      (e) => e.kind === 'create-tweet' && e.status !== undefined && this.entries('create-tweet').indexOf(e) === nth,
      timeout,
    );
  }
}

/** The media ids a CreateTweet carries. */
export function postedIds(entry: LogEntry): string[] {
  const json = entry.json as { variables?: { media?: { media_entities?: Array<{ media_id: string }> } } };
  return json.variables?.media?.media_entities?.map((m) => m.media_id) ?? [];
}

/** The media id a metadata call is for, and its alt text. */
export function metadataOf(entry: LogEntry): { id: string; alt?: string } {
  const json = entry.json as { id: string; metadata?: { alt_text?: { text: string } } };
  return { id: json.id, alt: json.metadata?.alt_text?.text };
}

/** Every metadata call ended before the first CreateTweet started, and the posts carry exactly those ids. */
export function expectMetadataBeforePost(log: LogWindow, ids: string[]): void {
  const calls = log.entries('metadata-v2');
  const creates = log.entries('create-tweet');
  expect(creates.length).toBeGreaterThan(0);
  const firstCreate = Math.min(...creates.map((c) => c.startedAt));
  expect(calls.map((c) => metadataOf(c).id).sort()).toEqual([...ids].sort());
  for (const call of calls) {
    expect(call.status).toBe(200);
    expect(call.endedAt).toBeDefined();
    expect(call.endedAt as number).toBeLessThan(firstCreate);
  }
  expect(creates.flatMap(postedIds).sort()).toEqual([...ids].sort());
}

/** The prompt's groups, one per item: the media id each is for, and its name ("Image 1", "GIF", …). */
export async function promptItems(page: Page): Promise<Array<{ mediaId: string; label: string }>> {
  return page.evaluate(() => {
    const root = document.querySelector('alt-text-for-x')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    return [...(dialog?.querySelectorAll<HTMLFieldSetElement>('fieldset[data-media-id]') ?? [])].map((group) => {
      const labelId = group.getAttribute('aria-labelledby') ?? '';
      return {
        mediaId: group.dataset.mediaId ?? '',
        label: (labelId ? root?.getElementById(labelId)?.textContent : '')?.trim() ?? '',
      };
    });
  });
}

/** Waits until the prompt shows exactly `count` groups (20 s: uploads finish and are shown in < 3 s under load). */
export async function waitForPrompt(page: Page, count: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (document
        .querySelector('alt-text-for-x')
        ?.shadowRoot?.querySelector('[role="dialog"]')
        ?.querySelectorAll('fieldset[data-media-id]').length ?? -1) === n,
    { timeout },
    count,
  );
}

/** 15 s: the prompt closes on the next render, < 1 s. */
export async function waitForPromptClosed(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="dialog"]'),
    { timeout },
  );
}

/** Types into the prompt's "Alt text" field of a media id. */
export async function typeAlt(page: Page, mediaId: string, text: string): Promise<void> {
  const field = await page.waitForSelector(inUi(`fieldset[data-media-id="${mediaId}"] textarea`), { timeout: 15_000 }); // the form for an upload already tied: < 1 s
  await field!.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await field!.type(text);
}

/** The hold dialog (role=alertdialog in our shadow root): waits for it and returns its text (15 s: shown in < 1 s). */
export async function holdText(page: Page, timeout = 15_000): Promise<string> {
  const dialog = await page.waitForSelector(inUi('[role="alertdialog"]'), { timeout });
  return (await dialog!.evaluate((d) => d.textContent ?? '')).trim();
}

/** 20 s: the hold ends once the saves are applied, < 3 s under load. */
export async function waitForHoldGone(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="alertdialog"]'),
    { timeout },
  );
}

/** Clicks the hold dialog's button of that name (exactly one must exist). */
export async function clickHoldButton(page: Page, name: string): Promise<void> {
  const buttons = await buttonsNamed(page, name, inUi('[role="alertdialog"] button'));
  expect(buttons, `hold button "${name}"`).toHaveLength(1);
  await clickVisible(buttons[0]!);
}

/** The names of the hold dialog's buttons. */
export async function holdButtons(page: Page): Promise<string[]> {
  return page.$$eval(inUi('[role="alertdialog"] button'), (buttons) =>
    buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
  );
}

/** Types the post's text into X's text box (post `index` of the composer in `scope`). */
export async function typePost(page: Page, text: string, scope = '#layers', index = 0): Promise<void> {
  await page.click(`${scope} [data-testid="tweetTextarea_${index}"]`);
  await page.type(`${scope} [data-testid="tweetTextarea_${index}"]`, text);
}

/** The pixel width of the image shown for a tile key (the test PNGs' widths tell their files apart). */
export function tileWidth(page: Page, key: string): Promise<number> {
  return page.evaluate((src) => {
    const img = [...document.querySelectorAll<HTMLImageElement>('[data-testid="attachments"] img')].find(
      (i) => i.getAttribute('src') === src,
    );
    return img?.naturalWidth ?? -1;
  }, key);
}
