import puppeteer, { type Browser } from 'puppeteer-core';
import { BROWSER_PATHS, type BrowserName, extensionDir, FIREFOX_EXTENSION_UUID, GECKO_ID } from './paths';

export interface LaunchOptions {
  simPort: number;
  /** Every host name the simulator answers for: the browser sends them all to it, and nothing anywhere else. */
  simHosts: readonly string[];
  /** Firefox: suspend an idle background page after this many ms (Firefox's default is 30 s). */
  firefoxIdleMs?: number;
  /** A profile directory kept across launches (to restart the browser with its state); a fresh one if absent. */
  userDataDir?: string;
}

export interface Launched {
  browser: Browser;
  extensionOrigin: string;
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

export async function launch(name: BrowserName, options: LaunchOptions): Promise<Launched> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({ simPort, simHosts, userDataDir }: LaunchOptions): Promise<Launched> {
  const rules = [...simHosts.map((host) => `MAP ${host} 127.0.0.1:${simPort}`), 'MAP * ~NOTFOUND'].join(', ');
  const browser = await puppeteer.launch({
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir('chromium')],
    acceptInsecureCerts: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=${rules}`],
    ...(userDataDir ? { userDataDir } : {}),
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
  // URL.origin is "null" for non-special schemes such as chrome-extension: build it from the host.
  return { browser, extensionOrigin: `chrome-extension://${new URL(worker.url()).host}` };
}

async function launchFirefox({ simPort, simHosts, firefoxIdleMs, userDataDir }: LaunchOptions): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_PATHS.firefox,
    headless: true,
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
  await browser.installExtension(extensionDir('firefox'));
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}
