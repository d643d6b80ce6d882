import { describe, expect, test } from 'vitest';
import { decideHold, type HoldContext, onlyCallsPending } from '../../../lib/content/hold-decision';
import { emptyDraft } from '../../../lib/draft/draft';
import type { ItemStatus } from '../../../lib/media/item-status';
import type { ItemView } from '../../../lib/media/views';

let serial = 0;
/** `mediaId: null` is an item whose upload has not finished. */
function item(status: ItemStatus, alt = '', mediaId: string | null = String(1000 + serial++)): ItemView {
  return {
    tileKey: `blob:https://x.com/${serial}`,
    mediaId: mediaId ?? undefined,
    kind: 'image',
    composerId: 'modal',
    post: 0,
    index: 0,
    draft: { ...emptyDraft(), alt_text: alt },
    status,
  };
}
const context = (rule: HoldContext['rule'], reminded = false): HoldContext => ({ rule, form: 'v2', now: 0, reminded });
const applied = (alt: string): ItemStatus => ({ kind: 'applied', at: 1, sent: alt ? { alt_text: { text: alt } } : {} });

describe('the post goes at once', () => {
  test('with no media', () => expect(decideHold([], context('require'))).toEqual({ action: 'pass' }));
  test('when every item is applied with alt text', () =>
    expect(decideHold([item(applied('a cat'), 'a cat'), item(applied('a dog'), 'a dog')], context('require'))).toEqual({
      action: 'pass',
    }));
  test('under "allow", even without alt text', () =>
    expect(decideHold([item({ kind: 'unsaved' })], context('allow'))).toEqual({ action: 'pass' }));
});

describe('the post is held', () => {
  test('while an upload has not finished (X disables Post itself)', () =>
    expect(decideHold([item({ kind: 'unsaved' }, '', null)], context('allow'))).toEqual({ action: 'uploading' }));

  test('until saved items are applied', () => {
    const pending = [item({ kind: 'saving' }, 'x'), item({ kind: 'waiting', reason: 'rate-limited', until: 5 }, 'y')];
    expect(decideHold(pending, context('remind'))).toMatchObject({ action: 'wait', items: pending });
  });

  test('a typed but unsaved description is saved on Post (Post is the intent to use it)', () => {
    const typed = item({ kind: 'unsaved' }, 'A dancing cat');
    expect(decideHold([typed], context('require'))).toEqual({
      action: 'save',
      saves: [{ mediaId: typed.mediaId, metadata: { alt_text: { text: 'A dancing cat' } } }],
      items: [typed],
    });
  });

  test('an edit after applying is saved; an unchanged one is not', () => {
    const edited = item(applied('old'), 'new text');
    expect(decideHold([edited], context('allow'))).toMatchObject({
      action: 'save',
      saves: [{ metadata: { alt_text: { text: 'new text' } } }],
    });
    expect(decideHold([item(applied('same'), 'same')], context('allow'))).toEqual({ action: 'pass' });
  });

  test('an invalid draft is never sent silently', () => {
    const tooLong = item({ kind: 'unsaved' }, 'x'.repeat(1001));
    expect(decideHold([tooLong], context('allow'))).toMatchObject({ action: 'invalid', items: [tooLong] });
  });

  test('failures and a missing account come first, whatever the rule', () => {
    const failed = item({ kind: 'failed', message: 'nope', problems: [] }, 'x');
    const signIn = item({ kind: 'waiting', reason: 'needs-sign-in' }, 'y');
    expect(decideHold([failed, signIn, item({ kind: 'saving' }, 'z')], context('allow'))).toEqual({
      action: 'failed',
      items: [failed, signIn],
    });
  });
});

