import { browser } from 'wxt/browser';
import { fail, ok } from '../messages/result';
import type { Handlers } from '../messages/router';
import { PAGE_CHECK_REQUEST, PageCheckSchema } from '../page-check/schema';
import type { TabRegistry } from './tab-registry';

/**
 * "Check this page": asks the tab's content script what it finds of X's composer, and adds what only the background
 * knows: whether the browser's own record of the tab's upload requests carried each media id the page reported.
 */
export function pageCheckHandler(tabs: TabRegistry): Pick<Handlers, 'page/check'> {
  return {
    'page/check': async ({ tabId }) => {
      let answer: unknown;
      try {
        answer = await browser.tabs.sendMessage(tabId, { type: PAGE_CHECK_REQUEST });
      } catch {
        return fail('unreachable', 'No content script answered in this tab.');
      }
      const parsed = PageCheckSchema.safeParse(answer);
      if (!parsed.success) return fail('failed', 'The tab answered something unreadable.');
      const record = await tabs.get(tabId);
      const seen = new Set(record.uploads.flatMap((upload) => (upload.mediaId ? [upload.mediaId] : [])));
      return ok({
        ...parsed.data,
        uploads: parsed.data.uploads.map((upload) => ({ ...upload, confirmed: seen.has(upload.mediaId) })),
      });
    },
  };
}
