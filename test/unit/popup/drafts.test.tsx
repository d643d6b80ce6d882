// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDraftSender } from '../../../entrypoints/popup/drafts';
import { emptyDraft } from '../../../lib/draft';

const draft = (alt_text: string) => ({ ...emptyDraft(), alt_text });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('draft sender', () => {
  test('sends the latest draft at most 150 ms after the first keystroke, even while typing goes on', () => {
    const send = vi.fn(async () => true);
    const sender = createDraftSender(send);
    sender.update('1', draft('A'));
    vi.advanceTimersByTime(100);
    sender.update('1', draft('A c'));
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('1', draft('A c'));
  });

  test('flush sends every item now, once', () => {
    const send = vi.fn(async () => true);
    const sender = createDraftSender(send);
    sender.update('1', draft('one'));
    sender.update('2', draft('two'));
    sender.flush();
    expect(send.mock.calls).toEqual([
      ['1', draft('one')],
      ['2', draft('two')],
    ]);
    vi.advanceTimersByTime(500);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('a failed send goes again with the next flush, unless a newer draft replaced it', async () => {
    const send = vi.fn(async () => false);
    const sender = createDraftSender(send);
    sender.update('1', draft('lost?'));
    sender.flush();
    await vi.runAllTimersAsync();
    send.mockImplementation(async () => true);
    sender.flush();
    expect(send).toHaveBeenLastCalledWith('1', draft('lost?'));

    send.mockImplementation(async () => false);
    sender.update('2', draft('old'));
    sender.flush();
    sender.update('2', draft('new'));
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenLastCalledWith('2', draft('new'));
  });
});
