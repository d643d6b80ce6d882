import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { LogEntry } from '../../sim';
import {
  attach,
  Background,
  clickHoldButton,
  LogWindow,
  metadataOf,
  openWide,
  typeAlt,
  typePost,
  waitForPrompt,
} from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { buttonsNamed, clickVisible, inUi } from './harness/ui';

/**
 * The guard at the post request (issue 13): whichever way X sends a post — a renamed button, "Post all", a long post
 * (CreateNoteTweet), a scheduled one (CreateScheduledTweet), Data Saver's upload at Post — its request leaves only
 * after the metadata of its media was applied, or the user chose. The extension going away lets a waiting request go
 * within a second. And if X refuses metadata on the page's own upload, the post carries an upload made again with
 * the user's app.
 */

const POST_KINDS = ['create-tweet', 'create-note-tweet', 'create-scheduled-tweet'] as const;

/** The media ids a post request carries, whatever its operation. */
function carried(entry: LogEntry): string[] {
  const variables = (entry.json as { variables?: Record<string, unknown> } | undefined)?.variables ?? {};
  const media = variables.media as { media_entities?: Array<{ media_id: string }> } | undefined;
  const scheduled = variables.post_tweet_request as { media_ids?: string[] } | undefined;
  return [...(media?.media_entities?.map((m) => m.media_id) ?? []), ...(scheduled?.media_ids ?? [])];
}

function postRequests(log: LogWindow): LogEntry[] {
  return POST_KINDS.flatMap((kind) => log.entries(kind));
}

/**
 * Every id got its metadata before the first post request arrived (the simulator's own time of each write and of
 * each arrival, one clock), and the posts carry exactly those ids.
 */
function expectAppliedBeforePost(session: ExtensionSession, log: LogWindow, ids: string[]): void {
  const posts = postRequests(log);
  expect(posts.length).toBeGreaterThan(0);
  const first = Math.min(...posts.map((p) => p.startedAt));
  const calls = log.entries('metadata-v2').filter((c) => c.status === 200);
  expect([...new Set(calls.map((c) => metadataOf(c).id))].sort()).toEqual([...ids].sort());
  for (const id of ids) expect(appliedAt(session, id), `metadata of ${id}`).toBeLessThan(first);
  expect(posts.flatMap(carried).sort()).toEqual([...ids].sort());
}

/**
 * The hold dialog's text, polled: it lives in our shadow root, where a mutation-based wait of the light DOM would not
 * look again, and at the request it may show only while the calls take.
 */
async function shownHold(page: Page): Promise<string> {
  const dialog = await page.waitForFunction(
    () => document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="alertdialog"]')?.textContent,
    { polling: 50, timeout: 15_000 },
  );
  return String(await dialog.jsonValue());
}

/** When X (the simulator) took our metadata for an id. */
function appliedAt(session: ExtensionSession, id: string | undefined): number {
  const write = session.sim.control.metadataHistory(id ?? '').find((w) => w.source === 'v2');
  return write?.at ?? Number.POSITIVE_INFINITY;
}

