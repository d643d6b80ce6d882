import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeAndSave, signInWithX, uploadOne, waitForStatus } from './harness/flows';
import { pngFile } from './harness/media-files';
import { ROOT } from './harness/paths';
import { type AxeSummary, attach, composerWithImage, popupWithItem, runAxe } from './harness/popup';
import { ExtensionSession } from './harness/session';
import { buttonsNamed, inUi } from './harness/ui';

/**
 * Issue 16 end to end: the guided setup in Options (a callback URL X refuses, a scope X does not grant, Test
 * connection), the plain advice for media X no longer has, and the interface in Arabic (right to left) and Japanese.
 * The README's screenshots of the guided setup and of the prompt in Arabic are taken here, in Chromium.
 */

const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const PROMPT_CONTEXT = { include: { fromShadowDom: ['alt-text-for-x', '[role="dialog"]'] } };
const byText = (tag: string, text: string) => `xpath///${tag}[normalize-space()="${text}"]`;
const noViolations = (result: AxeSummary) => result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);

async function pageOf(target: Target): Promise<Page> {
  const page = (await target.page()) ?? (await target.asPage());
  if (!page) throw new Error(`No page for ${target.url()}`);
  return page;
}

/** The text of the options page's alert, once it contains `part`. */
async function alertText(options: Page, part: string): Promise<string> {
  // 20 s: the sign-in window's close reaches the background, then the options page, through two message hops.
  const alert = await options.waitForSelector(`xpath///*[@role="alert" and contains(., "${part}")]`, {
    timeout: 20_000,
  });
  return (await alert!.evaluate((e) => e.textContent ?? '')).trim();
}

/** The prompt's dialog heading, once it reads `text` (its language's strings arrive from the background). */
async function waitForPromptHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent === wanted,
    // 15 s: the upload, the tie to its media id, and the catalog message must all have happened.
    { timeout: 15_000 },
    text,
  );
}

