/** Counting clicks on X's Post button, for e2e tests and the benchmarks: the user's, and any the extension makes. */
import type { Page } from 'puppeteer-core';

type Counted = { __postClicks: number };

/** Counts clicks on X's Post button from now on. */
export async function countPostClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Counted;
    w.__postClicks = 0;
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest?.('[data-testid="tweetButton"]')) w.__postClicks++;
      },
      true,
    );
  });
}

/** Clicks on X's Post button since `countPostClicks`. */
export const postClicks = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as Counted).__postClicks);
