import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attach } from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';

describe.each(['chromium', 'firefox'] as const)('the harness in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
  });
  afterAll(() => session?.close());

  test('the extension loads and its content script runs on the simulated composer', async () => {
    const page = await session.openX('/compose/post');
    await page.waitForSelector('[data-testid="tweetTextarea_0"]');
    await page.waitForSelector('alt-text-for-x', { timeout: 10_000 }); // the content script's host element: < 1 s under load
    expect(await page.$$eval('alt-text-for-x', (hosts) => hosts.length)).toBe(1);
    await page.close();
  });

  test('a timeline page runs no UI; it loads once the user composes, and the tile gets its badge', async () => {
    const page = await session.openX('/home');
    await page.waitForSelector('alt-text-for-x', { timeout: 10_000 }); // the content script's host: < 1 s under load
    // The page's UI brings its styles: none in our shadow root means the UI script has not run.
    const uiLoaded = () => page.$eval('alt-text-for-x', (host) => host.shadowRoot?.querySelector('style') !== null);
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForSelector('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
    expect(await uiLoaded()).toBe(false);
    await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
    await page.waitForFunction(
      () => document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('style') !== null,
      { timeout: 10_000 }, // one script from the extension's own files: < 1 s under load
    );
    await attach(page, [pngFile('first-need.png', 40)], '[data-testid="primaryColumn"]');
    await page.waitForSelector('[data-testid="primaryColumn"] alt-text-for-x-badge', { timeout: 15_000 }); // < 2 s
    expect(await uiLoaded()).toBe(true);
    await page.close();
  });

  test('the options page renders and the background reaches the simulated API over HTTPS', async () => {
    const { accessToken } = session.sim.control.issueToken({ username: 'demo_user' });
    const options = await session.openOptions();
    await options.locator('::-p-text(Your X account)').wait();
    await options.type('input[type="password"]', accessToken);
    const saveToken = await options.waitForSelector('xpath///button[normalize-space()="Save token"]');
    await saveToken!.click();
    await options.waitForSelector('xpath///*[@role="status" and contains(., "Connected as @demo_user")]', {
      timeout: 15_000, // the token checked with the simulator's users/me: < 2 s under load
    });
    const calls = session.sim.control.log.entries({ kind: 'users-me' });
    expect(calls.at(-1)).toMatchObject({ host: 'api.x.com', status: 200 });
    expect(calls.at(-1)?.headers.authorization).toBe(`Bearer ${accessToken}`);
    await options.close();
  });

  test('the popup renders', async () => {
    const popup = await session.openPopup();
    expect(await popup.$eval('body', (body) => body.textContent ?? '')).toContain('Alt text for X');
    await popup.close();
  });
});