describe.each(['chromium', 'firefox'] as const)('setup and languages in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
  });
  afterAll(() => session?.close());

  test('media X no longer has: plain advice to attach it again, X’s words under Details, no Retry', async () => {
    const { control } = session.sim;
    control.setMediaExpiry(1);
    try {
      const { page, mediaId } = await uploadOne(session);
      const init = control.log.entries((e) => e.kind === 'upload-init' && e.status === 200).at(-1)!;
      // The condition is the media's own expiry (1 s after its INIT), not a guess at how long things take.
      await page.waitForFunction((at) => Date.now() > at, { polling: 100, timeout: 5_000 }, init.startedAt + 1_500);
      await describeAndSave(page, 'Too late for X');
      await waitForStatus(page, 'X no longer has this image. Remove it and attach it again.');
      const status = await page.$eval(inUi('.mf-status'), (e) => e.textContent ?? '');
      expect(status).toBe('Failed: X no longer has this image. Remove it and attach it again.');
      expect(status).not.toContain(mediaId);
      expect(await buttonsNamed(page, 'Retry', inUi('fieldset button'))).toHaveLength(0);
      const details = await page.$eval(inUi('.mf-details'), (e) => e.textContent ?? '');
      // X answers a media id it no longer has like one that is not the user's, or as an invalid id (x-api.md).
      expect(details).toMatch(/^Details.*X’s answer: .*(own|expired)/);
      // One call, billed once: nothing was retried by itself.
      expect(control.log.entries((e) => e.kind === 'metadata-v2')).toHaveLength(1);
      await page.close();
    } finally {
      control.setMediaExpiry(86_400);
    }
  });

  test('guided setup: the steps, a copyable callback URL, a Client ID shape check, and a callback-URL error', async () => {
    const { control } = session.sim;
    const clientId = 'Q2FsbGJhY2tNaXNtYXRjaEFwcDoxOmNp01';
    control.registerClient(clientId, { redirectUri: 'https://example.org/callback' });
    const options = await session.openOptions();
    const steps = await options.$$eval('.setup-steps li', (items) => items.map((li) => li.textContent ?? ''));
    expect(steps).toHaveLength(7);
    expect(steps.join(' ')).toContain('Native App');
    expect(steps.join(' ')).toContain('Read and write');
    const callback = await options.$eval('.setup-callback input', (e) => (e as HTMLInputElement).value);
    expect(callback).toMatch(/^https:\/\/[a-z0-9-]+\.(chromiumapp\.org|extensions\.allizom\.org)\/$/);
    expect(await buttonsNamed(options, 'Copy')).toHaveLength(1);

    const field = (await options.waitForSelector(
      'xpath///label[normalize-space()="Client ID"]/following-sibling::input',
    )) as ElementHandle<HTMLInputElement>;
    await field.type('xvz1evFS4wEEPTGEFPHBog123');
    const note = await options.waitForSelector('xpath///span[contains(., "This looks like an API Key")]');
    const describedBy = await field.evaluate((e) => e.getAttribute('aria-describedby'));
    expect(await note!.evaluate((e) => e.id)).toBe(describedBy);
    await field.click({ count: 3 });
    await field.type(clientId);
    expect(await options.$('xpath///span[contains(., "This looks like")]')).toBeNull();
    if (name === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await options.setViewport({ width: 760, height: 1100 });
      const card = await options.$('xpath///h3[normalize-space()="Sign in with X"]/..');
      await card!.screenshot({ path: join(SCREENSHOTS, 'setup.png') });
    }

    // X refuses the redirect_uri on its own page and never comes back. Chromium gives up on an error page by itself;
    // Firefox shows it until the user closes the window, as a person would.
    const since = control.log.entries().at(-1)?.seq ?? 0;
    const isAuthorize = (t: Target) => t.url().startsWith('https://x.com/i/oauth2/authorize');
    // 20 s: the background opens the auth window, which loads X's authorize page.
    const authWindow = session.browser.waitForTarget(isAuthorize, { timeout: 20_000 }).catch(() => undefined);
    await (await options.waitForSelector(byText('button', 'Sign in with X')))!.click();
    const answered = options
      .waitForSelector('xpath///*[@role="alert" and contains(., "callback URL")]', { timeout: 20_000 })
      .then(() => undefined);
    const opened = await Promise.race([authWindow, answered]);
    if (opened) {
      const auth = await pageOf(opened).catch(() => undefined);
      // 15 s: X's error page loading in the auth window. Chromium may already have closed it: nothing to close.
      await auth
        ?.waitForSelector('xpath///*[@role="alert" and contains(., "redirect_uri")]', { timeout: 15_000 })
        .then(() => auth.close())
        .catch(() => {});
    }
    const refused = control.log.entries((e) => e.seq > since && e.kind === 'oauth-authorize');
    // Every load of the authorize page was refused (Firefox may load it twice as the window opens).
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((e) => e.status))).toEqual(new Set([400]));
    const words = await alertText(options, 'callback URL');
    expect(words).toContain('Something went wrong');
    expect(words).toContain(callback);
    expect(control.log.entries((e) => e.kind === 'oauth-token')).toHaveLength(0);
    await options.close();
  });

  test('a scope X did not grant is named after sign-in, and Test connection says media cannot be written', async () => {
    const { control } = session.sim;
    const clientId = 'TWlzc2luZ1Njb3BlQXBwQ2xpZW50OjE6Y2k';
    control.registerClient(clientId, { grantable: ['users.read', 'tweet.read', 'offline.access'] });
    await signInWithX(session, clientId);
    const options = await session.openOptions();
    const warning = await alertText(options, 'did not grant');
    expect(warning).toContain('media.write');
    expect(warning).toContain('descriptions cannot be set');
    await (await options.waitForSelector(byText('button', 'Test connection')))!.click();
    const result = await options.waitForSelector('xpath///p[@role="status" and contains(., "no media.write")]', {
      timeout: 15_000, // one GET /2/users/me through the background
    });
    expect(await result!.evaluate((e) => e.textContent)).toContain('@demo_user');
    expect(control.log.entries((e) => e.kind === 'users-me').at(-1)?.status).toBe(200);
    await options.close();
    // Back to a connection that may write media, for the tests that follow.
    await session.connect();
  });

  test('Arabic: right to left in the prompt, the popup and Options, alt text counted in code points, axe clean', async () => {
    expect((await session.message<{ ok: boolean }>('settings/update', { locale: 'ar' })).ok).toBe(true);
    try {
      // Wide enough for the prompt to sit beside the composer (it is placed once, when it opens).
      const page = await session.openX('/compose/post');
      await page.setViewport({ width: 1100, height: 760 });
      await page.waitForSelector('alt-text-for-x');
      await attach(page, [pngFile('arabic.png', 44)]);
      await waitForPromptHeading(page, 'صف وسائطك');
      const root = await page.$eval(inUi('.page-ui'), (e) => [e.getAttribute('lang'), e.getAttribute('dir')]);
      expect(root).toEqual(['ar', 'rtl']);
      expect(await page.$eval(inUi('[role="dialog"]'), (e) => getComputedStyle(e).direction)).toBe('rtl');
      const textarea = await page.waitForSelector(inUi('textarea'));
      await textarea!.type('قطة 🐱');
      await page.waitForFunction(
        () =>
          document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('.mf-count')?.textContent === '5 / 1000',
        { timeout: 5_000 }, // one render after the last keystroke
      );
      const prompt = await runAxe(page, PROMPT_CONTEXT);
      expect(noViolations(prompt)).toEqual([]);
      expect(prompt.passes.length).toBeGreaterThan(5);
      if (name === 'chromium') {
        // The whole prompt beside the composer, as a person sees it.
        await page.screenshot({ path: join(SCREENSHOTS, 'prompt-ar.png') });
      }

      const { popup } = await popupWithItem(session, page);
      expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ]);
      expect(await buttonsNamed(popup, 'حفظ')).toHaveLength(1);
      expect(noViolations(await runAxe(popup))).toEqual([]);

      const options = await session.openOptions();
      await options.waitForSelector(byText('h2', 'حسابك على X'));
      expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(noViolations(await runAxe(options))).toEqual([]);
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await session.message('settings/update', { locale: 'en' });
    }
  });

  test('Japanese: the prompt, the popup and Options in Japanese, left to right, axe clean', async () => {
    expect((await session.message<{ ok: boolean }>('settings/update', { locale: 'ja' })).ok).toBe(true);
    try {
      const page = await composerWithImage(session);
      await waitForPromptHeading(page, 'メディアの説明');
      expect(await page.$eval(inUi('.page-ui'), (e) => [e.getAttribute('lang'), e.getAttribute('dir')])).toEqual([
        'ja',
        'ltr',
      ]);
      expect(await buttonsNamed(page, '保存', inUi('button'))).toHaveLength(1);
      expect(noViolations(await runAxe(page, PROMPT_CONTEXT))).toEqual([]);

      const { popup } = await popupWithItem(session, page);
      expect(await buttonsNamed(popup, 'その他のオプション')).toHaveLength(1);
      expect(noViolations(await runAxe(popup))).toEqual([]);
      const options = await session.openOptions();
      await options.waitForSelector(byText('h2', 'あなたのXアカウント'));
      expect(noViolations(await runAxe(options))).toEqual([]);
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await session.message('settings/update', { locale: 'en' });
    }
  });

  test('German in a narrow window: nothing cut off or overflowing in Options and the popup', async () => {
    expect((await session.message<{ ok: boolean }>('settings/update', { locale: 'de' })).ok).toBe(true);
    try {
      const page = await composerWithImage(session);
      const { popup } = await popupWithItem(session, page);
      const options = await session.openOptions();
      await options.waitForSelector(byText('h2', 'Ihr X-Konto'));
      for (const [what, target] of [
        ['options', options],
        ['popup', popup],
      ] as const) {
        await target.setViewport({ width: 320, height: 800 });
        const overflowing = await target.evaluate(() => {
          const wide = document.documentElement.scrollWidth > document.documentElement.clientWidth;
          const cut = [...document.querySelectorAll('button, label, h1, h2, h3, p, li, legend, span')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
            .map((e) => (e.textContent ?? '').slice(0, 40));
          return { wide, cut };
        });
        expect(overflowing, what).toEqual({ wide: false, cut: [] });
      }
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await session.message('settings/update', { locale: 'en' });
    }
  });
});
