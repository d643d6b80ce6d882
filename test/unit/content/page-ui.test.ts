// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { emptyPageView, type PageController, type PageView } from '../../../lib/content/page-controller';
import {
  createPageUi,
  hostPageUi,
  loadPageUi,
  type MountPageUi,
  needsPageUi,
  registerPageUi,
  UI_WAIT_MEASURE,
} from '../../../lib/content/page-ui';

const view = (change: Partial<PageView> = {}): PageView => ({ ...emptyPageView(), ...change });

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

describe('drawing through the page UI', () => {
  const mounted: string[] = [];
  const drawn: PageView[] = [];
  const mount: MountPageUi = () => {
    mounted.push('mount');
    return { draw: (next) => void drawn.push(next), relayout() {}, remove() {} };
  };
  const controller = { view: view(), hold: { postAnyway() {} } } as unknown as PageController;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('loads nothing while there is nothing to show; a tile loads it, and every view after is drawn', async () => {
    registerPageUi(mount);
    mounted.length = 0;
    drawn.length = 0;
    const abort = new AbortController();
    const ui = createPageUi(abort.signal, controller, hostPageUi(abort.signal));
    ui.draw(view());
    await settle();
    expect(mounted).toEqual([]);
    const withTile = view({ media: new Map([['blob:a', {} as never]]) });
    controller.view = withTile;
    ui.draw(withTile);
    await settle();
    expect(mounted).toEqual(['mount']);
    expect(drawn.at(-1)).toBe(withTile);
    expect(performance.getEntriesByName(UI_WAIT_MEASURE)).toHaveLength(1);
    abort.abort();
  });

  test('starts loading as soon as the user focuses X’s text box, before anything needs it', async () => {
    registerPageUi(mount);
    mounted.length = 0;
    const abort = new AbortController();
    createPageUi(abort.signal, controller, hostPageUi(abort.signal));
    const box = document.createElement('div');
    box.setAttribute('data-testid', 'tweetTextarea_0');
    box.tabIndex = 0;
    document.body.append(box);
    box.focus();
    await settle();
    expect(mounted).toEqual(['mount']);
    box.remove();
    abort.abort();
  });
});
