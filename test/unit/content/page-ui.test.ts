// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { PageView } from '../../../lib/content/page-controller';
import { hostPageUi, loadPageUi, type MountPageUi, needsPageUi, registerPageUi } from '../../../lib/content/page-ui';

const view = (change: Partial<PageView> = {}): PageView => ({
  tab: null,
  promptFor: null,
  promptPosition: null,
  held: null,
  drafts: {},
  media: new Map(),
  suggestions: { byMedia: {}, marks: {} },
  ...change,
});

describe('the page UI, loaded on first need', () => {
  const aborts: AbortController[] = [];
  afterEach(() => {
    for (const abort of aborts.splice(0)) abort.abort();
  });

  test('is needed only when the page has something to show: a tile, the prompt or a held post', () => {
    expect(needsPageUi(view())).toBe(false);
    expect(needsPageUi(view({ media: new Map([['blob:a', {} as never]]) }))).toBe(true);
    expect(needsPageUi(view({ promptFor: 'modal' }))).toBe(true);
    expect(needsPageUi(view({ held: {} as never }))).toBe(true);
  });

  test('has its host from the start: an open shadow root at the end of the body, gone when the script stops', () => {
    const abort = new AbortController();
    aborts.push(abort);
    const { container, shadow } = hostPageUi(abort.signal);
    const host = document.body.lastElementChild;
    expect(host?.tagName.toLowerCase()).toBe('alt-text-for-x');
    expect(host?.shadowRoot).toBe(shadow);
    expect(shadow.contains(container)).toBe(true);
    abort.abort();
    expect(document.querySelector('alt-text-for-x')).toBeNull();
  });

  test('keys typed in our UI do not reach the page (X’s shortcuts, its Ctrl/Cmd+Enter)', () => {
    const abort = new AbortController();
    aborts.push(abort);
    const { container } = hostPageUi(abort.signal);
    const field = document.createElement('textarea');
    container.append(field);
    const reached: string[] = [];
    document.addEventListener('keydown', (event) => reached.push(event.key));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(reached).toEqual(['j']);
  });

  test('once the UI script has registered itself, loading answers its mount function without importing again', async () => {
    const mount: MountPageUi = () => ({ draw() {}, relayout() {}, remove() {} });
    registerPageUi(mount);
    await expect(loadPageUi()).resolves.toBe(mount);
  });
});
