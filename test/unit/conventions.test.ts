import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Architecture and safety rules of the code base, checked on the source (the build is checked in e2e). */
const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const product = [...sources('lib'), ...sources('components'), ...sources('entrypoints')];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const offending = (files: string[], pattern: RegExp) => files.filter((file) => pattern.test(read(file)));

describe('safety', () => {
  test('no HTML is ever built from strings', () => {
    expect(
      offending(product, /\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/),
    ).toEqual([]);
  });
  test('nothing is evaluated as code', () => {
    expect(offending(product, /\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/)).toEqual([]);
  });
  test('no external messaging', () => {
    expect(offending(product, /onMessageExternal|onConnectExternal/)).toEqual([]);
  });
  test('nothing is logged from product code (tokens, alt text and media ids never reach logs)', () => {
    expect(offending(product, /\bconsole\.(log|info|debug|warn|error)\s*\(/)).toEqual([]);
  });
  test('every request goes through lib/api/transport.ts (URLs are constants there), with the fetch the background injects', () => {
    expect(
      offending(product, /\bfetch\s*\(|globalThis\.fetch/).filter((f) => !f.endsWith('lib/background/services.ts')),
    ).toEqual([]);
  });
});

describe('architecture', () => {
  test('components render: they never call browser.* (entrypoints wire them)', () => {
    expect(offending(sources('components'), /\bbrowser\.|from 'wxt\/browser'/)).toEqual([]);
  });
  test('only lib/account/vault.ts touches the secret storage entries', () => {
    const secretKeys =
      /storedItem\([^)]*['"](vault|accessToken)['"]|storage\.(local|session)\.\w+\(\s*['"](vault|accessToken)['"]/;
    expect(offending(product, secretKeys).filter((f) => !f.endsWith('lib/account/vault.ts'))).toEqual([]);
  });
  test('every storage key is declared once', () => {
    const declarations = product.flatMap((file) =>
      [...read(file).matchAll(/storedItem\(\s*'(local|session)',\s*'([^']+)'/g)].map((m) => `${m[1]}:${m[2]}`),
    );
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((key, i) => declarations.indexOf(key) !== i)).toEqual([]);
  });
  test('zod is imported through lib/zod.ts (so jitless mode always applies)', () => {
    expect(
      offending(product, /from 'zod'/).filter((f) => !f.endsWith('lib/zod.ts') && !/import type/.test(read(f))),
    ).toEqual([]);
  });
});
