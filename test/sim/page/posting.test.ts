import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../sim/index';
import { pngFile } from '../../../tools/media-files';
import { attach, type PageRig, startRig, truth, waitPostEnabled } from './harness';

// How the simulated x.com posts (x-composer.md, rows marked new): X's own metadata call before the post request,
// the post paths (CreateTweet, Post all, CreateNoteTweet, CreateScheduledTweet, a renamed button), and the
// keyboard shortcut per platform.

let rig: PageRig;
beforeAll(async () => {
  rig = await startRig();
}, 60_000); // launching Chromium on a shared 2-core machine
afterAll(() => rig?.close());
beforeEach(() => rig.sim.control.reset());

type Page = Awaited<ReturnType<PageRig['open']>>;
const waitFor = (predicate: (e: LogEntry) => boolean) => rig.sim.control.log.waitFor(predicate, 15_000);
const POST = '[role="dialog"] [data-testid="tweetButton"]';

async function typeText(page: Page, text: string, index = 0) {
  await page.click(`[role="dialog"] [data-testid="tweetTextarea_${index}"]`);
  await page.keyboard.type(text);
}

/** Opens X's editor from the post's "Add description" link, types `alt`, Saves. */
async function describeInX(page: Page, alt: string) {
  await page.click('[data-testid="altTextWrapper"]');
  const input = await page.waitForSelector('[data-testid="altTextInput"]');
  await input?.type(alt);
  await page.click('[data-testid="endEditingButton"]');
  await page.waitForSelector('[role="dialog"] [data-testid="attachments"] [role="group"]');
}

describe('X’s own metadata call', () => {
  it('Save keeps the alt text in the page; at Post, metadata/create.json goes before CreateTweet', async () => {
    const page = await rig.open('/compose/post');
    await attach(page, pngFile('described.png', 30), pngFile('plain.png', 31));
    await waitPostEnabled(page);
    await describeInX(page, 'A red kite');
    expect(rig.sim.control.log.entries({ kind: 'metadata-web' })).toHaveLength(0);
    const labels = await page.$$eval('[data-testid="attachments"] [role="group"]', (groups) =>
      groups.map((group) => group.getAttribute('aria-label')),
    );
    expect(labels).toEqual(['A red kite', 'Media']);
    expect(await page.$eval('[data-testid="altTextLabel"]', (span) => span.textContent)).toBe('A red kite');
    await page.click(POST);
    const post = await waitFor((e) => e.kind === 'create-tweet');
    const calls = rig.sim.control.log.entries({ kind: 'metadata-web' });
    const described = (await truth(page)).find((t) => t.file === 'described.png')?.mediaId;
    expect(calls.map((e) => e.json)).toEqual([
      { media_id: described, alt_text: { text: 'A red kite' }, sensitive_media_warning: [] },
    ]);
    expect(calls[0]?.seq).toBeLessThan(post.seq);
    expect(calls[0]?.headers['x-csrf-token']).toMatch(/^[0-9a-f]{32}$/);
    expect(rig.sim.control.metadataHistory(described ?? '')).toEqual([
      expect.objectContaining({ source: 'web', altText: 'A red kite', user: 'demo_user' }),
    ]);
  });

  it('sends flags set in X’s editor, and with metadataForUndescribed also media with nothing set', async () => {
    const page = await rig.open('/compose/post', { metadataForUndescribed: true });
    await attach(page, pngFile('flagged.png', 32), pngFile('nothing.png', 33));
    await waitPostEnabled(page);
    await page.click('[role="dialog"] [aria-label="Flag sensitive media"]');
    const box = await page.waitForSelector('[role="tabpanel"] input[type="checkbox"]');
    await box?.click();
    await page.click('[data-testid="endEditingButton"]');
    await page.waitForSelector(POST);
    await page.click(POST);
    await waitFor((e) => e.kind === 'create-tweet');
    const ids = new Map((await truth(page)).map((t) => [t.file, t.mediaId]));
    const bodies = rig.sim.control.log.entries({ kind: 'metadata-web' }).map((e) => e.json);
    expect(bodies).toEqual([
      { media_id: ids.get('flagged.png'), alt_text: { text: '' }, sensitive_media_warning: ['adult_content'] },
      { media_id: ids.get('nothing.png'), alt_text: { text: '' }, sensitive_media_warning: [] },
    ]);
  });
});

