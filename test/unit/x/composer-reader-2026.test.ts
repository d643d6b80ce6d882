// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { readComposers } from '../../../lib/x/composer-reader';
import { loadFixture } from './load-fixture';

/** The page as the real x.com drew it in 2026 (thread-realistic-2026.html: the rows marked new in x-composer.md). */
describe('the realistic 2026 composer (thread-realistic-2026.html)', () => {
  beforeEach(() => {
    loadFixture('thread-realistic-2026.html');
  });
  const summary = () =>
    readComposers().map((composer) => ({
      id: composer.id,
      media: composer.media.map(({ key, kind, post, index, label, element }) => ({
        key: key.slice(-2),
        kind,
        post,
        index,
        label,
        element: element.tagName.toLowerCase(),
      })),
    }));

  test("each post's index comes from its own editor, not from counting tweetTextarea_ matches (the wrappers)", () => {
    const modal = summary().find((c) => c.id === 'modal');
    expect(modal?.media.map((m) => m.post)).toEqual([0, 0, 1]);
  });

  test('a video is found from its <source> (the <video> has no src); its kind is what the page shows', () => {
    const inline = summary().find((c) => c.id === 'inline-0');
    expect(inline?.media).toEqual([{ key: '03', kind: 'video', post: 0, index: 0, label: 'Média', element: 'video' }]);
  });

  test("a GIF from X's GIF search shows from its https address; the tile's aria-label is X's own alt text", () => {
    const modal = summary().find((c) => c.id === 'modal');
    expect(modal?.media).toEqual([
      { key: '11', kind: 'image', post: 0, index: 0, label: 'Un milan royal', element: 'img' },
      { key: '12', kind: 'image', post: 0, index: 1, label: 'Média', element: 'img' },
      { key: 'if', kind: 'image', post: 1, index: 0, label: 'Média', element: 'img' },
    ]);
    expect(readComposers().find((c) => c.id === 'modal')?.media[2]?.key).toBe(
      'https://pbs.twimg.com/tweet_video_thumb/SimGifCatWaves.gif',
    );
  });
});
