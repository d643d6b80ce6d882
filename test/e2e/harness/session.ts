import type { Browser, CDPSession, Page, Target, WebWorker } from 'puppeteer-core';
import { type Simulator, startSimulator } from '../../../sim';
import { activeTabId, waitForDocument } from '../../../tools/page-ui';
import { launch } from './launch';
import type { BrowserName } from './paths';

/** The page Firefox makes for an extension's background scripts (MV3 event page). */
const FIREFOX_BACKGROUND_PAGE = '/_generated_background_page.html';

export interface ConsoleLine {
  context: 'page' | 'extension-page' | 'background';
  url: string;
  text: string;
}

export interface SessionOptions {
  /** Firefox: suspend an idle background page after this many ms (to prove work survives suspension). */
  firefoxIdleMs?: number;
  /** A profile directory kept across `restart()` (the browser's storage, the extension's storage and IndexedDB). */
  userDataDir?: string;
}

/**
 * One browser with the built extension installed, pointed at a fresh X simulator. What a test needs: open x.com
 * pages and the extension's pages, find a tab's id, stop the background, and read every console line.
 */
export class ExtensionSession {
  readonly console: ConsoleLine[] = [];

  private constructor(
    readonly name: BrowserName,
    private current: Browser,
    readonly sim: Simulator,
    readonly extensionOrigin: string,
    private readonly options: SessionOptions,
  ) {}

  get browser(): Browser {
    return this.current;
  }

  static async start(name: BrowserName, options: SessionOptions = {}): Promise<ExtensionSession> {
    const sim = await startSimulator({ quiet: true });
    try {
      const { browser, extensionOrigin } = await launch(name, { simPort: sim.port, simHosts: sim.hosts, ...options });
      const session = new ExtensionSession(name, browser, sim, extensionOrigin, options);
      session.collectConsole();
      return session;
    } catch (error) {
      await sim.close();
      throw error;
    }
  }

