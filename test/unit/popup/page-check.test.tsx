// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageCheckView, pageCheckText } from '../../../components/page-check/PageCheckView';
import type { PageCheck } from '../../../lib/page-check/schema';

const check = (over: Partial<PageCheck> = {}): PageCheck => ({
  route: '/compose/post',
  pageWorld: true,
  composers: 1,
  textBoxes: 1,
  postButtons: 1,
  fileInputs: 1,
  attachmentAreas: 1,
  tiles: 1,
  uploads: [{ mediaId: '1234567890123456789', category: 'tweet_image', ready: true, tiled: true, confirmed: true }],
  ...over,
});

describe('"Check this page"', () => {
  afterEach(cleanup);

  test('a button of that name asks for the check', () => {
    const onCheck = vi.fn();
    render(<PageCheckView load={{ kind: 'idle' }} onCheck={onCheck} onCopy={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check this page' }));
    expect(onCheck).toHaveBeenCalledOnce();
  });

  test('everything found: says so, and lists each upload in words', () => {
    render(<PageCheckView load={{ kind: 'done', check: check() }} onCheck={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.getByText(/Every part of X’s composer/)).toBeTruthy();
    expect(
      screen.getByText(/Media 1234567890123456789 \(tweet_image\) · received by X · shown in a tile/),
    ).toBeTruthy();
  });

  test('X changed its page: names what is missing, and an upload without a tile or unseen by the browser', () => {
    const changed = check({
      postButtons: 0,
      attachmentAreas: 0,
      tiles: 0,
      uploads: [{ mediaId: '42', category: 'tweet_image', ready: true, tiled: false, confirmed: false }],
    });
    render(<PageCheckView load={{ kind: 'done', check: changed }} onCheck={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.getByText(/Not found: Post buttons, Attachment areas\./)).toBeTruthy();
    expect(screen.getByText(/no tile found · the browser did not see this upload/)).toBeTruthy();
  });

  test('the copied report holds every part, found or not, and every upload', () => {
    const onCopy = vi.fn();
    render(
      <PageCheckView load={{ kind: 'done', check: check({ fileInputs: 0 }) }} onCheck={vi.fn()} onCopy={onCopy} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    const text = onCopy.mock.calls[0]?.[0] as string;
    expect(text).toBe(pageCheckText(check({ fileInputs: 0 })));
    expect(text).toContain('✗ File pickers: 0');
    expect(text).toContain('✓ Post buttons: 1');
    expect(text).toContain('1234567890123456789');
  });

  test('no content script in the tab: says how to get one', () => {
    render(<PageCheckView load={{ kind: 'unreachable' }} onCheck={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.getByText(/reload the x.com page/)).toBeTruthy();
  });
});