describe('post paths', () => {
  it('“Post all” sends one CreateTweet per post, in order, each replying to the previous', async () => {
    const page = await rig.open('/compose/post');
    await typeText(page, 'first');
    await page.click('[role="dialog"] [data-testid="addButton"]');
    await page.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_1"]');
    await typeText(page, 'second', 1);
    await attach(page, pngFile('thread.png', 34));
    await waitPostEnabled(page);
    expect(await page.$eval(POST, (b) => b.textContent)).toBe('Post all');
    await page.click(POST);
    await waitFor(
      (e) =>
        e.kind === 'create-tweet' &&
        e.seq > 0 &&
        (e.json as { variables: { tweet_text: string } }).variables.tweet_text === 'second',
    );
    const posts = rig.sim.control.log.entries({ kind: 'create-tweet' });
    const variables = posts.map((e) => (e.json as { variables: Record<string, unknown> }).variables);
    expect(variables.map((v) => v.tweet_text)).toEqual(['first', 'second']);
    expect(variables[0]?.reply).toBeUndefined();
    expect(variables[1]?.reply).toMatchObject({ in_reply_to_tweet_id: expect.stringMatching(/^\d{19}$/) });
    const mediaId = (await truth(page))[0]?.mediaId;
    expect((variables[1]?.media as { media_entities: unknown[] } | undefined)?.media_entities).toEqual([
      { media_id: mediaId, tagged_users: [] },
    ]);
  }, 15_000); // typing two posts and a chained pair of requests in a shared-CPU browser

  it('a renamed Post button keeps working under another test id and label', async () => {
    const page = await rig.open('/compose/post', { postButton: 'renamed' });
    await typeText(page, 'renamed');
    expect(await page.$(POST)).toBeNull();
    const button = '[role="dialog"] [data-testid="composerSendButton"]';
    await waitPostEnabled(page, button);
    expect(await page.$eval(button, (b) => b.textContent)).toBe('Send post');
    await page.click(button);
    const post = await waitFor((e) => e.kind === 'create-tweet');
    expect((post.json as { variables: { tweet_text: string } }).variables.tweet_text).toBe('renamed');
  });

  it('a post over 280 characters: Post stays disabled, unless longPosts, then CreateNoteTweet', async () => {
    const long = 'word '.repeat(60).trim();
    let page = await rig.open('/compose/post');
    await typeText(page, long);
    expect(await page.$eval(POST, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    page = await rig.open('/compose/post', { longPosts: true });
    await typeText(page, long);
    await waitPostEnabled(page);
    await page.click(POST);
    const note = await waitFor((e) => e.kind === 'create-note-tweet');
    expect(note.status).toBe(200);
    expect(note.path).toMatch(/^\/i\/api\/graphql\/[\w-]+\/CreateNoteTweet$/);
    expect((note.json as { variables: { tweet_text: string; media: unknown } }).variables).toMatchObject({
      tweet_text: long,
      media: { media_entities: [], possibly_sensitive: false },
    });
    expect(rig.sim.control.log.entries({ kind: 'create-tweet' })).toHaveLength(0);
  }, 20_000); // typing 300 characters twice in a shared-CPU browser

  it('a scheduled post: /compose/post/schedule, Confirm, the button reads Schedule, CreateScheduledTweet', async () => {
    const page = await rig.open('/compose/post');
    await typeText(page, 'later');
    await attach(page, pngFile('scheduled.png', 35));
    await waitPostEnabled(page);
    await page.click('[role="dialog"] [data-testid="scheduleOption"]');
    await page.waitForSelector('[data-testid="scheduledConfirmationPrimaryAction"]');
    expect(new URL(page.url()).pathname).toBe('/compose/post/schedule');
    await page.click('[data-testid="scheduledConfirmationPrimaryAction"]');
    await page.waitForSelector(POST);
    expect(await page.$eval(POST, (b) => b.textContent)).toBe('Schedule');
    await page.click(POST);
    const scheduled = await waitFor((e) => e.kind === 'create-scheduled-tweet');
    const mediaId = (await truth(page))[0]?.mediaId;
    expect(scheduled.status).toBe(200);
    expect(scheduled.json).toEqual({
      variables: {
        post_tweet_request: {
          auto_populate_reply_metadata: false,
          status: 'later',
          exclude_reply_user_ids: [],
          media_ids: [mediaId],
        },
      },
      execute_at: expect.any(Number),
      queryId: expect.any(String),
    });
    const executeAt = (scheduled.json as { execute_at: number }).execute_at;
    expect(executeAt).toBeGreaterThan(Date.now() / 1000 + 3000);
    expect(rig.sim.control.log.entries({ kind: 'create-tweet' })).toHaveLength(0);
  });
});

describe('keyboard shortcut', () => {
  /**
   * Whether the shortcut posts. Key handling is synchronous: a shortcut that posts has disabled Post (or closed
   * the composer) by the time the key is up, and its CreateTweet then arrives; one that does not leaves Post enabled.
   */
  async function postsWith(platform: 'mac' | 'other', modifiers: string[]) {
    const page = await rig.open('/compose/post', { platform });
    await typeText(page, `shortcut ${modifiers.join('+')}`);
    await waitPostEnabled(page);
    for (const key of modifiers) await page.keyboard.down(key as 'Control');
    await page.keyboard.press('Enter');
    for (const key of modifiers) await page.keyboard.up(key as 'Control');
    const stillEnabled = await page.evaluate(
      (selector) => (document.querySelector(selector) as HTMLButtonElement | null)?.disabled === false,
      POST,
    );
    if (stillEnabled) return false;
    const post = await waitFor((e) => e.kind === 'create-tweet');
    expect((post.json as { variables: { tweet_text: string } }).variables.tweet_text).toBe(
      `shortcut ${modifiers.join('+')}`,
    );
    return true;
  }

  it('macOS: Cmd+Enter posts, Ctrl+Enter does nothing', async () => {
    expect(await postsWith('mac', ['Control'])).toBe(false);
    expect(await postsWith('mac', ['Meta'])).toBe(true);
  });

  it('elsewhere: Ctrl+Enter posts, Ctrl+Alt+Enter and Cmd+Enter do nothing', async () => {
    expect(await postsWith('other', ['Control', 'Alt'])).toBe(false);
    expect(await postsWith('other', ['Meta'])).toBe(false);
    expect(await postsWith('other', ['Control'])).toBe(true);
    expect(rig.sim.control.log.entries({ kind: 'create-tweet' })).toHaveLength(1);
  });
});
