import type { ElementHandle, Page, Target } from 'puppeteer-core';
import type { LogEntry } from '../../../sim';
import { pngFile } from './media-files';
import type { ExtensionSession } from './session';
import { buttonsNamed, clickVisible, inUi, waitForUi } from './ui';

/**
 * User journeys shared by the account and fault tests: sign in through X's authorize page, paste a token, and
 * describe one uploaded image in the prompt on x.com.
 */

const byText = (tag: string, text: string) => `xpath///${tag}[normalize-space()="${text}"]`;

/** The options page's account line once it says `text` (20 s: a token check with the simulator takes < 2 s). */
export async function waitForAccountLine(options: Page, text: string, timeout = 20_000): Promise<void> {
  await options.waitForSelector(`xpath///*[@role="status" and contains(., "${text}")]`, { timeout });
}

/** The page of a browser target (puppeteer names popup windows' targets differently per browser). */
async function pageOf(target: Target): Promise<Page> {
  const page = (await target.page()) ?? (await target.asPage());
  if (!page) throw new Error(`No page for ${target.url()}`);
  return page;
}

/**
 * Options → Client ID → "Sign in with X" → the authorize page the browser opens for identity.launchWebAuthFlow →
 * "Authorize app" → the options page says who is connected. Returns the authorize request the simulator saw.
 */
export async function signInWithX(session: ExtensionSession, clientId = 'demo-client-id'): Promise<LogEntry> {
  const { log } = session.sim.control;
  const since = log.entries().at(-1)?.seq ?? 0;
  const options = await session.openOptions();
  try {
    const field = (await options.waitForSelector(
      'xpath///label[normalize-space()="Client ID"]/following-sibling::input',
    )) as ElementHandle<HTMLInputElement>;
    await field.type(clientId);
    const authorizePage = session.browser.waitForTarget((t) => t.url().startsWith('https://x.com/i/oauth2/authorize'), {
      timeout: 20_000, // the auth flow's window opens: < 3 s under load
    });
    const button = await options.waitForSelector(byText('button', 'Sign in with X'));
    await button!.click();
    const auth = await pageOf(await authorizePage);
    const allow = await auth.waitForSelector(byText('button', 'Authorize app'), { timeout: 15_000 }); // the simulator's page: < 1 s
    await allow!.click();
    // The exchange and the account check, then the page's words (it may already have said "Connected" before).
    await log.waitFor((e) => e.seq > since && e.kind === 'users-me' && e.status !== undefined, 20_000); // token exchange + check: < 2 s
    await waitForAccountLine(options, 'Connected as @demo_user (signed in with X)');
    return log.entries((e) => e.seq > since && e.kind === 'oauth-authorize' && e.method === 'GET')[0]!;
  } finally {
    await options.close();
  }
}

/**
 * Options → "Access token" → "Save token"; resolves once the page shows `expect` (the account line or an alert).
 * `after` looks at the options page before it closes.
 */
export async function pasteToken(
  session: ExtensionSession,
  token: string,
  expect: string,
  after?: (options: Page) => Promise<void>,
): Promise<void> {
  const options = await session.openOptions();
  try {
    const field = (await options.waitForSelector(
      'xpath///label[normalize-space()="Access token"]/following-sibling::input',
    )) as ElementHandle<HTMLInputElement>;
    await field.type(token);
    const button = await options.waitForSelector(byText('button', 'Save token'));
    await button!.click();
    await options.waitForSelector(`xpath///*[(@role="status" or @role="alert") and contains(., "${expect}")]`, {
      timeout: 20_000,
    });
    await after?.(options);
  } finally {
    await options.close();
  }
}

let files = 0;

/** Opens the composer, attaches one new image, and waits for the prompt's form for it. Returns its media id. */
export async function uploadOne(session: ExtensionSession): Promise<{ page: Page; mediaId: string }> {
  const { log } = session.sim.control;
  const since = log.entries().at(-1)?.seq ?? 0;
  const page = await session.openX('/compose/post');
  await page.waitForSelector('alt-text-for-x');
  const input = (await page.waitForSelector(
    '#layers input[data-testid="fileInput"]',
  )) as ElementHandle<HTMLInputElement>;
  files++;
  await input.uploadFile(pngFile(`upload-${files}.png`, 30 + files));
  const finalized = await log.waitFor((e) => e.seq > since && e.kind === 'upload-finalize' && e.status === 200, 20_000); // one upload: < 3 s under load
  const mediaId = finalized.query.media_id ?? new URLSearchParams(finalized.body).get('media_id') ?? '';
  await waitForUi(page, 'textarea', 1, 20_000); // the prompt's form once tied: < 1 s after FINALIZE
  return { page, mediaId };
}

/** Types the description in the prompt's (only) form and clicks its Save. */
export async function describeAndSave(page: Page, text: string): Promise<void> {
  const textarea = await page.waitForSelector(inUi('textarea'));
  await textarea!.type(text);
  const [save] = await buttonsNamed(page, 'Save', inUi('button'));
  if (!save) throw new Error('No Save button in the prompt');
  await clickVisible(save);
}

/** The text of the item's status line in the prompt. */
export function statusText(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('.mf-status')?.textContent?.trim() ?? '',
  );
}

/** Waits until the prompt's status line contains `text` (30 s: a save with one retry takes < 10 s under load). */
export async function waitForStatus(page: Page, text: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) =>
        (document.querySelector('alt-text-for-x')?.shadowRoot?.querySelector('.mf-status')?.textContent ?? '').includes(
          wanted,
        ),
      { timeout, polling: 200 },
      text,
    );
  } catch (error) {
    throw new Error(`The status never said "${text}" (it says "${await statusText(page).catch(() => '?')}"): ${error}`);
  }
}

/** The metadata-v2 calls the simulator received for one media id, in order. */
export function metadataCalls(session: ExtensionSession, mediaId: string): LogEntry[] {
  return session.sim.control.log.entries(
    (e) => e.kind === 'metadata-v2' && (e.json as { id?: string } | undefined)?.id === mediaId,
  );
}
