import { describe, expect, test } from 'vitest';
import { isPostShortcut } from '../../../lib/content/post-shortcut';

const key = (init: Partial<KeyboardEvent>) =>
  ({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, ...init }) as KeyboardEvent;

describe("X's keyboard shortcut to post (x-composer.md)", () => {
  test('macOS: Cmd+Enter posts; Ctrl+Enter does not (and is left alone)', () => {
    expect(isPostShortcut(key({ metaKey: true }), 'macOS')).toBe(true);
    expect(isPostShortcut(key({ ctrlKey: true }), 'MacIntel')).toBe(false);
  });
  test('elsewhere: Ctrl+Enter posts, not with Alt; Cmd (the Windows key) does not', () => {
    expect(isPostShortcut(key({ ctrlKey: true }), 'Linux x86_64')).toBe(true);
    expect(isPostShortcut(key({ ctrlKey: true, altKey: true }), 'Win32')).toBe(false);
    expect(isPostShortcut(key({ metaKey: true }), 'Linux x86_64')).toBe(false);
  });
  test('only Enter', () => {
    expect(isPostShortcut(key({ key: 'a', ctrlKey: true }), 'Linux')).toBe(false);
  });
});
