import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { Simulator } from '../sim';
import { pngFile } from '../tools/media-files';
import { activeTabId, buttonsNamed, clickVisible, inUi, waitForUi } from '../tools/page-ui';

export interface WalkThrough {
  browser: Browser;
  sim: Simulator;
  extensionOrigin: string;
  output: string;
  note(line: string): void;
  /** Headed demo: connect the account and open the composer, then leave the browser to the person. */
  stopAfterConnect: boolean;
}

/** The main flow, as a person does it, with a screenshot at each step. Returns the screenshots' file names. */
export async function walkThrough({
  browser,
  sim,
  extensionOrigin,
  output,
  note,
  stopAfterConnect,
}: WalkThrough): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    await page.screenshot({ path: join(output, name) });
    shots.push(name);
  };

  note('Connect the demo account (options page, "Access token", "Save token").');
  const { accessToken } = sim.control.issueToken({ username: 'demo_user' });
  const options = await browser.newPage();
  await options.goto(`${extensionOrigin}/options.html`);
  await options.waitForSelector('input[type="password"]');
  await options.type('input[type="password"]', accessToken);
  await (await buttonsNamed(options, 'Save token'))[0]?.click();
  await options.waitForFunction(() => document.body.textContent?.includes('Connected as @demo_user'), {
    timeout: 15_000,
  });
  await shoot(options, 'options.png');

  const page = await browser.newPage();
  await page.goto('https://x.com/compose/post', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('alt-text-for-x');
  await options.close();
  if (stopAfterConnect) return shots;

  note('Attach two images to the composer: the prompt asks for descriptions at once.');
  const input = (await page.waitForSelector(
    '#layers input[data-testid="fileInput"]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(pngFile('sunset.png', 90, 60, 7), pngFile('harbour.png', 120, 60, 11));
  await waitForUi(page, 'textarea', 2);
  const fields = await page.$$(inUi('textarea'));
  await fields[0]?.type('A sunset over the sea, orange sky fading to purple.');
  await fields[1]?.type('Fishing boats moored in a small harbour at dawn.');
  await shoot(page, 'prompt.png');

  note('Save the first description: it is applied on X through the API.');
  const [firstSave] = await buttonsNamed(page, 'Save', inUi('button'));
  if (firstSave) await clickVisible(firstSave);
  await sim.control.log.waitFor((e) => e.kind === 'metadata-v2' && e.status === 200, 15_000);

  note('The toolbar popup shows the same items, with their state.');
  const popup = await openPopupFor(browser, extensionOrigin, page);
  await popup.waitForFunction(() => document.body.textContent?.includes('Applied'), { timeout: 10_000 });
  await shoot(popup, 'popup.png');
  await page.bringToFront();

  note('Post with the second description typed but not saved, and X slow to answer: the post waits for it.');
  sim.control.inject({ target: 'metadata-v2', mode: 'latency', ms: 2500, count: 1 });
  await page.keyboard.press('Escape');
  await page.type('#layers [data-testid="tweetTextarea_0"]', 'Evening walk by the harbour.');
  await page.click('#layers [data-testid="tweetButton"]');
  await waitForUi(page, '[role="alertdialog"]');
  await shoot(page, 'held-post.png');
  const created = await sim.control.log.waitFor((e) => e.kind === 'create-tweet', 20_000);
  note('The post went out once both descriptions were applied:');
  for (const entry of sim.control.log.entries((e) => e.kind === 'metadata-v2' || e.kind === 'create-tweet')) {
    note(`  #${entry.seq} ${entry.method} ${entry.host}${entry.path} → ${entry.status ?? '…'}`);
  }
  note(`CreateTweet #${created.seq} carries the media ids that received their metadata first.`);

  note('The popup lists what reached X (History).');
  await popup.bringToFront();
  await popup.reload();
  await popup.waitForSelector('main');
  const [history] = await buttonsNamed(popup, 'History');
  await history?.click();
  await popup.waitForFunction(() => document.body.textContent?.includes('Recently applied'), { timeout: 10_000 });
  await shoot(popup, 'popup-history.png');
  return shots;
}

/** The popup for a tab, as "pop out" opens it: popup.html?tab=<id>, sized like the toolbar popup. */
async function openPopupFor(browser: Browser, extensionOrigin: string, page: Page): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 420, height: 640 });
  await popup.goto(`${extensionOrigin}/options.html`);
  const tabId = await activeTabId(popup, page);
  await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main');
  await popup.bringToFront();
  return popup;
}
