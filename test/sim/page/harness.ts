import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { type Simulator, startSimulator, type WebSwitches } from '../../../sim/index';
import { launchBrowser } from '../../../tools/launch-browser';

// The simulated x.com page in a real headless Chromium, without the extension: these tests pin what the page does
// (DOM, uploads, posting), which is what the extension must cope with. One browser per test file (2 cores).

export interface PageRig {
  sim: Simulator;
  browser: Browser;
  /** A fresh tab on `path` with `switches` set first (the page reads them at load). */
  open(path: string, switches?: Partial<WebSwitches>): Promise<Page>;
  close(): Promise<void>;
}

export async function startRig(): Promise<PageRig> {
  const sim = await startSimulator({ quiet: true });
  const { browser } = await launchBrowser('chromium', { simPort: sim.port, simHosts: sim.hosts });
  const pages: Page[] = [];
  return {
    sim,
    browser,
    async open(path, switches = {}) {
      sim.control.setWeb(switches);
      for (const page of pages.splice(0)) await page.close();
      const page = await browser.newPage();
      pages.push(page);
      await page.goto(`https://x.com${path}`);
      await page.waitForSelector('[data-testid="toolBar"], [data-testid="DmActivityContainer"], .page-panel');
      return page;
    },
    async close() {
      await browser.close();
      await sim.close();
    },
  };
}

/** Chooses files in the composer's file input, as a user does (X empties it right after reading). */
export async function attach(page: Page, ...paths: string[]): Promise<void> {
  // The modal composer's input when the modal is open (the inline composer on /home stays underneath it).
  const modal = await page.$('[role="dialog"] [data-testid="fileInput"]');
  const input = (modal ?? (await page.$('[data-testid="fileInput"]'))) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...paths);
}

/** Waits until the page's Post button (whatever its test id) is enabled. */
export async function waitPostEnabled(
  page: Page,
  selector = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
) {
  await page.waitForFunction(
    (s) => [...document.querySelectorAll(s)].some((b) => !(b as HTMLButtonElement).disabled),
    {},
    selector,
  );
}

/** Ground truth kept by the page: which media id came from which file. */
export function truth(page: Page) {
  return page.evaluate(
    () =>
      (window as unknown as { __xsim: { truth: unknown[] } }).__xsim.truth as {
        file: string;
        mediaId: string;
        category: string;
        composer: string;
        post: number;
        replaced?: boolean;
      }[],
  );
}

/** A JPEG drawn by the browser's canvas: `noise` makes it heavy (few pixels per byte), flat makes it light. */
export async function jpegFromPage(page: Page, width: number, height: number, noise: boolean): Promise<Buffer> {
  const base64 = await page.evaluate(
    async (w, h, noisy) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.fillStyle = '#3a7';
      context.fillRect(0, 0, w, h);
      if (noisy) {
        const image = context.getImageData(0, 0, w, h);
        for (let i = 0; i < image.data.length; i++) image.data[i] = (i * 7919 + (i >> 3) * 104729) % 251;
        context.putImageData(image, 0, 0);
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    },
    width,
    height,
    noise,
  );
  return Buffer.from(base64, 'base64');
}
