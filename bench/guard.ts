import type { Browser, Page } from 'puppeteer-core';
import { pngFile } from '../tools/media-files';
import { attach, type Bench, closePrompt, openComposer, saveAltText, typeAltText } from './context';
import { p95, spread } from './stats';

/**
 * What the guard at the post request (lib/page-world) adds to a post that has nothing to wait for: a post without
 * media, and a post whose media are all applied (cleared in the page world: it goes without asking). Measured in the
 * page itself, in both browsers of the bench (with the extension and without), alternating, with the same bodies:
 * - dispatch: how long `fetch(…CreateTweet…)` takes to hand the request to the browser (the hook's synchronous work);
 * - round trip: to the simulator's answer (the same plus the network and two different browser processes, one of
 *   them running the extension's other work: context for the figure above, not the guard's own cost).
 * The figures are the differences of the p95s, with each side's spread.
 */
export interface GuardCost {
  dispatchAddedP95: number;
  roundTripAddedP95: number;
  runs: number;
  spread: string;
}

const QUERY_ID = 'benchGuardQuery';

async function composerPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('https://x.com/home?lang=en', { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-testid="primaryColumn"]', { timeout: 15_000 });
  return page;
}

/** `count` posts with `mediaIds`, one after another; per post: dispatch and round-trip times (ms). */
function timePosts(page: Page, mediaIds: string[], count: number): Promise<Array<[number, number]>> {
  return page.evaluate(
    async (ids, n, queryId) => {
      const csrf = /(?:^|;\s*)ct0=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const out: Array<[number, number]> = [];
      for (let i = 0; i < n; i++) {
        const body = JSON.stringify({
          variables: {
            tweet_text: `bench ${i}`,
            media: {
              media_entities: ids.map((media_id) => ({ media_id, tagged_users: [] })),
              possibly_sensitive: false,
            },
          },
          features: {},
          queryId,
        });
        const start = performance.now();
        const sent = fetch(`https://x.com/i/api/graphql/${queryId}/CreateTweet`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body,
        });
        const dispatched = performance.now();
        await (await sent).text();
        out.push([dispatched - start, performance.now() - start]);
      }
      return out;
    },
    mediaIds,
    count,
    QUERY_ID,
  );
}

/** A composer with one image whose description X applied: its media id is cleared in the page world. */
async function appliedComposer(bench: Bench): Promise<{ page: Page; mediaId: string }> {
  const since = bench.sim.control.log.entries().at(-1)?.seq ?? 0;
  const page = await openComposer(bench.withExtension, true);
  await attach(page, pngFile('guard.png', 46));
  await typeAltText(page, 'A test image for the guard.');
  await saveAltText(page);
  bench.saves++;
  const call = await bench.sim.control.log.waitFor(
    (e) => e.kind === 'metadata-v2' && e.seq > since && e.status === 200,
    15_000,
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('alt-text-for-x-badge')].some((host) =>
        host.shadowRoot?.querySelector('.badge-applied'),
      ),
    { timeout: 15_000 },
  );
  await closePrompt(page);
  return { page, mediaId: (call.json as { id: string }).id };
}

/** Posts without media and posts whose media is applied, with the extension and without (the same bodies). */
export async function guardCost(bench: Bench, runs: number): Promise<GuardCost> {
  const { page: withPage, mediaId } = await appliedComposer(bench);
  const appliedIds = [mediaId];
  const withoutPage = await composerPage(bench.without);
  const sides = {
    with: { dispatch: [] as number[], trip: [] as number[] },
    without: { dispatch: [] as number[], trip: [] as number[] },
  };
  try {
    for (let round = 0; round < runs; round++) {
      for (const ids of [[], appliedIds]) {
        // Alternate which side goes first, so neither always meets a warmer machine.
        const order = round % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const side of order) {
          const page = side === 'with' ? withPage : withoutPage;
          for (const [dispatch, trip] of await timePosts(page, ids, 5)) {
            sides[side].dispatch.push(dispatch);
            sides[side].trip.push(trip);
          }
        }
      }
    }
  } finally {
    await withoutPage.close();
    await withPage.close();
  }
  return {
    dispatchAddedP95: p95(sides.with.dispatch) - p95(sides.without.dispatch),
    roundTripAddedP95: p95(sides.with.trip) - p95(sides.without.trip),
    runs: sides.with.dispatch.length,
    spread: `dispatch with ${spread(sides.with.dispatch, 3)} / without ${spread(sides.without.dispatch, 3)}; round trip with ${spread(sides.with.trip)} / without ${spread(sides.without.trip)}`,
  };
}
