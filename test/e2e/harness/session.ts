import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { type Simulator, startSimulator } from '../../../sim';
import { launch } from './launch';
import type { BrowserName } from './paths';

export interface ConsoleLine {
  context: 'page' | 'extension-page' | 'background';
  url: string;
  text: string;
}

export interface SessionOptions {
  /** Firefox: suspend an idle background page after this many ms (to prove work survives suspension). */
  firefoxIdleMs?: number;
}

/**
 * One browser with the built extension installed, pointed at a fresh X simulator. What a test needs: open x.com
 * pages and the extension's pages, find a tab's id, stop the background, and read every console line.
 */
export class ExtensionSession {
  readonly console: ConsoleLine[] = [];

  private constructor(
    readonly name: BrowserName,
    readonly browser: Browser,
    readonly sim: Simulator,
    readonly extensionOrigin: string,
  ) {}

  static async start(name: BrowserName, options: SessionOptions = {}): Promise<ExtensionSession> {
    const sim = await startSimulator({ quiet: true });
    try {
      const { browser, extensionOrigin } = await launch(name, { simPort: sim.port, simHosts: sim.hosts, ...options });
      const session = new ExtensionSession(name, browser, sim, extensionOrigin);
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

  /** Opens one of the extension's pages and waits until it has rendered. */
  async openExtensionPage(path: string, ready = '#app > *'): Promise<Page> {
    const page = await this.browser.newPage();
    this.watchPage(page);
    const url = `${this.extensionOrigin}/${path}`;
    // Firefox over WebDriver BiDi never resolves goto() for moz-extension:// pages: wait for content instead.
    if (this.name === 'firefox') page.goto(url).catch(() => {});
    else await page.goto(url);
    await page.waitForSelector(ready, { timeout: 15_000 });
    return page;
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
      await page.bringToFront();
      const id = await helper.evaluate(async () => {
        type TabsApi = { tabs: { query(query: object): Promise<Array<{ id?: number }>> } };
        const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
        const [active] = await (scope.browser ?? scope.chrome).tabs.query({ active: true, currentWindow: true });
        return active?.id ?? -1;
      });
      if (id < 0) throw new Error(`No tab found for ${page.url()}`);
      return id;
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
          const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
          return (scope.browser ?? scope.chrome).runtime.sendMessage(message);
        },
        { type, payload },
      )) as T;
    } finally {
      await page.close();
    }
  }

  /** Connects the simulator's demo user (or another) with a pasted token, as the options page would. */
  async connect(username = 'demo_user'): Promise<string> {
    const { accessToken } = this.sim.control.issueToken({ username });
    const reply = await this.message<{ ok: boolean }>('account/connect-token', { token: accessToken });
    if (!reply.ok) throw new Error(`Could not connect ${username}: ${JSON.stringify(reply)}`);
    return accessToken;
  }

  /**
   * Stops the background as the browser would when idle. Chromium: CDP's ServiceWorker.stopAllWorkers. Firefox has
   * no such command: launch with `firefoxIdleMs` and this waits long enough for the idle timeout to suspend it.
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
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.sim.close();
  }

  private collectConsole(): void {
    if (this.name === 'chromium') {
      this.browser.on('targetcreated', async (target) => {
        if (target.type() !== 'service_worker') return;
        const worker = await target.worker();
        worker?.on('console', (message) =>
          this.console.push({ context: 'background', url: target.url(), text: message.text() }),
        );
      });
      for (const target of this.browser.targets()) {
        if (target.type() === 'service_worker') {
          void target
            .worker()
            .then((worker) =>
              worker?.on('console', (message) =>
                this.console.push({ context: 'background', url: target.url(), text: message.text() }),
              ),
            );
        }
      }
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
