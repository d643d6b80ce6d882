// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMPOSE_ROUTE, X } from '../../../lib/x/selectors';
import { FIXTURES, parseFixture } from './load-fixture';

const ROOT = join(import.meta.dirname, '../../..');

describe('every selector of lib/x/selectors.ts is pinned by a fixture', () => {
  const documents = FIXTURES.map((name) => ({ name, doc: parseFixture(name) }));

  test('there are fixtures', () => expect(FIXTURES.length).toBeGreaterThanOrEqual(3));

  // A selector no fixture matches could rot unnoticed: each must match something in at least one fixture.
  test.each(Object.entries(X))('%s matches in at least one fixture', (_name, selector) => {
    const matching = documents.filter(({ doc }) => doc.querySelector(selector) !== null).map(({ name }) => name);
    expect(matching.length, `${selector} matches no fixture`).toBeGreaterThan(0);
  });

  // A selector list is as weak as its least pinned part: each comma-separated alternative must match too.
  test.each(
    Object.entries(X).flatMap(([name, selector]) =>
      selector.includes(',') ? selector.split(',').map((part) => [name, part.trim()] as const) : [],
    ),
  )('%s: the alternative %s matches in at least one fixture', (_name, part) => {
    // <video> stands for the video tile; article is the timeline's (and the real quoted post's) wrapper.
    expect(
      documents.some(({ doc }) => doc.querySelector(part) !== null),
      part,
    ).toBe(true);
  });

  test('textBox matches the text boxes and not their labels', () => {
    for (const { doc } of documents) {
      for (const box of doc.querySelectorAll(X.textBox)) {
        expect(box.getAttribute('data-testid')).toMatch(/^tweetTextarea_\d+$/);
        expect(box.getAttribute('role')).toBe('textbox');
      }
    }
  });

  test("ownMedia alone also matches a quoted post's blob: image: only the reader's quotedPost check excludes it", () => {
    const doc = parseFixture('modal-quote.html');
    const inQuote = [...doc.querySelectorAll(`${X.attachments} ${X.ownMedia}`)].filter((m) => m.closest(X.quotedPost));
    expect(inQuote).toHaveLength(1);
  });

  test('the compose routes, old and new', () => {
    for (const path of ['/compose/post', '/compose/post/media', '/compose/tweet', '/compose/post/unsent/drafts'])
      expect(COMPOSE_ROUTE.test(path), path).toBe(true);
    for (const path of ['/home', '/compose', '/composer/post', '/simuser/status/1'])
      expect(COMPOSE_ROUTE.test(path), path).toBe(false);
  });
});

describe('conventions', () => {
  /** Every source file under lib/, components/ and entrypoints/. */
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : [path];
    });

  test('no file outside lib/x/ names a data-testid: X selectors live in one module', () => {
    const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .map((path) => relative(ROOT, path).split(sep).join('/'))
      .filter((path) => !path.startsWith('lib/x/'))
      .filter((path) => /data-testid/i.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