  /** Opens an https://x.com/… page (served by the simulator). */
  async openX(path = '/home'): Promise<Page> {
    const page = await this.browser.newPage();
    this.watchPage(page);
    await page.goto(`https://x.com${path}`, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /**
   * Opens one of the extension's pages and waits until `ready` (a CSS selector) matches in it: by default, until the
   * page has rendered. The wait asks the page itself whether it is the extension page yet (tools/page-ui.ts says why
   * a selector wait begun on about:blank is not enough in Firefox).
   */
  async openExtensionPage(path: string, ready = '#app > *'): Promise<Page> {
    const page = await this.browser.newPage();
    this.watchPage(page);
    const url = `${this.extensionOrigin}/${path}`;
    try {
      // Firefox over WebDriver BiDi never resolves goto() for moz-extension:// pages (no load event reaches it).
      if (this.name === 'firefox') page.goto(url).catch(() => {});
      else await page.goto(url);
      // An extension page is up in about 1 s on two loaded cores (1.5 s at most seen): 20 s means it is not coming.
      await waitForDocument(page, url, ready, 20_000);
      return page;
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
  }

  openOptions(): Promise<Page> {
    return this.openExtensionPage('options.html');
  }

  async openPopup(forPage?: Page): Promise<Page> {
    const query = forPage ? `?tab=${await this.tabIdOf(forPage)}` : '';
    return this.openExtensionPage(`popup.html${query}`);
  }

  /**
   * The browser's tab id of a page. Without the "tabs" permission the extension cannot read tab URLs, so: open a
   * helper page, bring the target page to the front, and ask from the helper which tab is active.
   */
  async tabIdOf(page: Page): Promise<number> {
    const helper = await this.openExtensionPage('options.html', 'body');
    try {
      return await activeTabId(helper, page);
    } finally {
      await helper.close();
      await page.bringToFront();
    }
  }

  /** Sends a message to the background as the extension's own pages do (a test's shortcut through the UI). */
  async message<T = unknown>(type: string, payload: unknown = {}): Promise<T> {
    const page = await this.openExtensionPage('options.html', 'body');
    try {
      return (await page.evaluate(
        (message) => {
          type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
          const api = scope.browser ?? scope.chrome;
          // Says where it was asked if it ever is not the extension's document (waitForDocument checks for the API).
          if (!api) throw new Error(`No extension API in ${location.href} (${document.readyState})`);
          return api.runtime.sendMessage(message);
        },
        { type, payload },
      )) as T;
    } finally {
      await page.close();
    }
  }

  /** Connects the simulator's demo user (or another) with a pasted token, as the options page would. */
  async connect(username = 'demo_user', options: { suggestions?: boolean } = {}): Promise<string> {
    const { accessToken } = this.sim.control.issueToken({ username });
    const reply = await this.message<{ ok: boolean }>('account/connect-token', { token: accessToken });
    if (!reply.ok) throw new Error(`Could not connect ${username}: ${JSON.stringify(reply)}`);
    // Reading text in every test picture would load two cores with OCR for nothing: only the files about
    // suggestions ask for them.
    if (!options.suggestions) await this.message('suggest/settings-update', { ocr: false, earlier: false });
    return accessToken;
  }

  /**
   * Stops the background as the browser would when idle. Chromium: CDP's ServiceWorker.stopAllWorkers. Firefox has
   * no such command: launch with `firefoxIdleMs`, and this waits until the idle timeout has suspended it (its page
   * leaves extension.getViews(), which an extension page can ask without waking it).
   */
  async stopBackground(): Promise<void> {
    if (this.name === 'chromium') {
      const page = (await this.browser.pages())[0] ?? (await this.browser.newPage());
      const cdp: CDPSession = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      return;
    }
    if (!this.options.firefoxIdleMs)
      throw new Error('stopBackground() in Firefox needs a session started with firefoxIdleMs');
    const helper = await this.openExtensionPage('options.html', 'body');
    try {
      type Scope = { browser: { extension: { getViews(): Window[] } }; __xmmBackground?: Window };
      // The background's window as it is now: once suspended, that window is gone for good, even if something
      // (a content script noticing the lost connection) starts a new background at once.
      const running = await helper.evaluate((backgroundPage) => {
        const scope = globalThis as unknown as Scope;
        scope.__xmmBackground = scope.browser.extension.getViews().find((v) => v.location.pathname === backgroundPage);
        return scope.__xmmBackground !== undefined;
      }, FIREFOX_BACKGROUND_PAGE);
      if (!running) return;
      await helper.waitForFunction(
        () => {
          const scope = globalThis as unknown as Scope;
          try {
            return (
              scope.__xmmBackground!.closed || !scope.browser.extension.getViews().includes(scope.__xmmBackground!)
            );
          } catch {
            return true; // a dead wrapper: the window was torn down
          }
        },
        // Idle counts from the last event (the helper page's own messages too): suspended firefoxIdleMs after it.
        { timeout: this.options.firefoxIdleMs + 15_000, polling: 100 },
      );
    } finally {
      await helper.close();
    }
  }

  /**
   * Closes the browser and launches it again on the same profile (needs `userDataDir`) against the same simulator,
   * as a user quitting and reopening the browser would; `whileClosed` runs in between (e.g. to clear the
   * simulator's faults). Pages opened before are gone.
   */
  async restart(whileClosed?: () => unknown): Promise<void> {
    if (!this.options.userDataDir) throw new Error('restart() needs a session started with userDataDir');
    await this.current.close();
    await whileClosed?.();
    const { browser, extensionOrigin } = await launch(this.name, {
      simPort: this.sim.port,
      simHosts: this.sim.hosts,
      ...this.options,
    });
    if (extensionOrigin !== this.extensionOrigin) {
      await browser.close();
      throw new Error(`The extension came back as ${extensionOrigin}, not ${this.extensionOrigin}`);
    }
    this.current = browser;
    this.collectConsole();
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.sim.close();
  }

  private collectConsole(): void {
    if (this.name !== 'chromium') return;
    const watch = (target: Target, worker: WebWorker | null) => {
      if (!worker) return;
      worker.on('console', (message) =>
        this.console.push({ context: 'background', url: target.url(), text: message.text() }),
      );
      // Once attached, a restarted service worker (same target, after a stop) waits for its debugger to let it
      // run (crbug.com/1371432, puppeteer#9995): without this, a stopped worker woken by an event never runs.
      const client = worker.client;
      client.on('Inspector.targetReloadedAfterCrash', () => {
        client.send('Runtime.runIfWaitingForDebugger').catch(() => {});
      });
    };
    this.browser.on('targetcreated', async (target) => {
      if (target.type() === 'service_worker') watch(target, await target.worker());
    });
    for (const target of this.browser.targets()) {
      if (target.type() === 'service_worker') void target.worker().then((worker) => watch(target, worker));
    }
  }

  private watchPage(page: Page): void {
    page.on('console', (message) => {
      const url = page.url();
      const context = url.startsWith(this.extensionOrigin) ? 'extension-page' : 'page';
      this.console.push({ context, url, text: message.text() });
    });
    page.on('pageerror', (error) => {
      this.console.push({ context: 'page', url: page.url(), text: `pageerror: ${String(error)}` });
    });
  }
}
