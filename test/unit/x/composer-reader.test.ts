// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { composerId, composerRootOf, ownMedia, readComposers } from '../../../lib/x/composer-reader';
import { loadFixture } from './load-fixture';

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
};
const blob = (id: string) => `blob:https://x.com/${id}`;
/** What the readers found, without DOM nodes: comparable exactly. */
const summary = (root: HTMLElement) =>
  ownMedia(root).map(({ key, kind, post, index, element, tile }) => ({
    key,
    kind,
    post,
    index,
    element: element.tagName.toLowerCase(),
    tileIsGroup: tile.getAttribute('role') === 'group',
  }));

describe('the modal composer with a quoted post (modal-quote.html)', () => {
  beforeEach(() => {
    loadFixture('modal-quote.html');
  });

  test('is one composer, "modal", whose root holds its text box, Post button and attachments', () => {
    const composers = readComposers();
    expect(composers.map((c) => c.id)).toEqual(['modal']);
    const [modal] = composers;
    expect(modal?.root.getAttribute('role')).toBe('dialog');
    expect(modal?.root.parentElement?.closest('[role="dialog"]')).not.toBeNull(); // the inner of the two dialogs
    expect(modal?.postButton).toBe($('[data-testid="tweetButton"]'));
    expect(modal?.root.contains($('[data-testid="attachments"]'))).toBe(true);
  });

  test("own media are the two uploads' blob: images, never the quoted post's images (pbs.twimg.com or blob:)", () => {
    const root = $('[role="dialog"] [role="dialog"]');
    expect(summary(root)).toEqual([
      {
        key: blob('6b8a2f4e-7c1d-4e2a-9b3f-0a1b2c3d4e01'),
        kind: 'image',
        post: 0,
        index: 0,
        element: 'img',
        tileIsGroup: true,
      },
      {
        key: blob('6b8a2f4e-7c1d-4e2a-9b3f-0a1b2c3d4e02'),
        kind: 'image',
        post: 0,
        index: 1,
        element: 'img',
        tileIsGroup: true,
      },
    ]);
    // The quoted post does sit inside the attachments area, with images of both kinds.
    const quoted = [...document.querySelectorAll('[data-testid="attachments"] [data-testid="tweetPhoto"] img')];
    expect(quoted.map((img) => img.getAttribute('src')?.slice(0, 20))).toEqual([
      'https://pbs.twimg.co',
      'blob:https://x.com/0',
    ]);
  });

  test('each tile is its [role=group], which holds X\'s "Add description" link', () => {
    for (const own of ownMedia($('[role="dialog"] [role="dialog"]'))) {
      expect(own.tile.contains(own.element)).toBe(true);
      expect(own.tile.querySelector('a[data-testid="altTextWrapper"]')?.getAttribute('href')).toBe(
        '/compose/post/media',
      );
    }
  });

  test('composerRootOf finds the composer from its text box, Post button, file input, tile or quoted post', () => {
    const root = $('[role="dialog"] [role="dialog"]');
    for (const selector of [
      '[data-testid="tweetTextarea_0"]',
      '[data-testid="tweetButton"]',
      'input[data-testid="fileInput"]',
      '[data-testid="attachments"] [role="group"] img',
      '[data-testid="attachments"] [data-testid="tweetText"]',
    ])
      expect(composerRootOf($(selector)), selector).toBe(root);
    expect(composerId(root)).toBe('modal');
  });

  test('nothing outside a composer has one: the timeline post, the page body', () => {
    expect(composerRootOf($('[data-testid="primaryColumn"] article'))).toBeNull();
    expect(composerRootOf(document.body)).toBeNull();
  });

  test('a re-render (new nodes, same blob: URLs) keeps every key, and the new nodes are reported', () => {
    const before = readComposers()[0]?.media ?? [];
    loadFixture('modal-quote.html'); // every node is new, as when X re-renders after /compose/post/media
    const after = readComposers()[0]?.media ?? [];
    expect(after.map((m) => m.key)).toEqual(before.map((m) => m.key));
    expect(after.map((m) => m.key)).toHaveLength(2);
    after.forEach((own, i) => {
      expect(own.element).not.toBe(before[i]?.element);
      expect(own.element.isConnected).toBe(true);
      expect(before[i]?.element.isConnected).toBe(false);
    });
    expect(readComposers().map((c) => c.id)).toEqual(['modal']);
  });
});