describe.each(['chromium', 'firefox'] as const)('the guard at the post request in %s', (name) => {
  let session: ExtensionSession;
  let background: Background;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
    background = await Background.open(session);
  });
  afterEach(async () => {
    session.sim.control.clearFaults();
    session.sim.control.setWeb({
      postButton: 'standard',
      longPosts: false,
      dataSaver: false,
      appScopedOwnership: false,
    });
    await page?.close();
    page = undefined;
  });
  afterAll(() => session?.close());

  async function composerWith(count: number, rule: 'allow' | 'remind' | 'require', prefix: string) {
    await background.setRule(rule);
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(
      page,
      Array.from({ length: count }, (_, i) => pngFile(`${prefix}-${i}.png`, 40 + 17 * i, 48, 7 + i)),
    );
    const items = (await background.waitForItems(tabId, count)).sort((a, b) => a.index - b.index);
    await waitForPrompt(page, count);
    return { page, tabId, log, ids: items.map((i) => i.mediaId as string) };
  }

  test('a renamed Post button (the DOM hold cannot know it): the request waits until the typed descriptions are applied', async () => {
    session.sim.control.setWeb({ postButton: 'renamed' });
    const { page, log, ids } = await composerWith(2, 'remind', 'renamed');
    session.sim.control.inject({ target: 'metadata-v2', mode: 'latency', ms: 2_000, count: Number.POSITIVE_INFINITY });
    await typePost(page, 'Renamed button');
    await typeAlt(page, ids[0]!, 'First photo');
    await typeAlt(page, ids[1]!, 'Second photo');
    await page.click('#layers [data-testid="composerSendButton"]');
    // Our "Your post is waiting" shows while the request waits at the page world (the calls take 2 s each).
    expect(await shownHold(page)).toMatch(/waiting|Saving/i);
    await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined, 30_000); // two 1 s calls + posting
    expectAppliedBeforePost(session, log, ids);
  });

  test('"Post all" in a thread: every post request waits, each carries its own described media', async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('all-0.png', 44, 48, 3)]);
    await page.click('#layers [data-testid="addButton"]');
    await page.waitForSelector('#layers [data-testid="tweetTextarea_1"]', { timeout: 10_000 });
    const inputs = await page.$$('#layers input[data-testid="fileInput"]');
    await inputs.at(-1)!.uploadFile(pngFile('all-1.png', 61, 48, 4));
    const items = await background.waitForItems(tabId, 2);
    expect(items.map((i) => i.post).sort()).toEqual([0, 1]); // each post's index from its own editor
    await typePost(page, 'First post', '#layers', 0);
    await typePost(page, 'Second post', '#layers', 1);
    await waitForPrompt(page, 2);
    for (const item of items) await typeAlt(page, item.mediaId as string, `Post ${item.post}`);
    session.sim.control.setWeb({ postButton: 'renamed' }); // "Post all" under a name the DOM hold does not know
    await page.evaluate(() => {
      const button = document.querySelector<HTMLElement>('#layers [data-testid="tweetButton"]');
      if (button) button.dataset.testid = 'composerSendButton';
    });
    await page.click('#layers [data-testid="composerSendButton"]');
    await log.waitFor(
      (e) => e.kind === 'create-tweet' && e.status !== undefined && log.entries('create-tweet').length === 2,
    );
    // Each post request left only after the metadata of the media it carries was applied.
    const posts = log.entries('create-tweet');
    const idOfPost = (post: number) => items.find((i) => i.post === post)?.mediaId;
    expect(posts.map(carried)).toEqual([[idOfPost(0)], [idOfPost(1)]]);
    for (const post of posts) expect(appliedAt(session, carried(post)[0])).toBeLessThan(post.startedAt);
  });

  test('a long post (CreateNoteTweet) waits for its metadata', async () => {
    session.sim.control.setWeb({ longPosts: true, postButton: 'renamed' });
    const { page, log, ids } = await composerWith(1, 'remind', 'note');
    await typePost(page, 'A long post. '.repeat(25)); // 325 characters: over 280, a note post
    await typeAlt(page, ids[0]!, 'A long post’s photo');
    await page.click('#layers [data-testid="composerSendButton"]');
    await log.waitFor((e) => e.kind === 'create-note-tweet' && e.status !== undefined);
    expectAppliedBeforePost(session, log, ids);
  });

  test('a scheduled post (CreateScheduledTweet) waits for its metadata', async () => {
    const { page, log, ids } = await composerWith(1, 'remind', 'scheduled');
    await typePost(page, 'Later');
    await typeAlt(page, ids[0]!, 'A scheduled photo');
    await page.click('#layers [data-testid="scheduleOption"]');
    await page.click('[data-testid="scheduledConfirmationPrimaryAction"]');
    await page.waitForSelector('#layers [data-testid="tweetButton"]', { timeout: 10_000 });
    await page.click('#layers [data-testid="tweetButton"]');
    await log.waitFor((e) => e.kind === 'create-scheduled-tweet' && e.status !== undefined);
    expectAppliedBeforePost(session, log, ids);
  });

  test('Data Saver (uploads only at Post): the request waits for the upload, the description, and its call', async () => {
    session.sim.control.setWeb({ dataSaver: true });
    await background.setRule('require');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('saver.png', 52, 48, 9)]);
    await typePost(page, 'Data Saver');
    expect(log.entries('upload-init')).toHaveLength(0); // nothing leaves before Post
    await page.click('#layers [data-testid="tweetButton"]');
    // The upload happens now; the post request is held at the request: Require asks for a description.
    await shownHold(page);
    const [item] = await background.waitForItems(tabId, 1);
    expect(postRequests(log)).toHaveLength(0);
    await clickHoldButton(page, 'Add a description');
    await waitForPrompt(page, 1);
    await typeAlt(page, item!.mediaId as string, 'Saved at Post');
    const [save] = await buttonsNamed(page, 'Save', inUi(`fieldset[data-media-id="${item!.mediaId}"] button`));
    await clickVisible(save!);
    await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined, 30_000);
    expectAppliedBeforePost(session, log, [item!.mediaId as string]);
  });

  test('the extension reloaded while a request waits: the request goes out unchanged within 1 s', async () => {
    session.sim.control.setWeb({ postButton: 'renamed' });
    const { page, log, ids } = await composerWith(1, 'remind', 'reload');
    session.sim.control.inject({ target: 'metadata-v2', mode: 'hang', count: Number.POSITIVE_INFINITY });
    await typePost(page, 'Reloaded mid-hold');
    await typeAlt(page, ids[0]!, 'Never applied');
    await page.click('#layers [data-testid="composerSendButton"]');
    await shownHold(page);
    expect(postRequests(log)).toHaveLength(0);
    const reloader = await session.openExtensionPage('options.html', 'body');
    const reloadedAt = Date.now();
    await reloader
      .evaluate(() => {
        type Runtime = { runtime: { reload(): void } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        (scope.browser ?? scope.chrome).runtime.reload();
      })
      .catch(() => {}); // the page goes with the extension
    const post = await log.waitFor((e) => e.kind === 'create-tweet', 10_000);
    // The sim stamps arrival with its own clock (the same machine): within a second of the reload, plus the hop.
    expect(post.startedAt - reloadedAt).toBeLessThan(1_000 + 250);
    expect(carried(post)).toEqual(ids);
    background = await Background.open(session).catch(() => background);
  });
});

