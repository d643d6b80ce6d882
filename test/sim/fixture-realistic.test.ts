// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The realistic x.com fixture (test/fixtures/x-dom/thread-realistic-2026.html) keeps the facts the simulated page
// is tested for in test/sim/page/composer-dom.test.ts, so unit tests of the extension's readers see the same DOM.

const html = readFileSync(join(import.meta.dirname, '../fixtures/x-dom/thread-realistic-2026.html'), 'utf8');
const doc = new DOMParser().parseFromString(html, 'text/html');
const modal = doc.querySelector('#layers [role="dialog"]') as Element;

describe('thread-realistic-2026.html', () => {
  it('has two tweetTextarea_ prefix matches per post (container + editor), labels aside', () => {
    const ids = [...modal.querySelectorAll('[data-testid^="tweetTextarea_"]:not([data-testid$="_label"])')].map((n) =>
      n.getAttribute('data-testid'),
    );
    expect(ids).toEqual([
      'tweetTextarea_0RichTextInputContainer',
      'tweetTextarea_0',
      'tweetTextarea_1RichTextInputContainer',
      'tweetTextarea_1',
    ]);
  });

  it('labels tiles with X’s alt text or "Média", with unlabelled-by-test-id buttons', () => {
    const groups = [...modal.querySelectorAll('[data-testid="attachments"] [role="group"]')];
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Un milan royal', 'Média', 'Média']);
    for (const group of groups) {
      expect([...group.querySelectorAll('button')].map((b) => b.getAttribute('data-testid'))).toEqual([
        null,
        null,
        null,
      ]);
    }
  });

  it('has one altTextWrapper, on the active (last) post, whose media is a GIF search URL', () => {
    const links = [...doc.querySelectorAll('a[data-testid="altTextWrapper"]')];
    expect(links).toHaveLength(1);
    const attachments = links[0]?.closest('[data-testid="attachments"]');
    expect(attachments?.querySelector('img')?.getAttribute('src')).toMatch(/^https:\/\/pbs\.twimg\.com\//);
    expect(attachments?.parentElement?.querySelector('[data-testid="tweetTextarea_1"]')).not.toBeNull();
  });

  it('draws the inline composer’s video without src, with a blob: <source>, loop and muted', () => {
    const video = doc.querySelector('[data-testid="primaryColumn"] video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBeNull();
    expect(video.hasAttribute('loop') && video.hasAttribute('muted')).toBe(true);
    expect(video.querySelector('source')?.getAttribute('src')).toMatch(/^blob:https:\/\/x\.com\//);
  });
});