describe('inline, reply and modal composers on one page (home-composers.html)', () => {
  beforeEach(() => {
    loadFixture('home-composers.html');
  });

  test('are three composers in document order, each with its own Post button and media', () => {
    const composers = readComposers();
    expect(composers.map((c) => c.id)).toEqual(['inline-0', 'inline-1', 'modal']);
    expect(composers.map((c) => c.postButton?.dataset.testid)).toEqual([
      'tweetButtonInline',
      'tweetButtonInline',
      'tweetButton',
    ]);
    expect(composers.map((c) => c.media.map((m) => [m.key, m.kind, m.post, m.index]))).toEqual([
      [[blob('aaaaaaaa-0000-4000-8000-000000000001'), 'image', 0, 0]],
      [[blob('bbbbbbbb-0000-4000-8000-000000000002'), 'video', 0, 0]],
      [[blob('cccccccc-0000-4000-8000-000000000003'), 'image', 0, 0]],
    ]);
    const roots = new Set(composers.map((c) => c.root));
    expect(roots.size).toBe(3);
  });

  test('the video tile is a <video> of kind "video", its tile the [role=group]', () => {
    const reply = readComposers()[1];
    expect(reply?.media[0]?.element.tagName).toBe('VIDEO');
    expect(reply?.media[0]?.tile.getAttribute('role')).toBe('group');
  });

  test('composerRootOf and composerId from inside each composer', () => {
    const textBoxes = [...document.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]')];
    expect(textBoxes).toHaveLength(3);
    const roots = textBoxes.map((box) => composerRootOf(box));
    expect(roots.map((root) => (root ? composerId(root) : null))).toEqual(['inline-0', 'inline-1', 'modal']);
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid^="tweetButton"]')];
    expect(buttons.map((button) => composerRootOf(button))).toEqual(roots);
    const removeVideo = $('video').closest('[role="group"]')?.querySelector('[data-testid="removeMedia"]');
    expect(composerRootOf(removeVideo as Element)).toBe(roots[1]);
  });

  test('timeline posts (pbs.twimg.com images, action-bar groups) belong to no composer and bring no media', () => {
    for (const article of document.querySelectorAll('article')) expect(composerRootOf(article)).toBeNull();
    const keys = readComposers().flatMap((c) => c.media.map((m) => m.key));
    expect(keys.every((key) => key.startsWith('blob:https://x.com/'))).toBe(true);
  });

  test('readComposers reads the document it is given', () => {
    expect(readComposers(document).map((c) => c.id)).toEqual(['inline-0', 'inline-1', 'modal']);
  });
});

describe('a thread (thread.html)', () => {
  beforeEach(() => {
    loadFixture('thread.html');
  });

  test('is one composer whose media carry their post (tweetTextarea_N) and position in it', () => {
    const composers = readComposers();
    expect(composers.map((c) => c.id)).toEqual(['modal']);
    expect(composers[0]?.media.map((m) => [m.key, m.post, m.index])).toEqual([
      [blob('11111111-0000-4000-8000-00000000000a'), 0, 0],
      [blob('11111111-0000-4000-8000-00000000000b'), 0, 1],
      [blob('22222222-0000-4000-8000-00000000000c'), 1, 0],
    ]);
  });

  test("the labels' test ids (tweetTextarea_N_label) are not text boxes: each post counts once", () => {
    const root = readComposers()[0]?.root as HTMLElement;
    expect(composerRootOf($('[data-testid="tweetTextarea_1"]'))).toBe(root);
    expect(composerRootOf($('[data-testid="tweetTextarea_1_label"]'))).toBe(root);
    expect(ownMedia(root).filter((m) => m.post === 1)).toHaveLength(1);
  });

  test('post 2 removed: its cell goes, the remaining media keep their keys', () => {
    $('[data-cell="1"]').remove();
    expect(readComposers()[0]?.media.map((m) => [m.post, m.index])).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});

describe('a page without a composer', () => {
  test('has no composers', () => {
    document.body.innerHTML =
      '<div id="react-root"><main role="main"><article data-testid="tweet"></article></main></div>';
    expect(readComposers()).toEqual([]);
  });
});