describe.each(['chromium', 'firefox'] as const)('when X refuses metadata on the page’s own upload, in %s', (name) => {
  let session: ExtensionSession;
  let background: Background;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
    background = await Background.open(session);
    await background.setRule('remind');
  });
  afterEach(async () => {
    session.sim.control.setWeb({ appScopedOwnership: false });
    await page?.close();
    page = undefined;
  });
  afterAll(() => session?.close());

  async function postTwoDescribed(prefix: string) {
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile(`${prefix}-a.png`, 45, 48, 1), pngFile(`${prefix}-b.png`, 66, 48, 2)]);
    const items = await background.waitForItems(tabId, 2);
    await waitForPrompt(page, 2);
    for (const item of items) await typeAlt(page, item.mediaId as string, `Described ${item.index}`);
    await typePost(page, prefix);
    await page.click('#layers [data-testid="tweetButton"]');
    const post = await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined, 40_000);
    return { log, items, post, tabId };
  }

  test('app-scoped ownership on: the media go up again with the user’s app, and the post carries the described copies', async () => {
    session.sim.control.setWeb({ appScopedOwnership: true });
    const { log, items, post, tabId } = await postTwoDescribed('app-scoped');
    const pageIds = items.map((i) => i.mediaId as string);
    const appIds = log
      .entries('media-v2-finalize')
      .filter((e) => e.status === 200)
      .map((e) => /\/2\/media\/upload\/(\d+)\/finalize/.exec(e.path)?.[1]);
    expect(appIds).toHaveLength(2);
    expect(carried(post).sort()).toEqual([...appIds].sort());
    expect(carried(post).some((id) => pageIds.includes(id))).toBe(false);
    for (const appId of appIds) {
      const alt = session.sim.control.mediaMetadata(appId as string)?.metadata as { alt_text?: { text: string } };
      expect(alt?.alt_text?.text).toMatch(/^Described [01]$/);
    }
    // Told once, plainly, on the item.
    const state = await background.tab(tabId).catch(() => undefined);
    expect(state?.items.every((i) => i.reuploadedAs !== undefined) ?? true).toBe(true);
  });

  test('app-scoped ownership off: no upload again at all', async () => {
    const { log, items, post } = await postTwoDescribed('web-scoped');
    expect(log.entries('media-v2-init')).toHaveLength(0);
    expect(carried(post).sort()).toEqual(items.map((i) => i.mediaId as string).sort());
  });
});
