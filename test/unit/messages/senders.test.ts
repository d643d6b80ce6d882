import { describe, expect, test } from 'vitest';
import { classifySender, type SenderInfo, X_ORIGIN } from '../../../lib/messages/senders';

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const OWN_PAGE_URL = `${SELF.origin}/options.html`;

/** A sender as the browser builds it, `url` included: the classifier must not read it (a page controls its path). */
const sender = (fields: SenderInfo & { url?: string }): SenderInfo => fields;

describe('classifySender', () => {
  test('our own extension page (with or without a tab) is an extension page', () => {
    expect(classifySender(sender({ id: SELF.id, origin: SELF.origin, url: OWN_PAGE_URL }), SELF)).toBe(
      'extension-page',
    );
    // An options page opened in a tab carries a tab and frame 0; still our page.
    const inTab = sender({ id: SELF.id, origin: SELF.origin, frameId: 0, tab: { id: 7 }, url: OWN_PAGE_URL });
    expect(classifySender(inTab, SELF)).toBe('extension-page');
  });

  test('our content script in the top frame of an x.com tab is the x content script', () => {
    const content = sender({ id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: 3 }, url: 'https://x.com/home' });
    expect(classifySender(content, SELF)).toBe('x-content-script');
    expect(classifySender({ ...content, tab: { id: 3, incognito: true } }, SELF)).toBe('x-content-script');
  });

  test('our id in a subframe of x.com is a stranger (the script runs only in the top frame)', () => {
    for (const frameId of [1, 42, -1]) {
      const framed = sender({ id: SELF.id, origin: X_ORIGIN, frameId, tab: { id: 3 }, url: 'https://x.com/home' });
      expect(classifySender(framed, SELF)).toBe('stranger');
    }
  });

  test('another origin is a stranger, however its url looks', () => {
    const origins = [
      'https://evil.example',
      'https://x.com.evil.example',
      'http://x.com',
      'https://twitter.com',
      'null',
    ];
    for (const origin of origins) {
      // The url claims to be x.com or our own page: ignored.
      for (const url of ['https://x.com/home', OWN_PAGE_URL]) {
        expect(classifySender(sender({ id: SELF.id, origin, frameId: 0, tab: { id: 1 }, url }), SELF)).toBe('stranger');
      }
    }
  });

  test('another extension id is a stranger, even with our origin or x.com', () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    expect(classifySender(sender({ id: other, origin: SELF.origin, url: OWN_PAGE_URL }), SELF)).toBe('stranger');
    expect(classifySender(sender({ id: other, origin: X_ORIGIN, frameId: 0, tab: { id: 1 } }), SELF)).toBe('stranger');
  });

  test('missing fields make a stranger: no id, no origin, no frame id, no tab or no tab id', () => {
    const full = { id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: 1 } };
    expect(classifySender({}, SELF)).toBe('stranger');
    expect(classifySender({ ...full, id: undefined }, SELF)).toBe('stranger');
    expect(classifySender({ ...full, origin: undefined }, SELF)).toBe('stranger');
    expect(classifySender({ ...full, frameId: undefined }, SELF)).toBe('stranger');
    expect(classifySender({ ...full, tab: undefined }, SELF)).toBe('stranger');
    expect(classifySender({ ...full, tab: {} }, SELF)).toBe('stranger');
    expect(classifySender({ id: SELF.id }, SELF)).toBe('stranger');
  });

  test('never from url: a sender with only our id and a url of our page or of x.com is a stranger', () => {
    expect(classifySender(sender({ id: SELF.id, url: OWN_PAGE_URL }), SELF)).toBe('stranger');
    expect(classifySender(sender({ id: SELF.id, frameId: 0, tab: { id: 2 }, url: 'https://x.com/home' }), SELF)).toBe(
      'stranger',
    );
    // And the opposite: a true content script whose page pushed a strange path is still ours.
    const pushed = sender({ id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: 2 }, url: 'https://x.com/%2e%2e/' });
    expect(classifySender(pushed, SELF)).toBe('x-content-script');
  });

  test('a url field is not even read', () => {
    let read = false;
    const spy = Object.defineProperty({ id: SELF.id, origin: X_ORIGIN, frameId: 0, tab: { id: 9 } }, 'url', {
      get() {
        read = true;
        return 'https://x.com/home';
      },
    });
    expect(classifySender(spy, SELF)).toBe('x-content-script');
    expect(read).toBe(false);
  });
});
