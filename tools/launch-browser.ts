import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../wxt.config';

/**
 * Launches Debian's Chromium or Firefox ESR with the built extension (or without it, for comparisons), pointed at
 * the X simulator: every X host name goes to the simulator's loopback port and nothing goes anywhere else. Used by
 * the e2e tests, the benchmarks and the demo. Recipes: shared/docs/toolchain.md.
 */

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** A fixed moz-extension:// UUID, so the extension's pages can be opened in Firefox. */
export const FIREFOX_EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';

export interface LaunchOptions {
  /** The unpacked build to install; none: the same browser without the extension. */
  extensionDir?: string;
  simPort: number;
  /** Every host name the simulator answers for. */
  simHosts: readonly string[];
  headless?: boolean;
  /** Firefox: suspend an idle background page after this many ms (Firefox's default is 30 s). */
  firefoxIdleMs?: number;
  /** A profile kept across launches; a fresh temporary one if absent. */
  userDataDir?: string;
  /** Chromium window size when headed (and the page viewport when headless). */
  viewport?: { width: number; height: number };
}

export interface Launched {
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>; undefined without the extension. */
  extensionOrigin?: string;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // ignoreHTTPSErrors does not cover the extension worker's fetch; the simulator's certificate is self-signed.
  '--ignore-certificate-errors',
];

export function launchBrowser(name: BrowserName, options: LaunchOptions): Promise<Launched> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: LaunchOptions): Promise<Launched> {
  const { extensionDir, simPort, simHosts, userDataDir, viewport } = options;
  const rules = [...simHosts.map((host) => `MAP ${host} 127.0.0.1:${simPort}`), 'MAP * ~NOTFOUND'].join(', ');
  const browser = await puppeteer.launch({
    executablePath: BROWSER_PATHS.chromium,
    headless: options.headless ?? true,
    pipe: true,
    ...(extensionDir ? { enableExtensions: [extensionDir] } : {}),
    acceptInsecureCerts: true,
    defaultViewport: viewport ?? null,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=${rules}`,
      ...(viewport ? [`--window-size=${viewport.width},${viewport.height}`] : []),
    ],
    ...(userDataDir ? { userDataDir } : {}),
  });
  if (!extensionDir) return { browser };
  // The worker registers within 1–2 s of launch on loaded cores: 15 s means the extension did not load.
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
  // URL.origin is "null" for non-special schemes such as chrome-extension: build it from the host.
  return { browser, extensionOrigin: `chrome-extension://${new URL(worker.url()).host}` };
}

async function launchFirefox(options: LaunchOptions): Promise<Launched> {
  const { extensionDir, simPort, simHosts, firefoxIdleMs, userDataDir } = options;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_PATHS.firefox,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': simHosts.join(','),
      // localDomains cannot change the port: every https connection goes to the simulator's port instead.
      'network.socket.forcePort': `443=${simPort}`,
      'network.trr.mode': 5,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...(firefoxIdleMs ? { 'extensions.background.idle.timeout': firefoxIdleMs } : {}),
      // The add-on is installed temporarily (removed at shutdown, installed again at the next launch): with a kept
      // profile, keep its storage and IndexedDB across that, as a permanently installed add-on would.
      ...(userDataDir
        ? {
            'extensions.webextensions.keepStorageOnUninstall': true,
            'extensions.webextensions.keepUuidOnUninstall': true,
          }
        : {}),
    },
    ...(userDataDir ? { userDataDir } : {}),
  });
  if (!extensionDir) return { browser };
  await browser.installExtension(extensionDir);
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}