describe('the posting rule for media without alt text', () => {
  const missing = () => [item({ kind: 'unsaved' }), item(applied('ok'), 'ok')];
  test('remind asks once', () => {
    const items = missing();
    expect(decideHold(items, context('remind'))).toEqual({ action: 'remind', items: [items[0]] });
    expect(decideHold(items, context('remind', true))).toEqual({ action: 'pass' });
  });
  test('require blocks, even after a reminder', () => {
    const items = missing();
    expect(decideHold(items, context('require', true))).toEqual({ action: 'require', items: [items[0]] });
  });
  test('alt text that X already has counts, as does alt text on its way', () => {
    expect(decideHold([item(applied('on X'))], context('require'))).toEqual({ action: 'pass' });
    expect(decideHold([item({ kind: 'saving' }, 'typed')], context('require'))).toMatchObject({ action: 'wait' });
  });
  test("a description typed in X's own editor counts (X sends it itself at Post), and needs no call of ours", () => {
    const described = { ...item({ kind: 'unsaved' }), xAltText: 'Described in X' };
    expect(decideHold([described], context('require'))).toEqual({ action: 'pass' });
    expect(decideHold([{ ...described, xAltText: '  ' }], context('require'))).toMatchObject({ action: 'require' });
  });
  test('the account the tab posts as is not the connected one: the user decides, as for any failure', () => {
    const other = item({ kind: 'waiting', reason: 'other-account' });
    expect(decideHold([other], context('allow'))).toEqual({ action: 'failed', items: [other] });
  });
  test('whitespace is not a description', () =>
    expect(decideHold([item({ kind: 'unsaved' }, '   ')], context('require'))).toMatchObject({ action: 'require' }));
});

describe('an inserted suggestion the user neither edited nor saved', () => {
  const withUnconfirmed = (rule: HoldContext['rule'], ids: string[], reminded = false): HoldContext => ({
    ...context(rule, reminded),
    unconfirmed: (mediaId) => ids.includes(mediaId),
  });

  test('is no description for "require" and "remind"', () => {
    const suggested = item({ kind: 'unsaved' }, 'Meeting moved to Thursday');
    const ids = [suggested.mediaId as string];
    expect(decideHold([suggested], withUnconfirmed('require', ids))).toEqual({ action: 'require', items: [suggested] });
    expect(decideHold([suggested], withUnconfirmed('remind', ids))).toEqual({ action: 'remind', items: [suggested] });
  });

  test('is not sent once the user chose to post without a description; the confirmed items still are', () => {
    const suggested = item({ kind: 'unsaved' }, 'Meeting moved to Thursday');
    const typed = item({ kind: 'unsaved' }, 'A dancing cat');
    expect(decideHold([suggested, typed], withUnconfirmed('remind', [suggested.mediaId as string], true))).toEqual({
      action: 'save',
      saves: [{ mediaId: typed.mediaId, metadata: { alt_text: { text: 'A dancing cat' } } }],
      items: [typed],
    });
  });

  test('counts once edited (the controller stops calling it unconfirmed): it is saved on Post', () => {
    const edited = item({ kind: 'unsaved' }, 'Meeting moved to Thursday, room 4');
    expect(decideHold([edited], withUnconfirmed('require', []))).toMatchObject({ action: 'save' });
  });
});

describe('where the post waits: a Post only waiting for calls on their way goes on to X (its request waits)', () => {
  const cases: Array<[string, ItemView[], boolean]> = [
    ['typed descriptions about to be saved', [item({ kind: 'unsaved' }, 'typed'), item(applied('a'), 'a')], true],
    ['a call in flight', [item({ kind: 'saving' }, 'x'), item(applied('a'), 'a')], true],
    [
      'a save while another waits for X’s window',
      [item({ kind: 'unsaved' }, 'typed'), item({ kind: 'waiting', reason: 'rate-limited', until: 5 }, 'y')],
      false,
    ],
    ['a retry scheduled', [item({ kind: 'waiting', reason: 'retrying', until: 5 }, 'y')], false],
    ['a failure (the user decides)', [item({ kind: 'failed', message: 'no', problems: [] }, 'x')], false],
    ['a missing description under "remind"', [item({ kind: 'unsaved' }, '')], false],
    ['nothing to wait for', [item(applied('a'), 'a')], false],
  ];
  test.each(cases)('%s', (_name, items, expected) => {
    expect(onlyCallsPending(decideHold(items, context('remind')), items)).toBe(expected);
  });
});
