import { fail, ok } from '../messages/result';
import type { Handlers } from '../messages/router';
import type { History } from './history';
import type { MediaService } from './media-service';

type MediaHandlers = Pick<
  Handlers,
  'composer/tiles' | 'tab/state' | 'draft/update' | 'media/save' | 'media/retry' | 'history/list' | 'history/clear'
>;

export function mediaHandlers(media: MediaService, history: History): MediaHandlers {
  return {
    'composer/tiles': async ({ tiles, postsAs }, { tabId, incognito }) =>
      tabId === undefined
        ? fail('forbidden-sender', 'No tab.')
        : ok(await media.onTiles(tabId, incognito, tiles, postsAs)),
    // A content script sees its own tab only; a page names the tab it shows.
    'tab/state': async ({ tabId }, context) => {
      const target = context.sender === 'x-content-script' ? context.tabId : tabId;
      return target === undefined ? fail('invalid-payload', 'Which tab?') : ok(await media.tabState(target));
    },
    'draft/update': async ({ mediaId, draft }) => {
      await media.saveDraft(mediaId, draft);
      return ok({});
    },
    // Nothing to apply: X would be paid to change nothing (and the item would read "Applied"). Say so instead.
    'media/save': async ({ mediaId, metadata }) =>
      Object.keys(metadata).length === 0
        ? ok({ kind: 'unsaved', note: 'nothing-to-save' } as const)
        : ok(await media.save(mediaId, metadata)),
    'media/retry': async ({ mediaId }) => ok(await media.retry(mediaId)),
    'history/list': async () => ok(await history.list()),
    'history/clear': async () => {
      await history.clear();
      return ok({});
    },
  };
}
