import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../fixtures/x-dom');

/** The static x.com DOM fixtures (test/fixtures/x-dom/*.html): our hypotheses about X's page, pinned. */
export const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.html'))
  .sort();

export function fixtureHtml(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

/** Parses a fixture into a document of its own (for looking, not for the readers that use the global document). */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/**
 * Makes a fixture the page: its <body> replaces the global document's (brand-new nodes each call, as when X
 * re-renders), and its <html lang>. The readers look at the global `document`, like the content script.
 */
export function loadFixture(name: string): Document {
  const parsed = parseFixture(name);
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceWith(document.importNode(parsed.body, true));
  return document;
}
