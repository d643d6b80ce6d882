import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BROWSER_PATHS, ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The builds under test: a fresh folder per run, so parallel runs never load each other's half-written build. */
    extensionDirs: { chromium: string; firefox: string };
  }
}

/**
 * Once before the e2e files: check that the browsers exist (one clear message, not a stack trace) and build the
 * extension for both, so every run tests the code as it is now.
 */
export default function setup(project: TestProject): () => void {
  const missing = Object.entries(BROWSER_PATHS).filter(([, path]) => !existsSync(path));
  if (missing.length > 0) {
    const names = missing.map(([name, path]) => `${name} (${path})`).join(', ');
    throw new Error(
      `E2E tests need Debian's browsers, and these are missing: ${names}.\n` +
        'Install them with: sudo apt-get install -y --no-install-recommends chromium firefox-esr\n' +
        '(or run only the unit tests: npm run test:unit)',
    );
  }
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  const outDir = mkdtempSync(join(ROOT, '.output', 'e2e-'));
  const env = { ...process.env, WXT_OUT_DIR: outDir };
  for (const args of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: 'pipe', env, cwd: ROOT });
  }
  const dirs = { chromium: join(outDir, 'chrome-mv3'), firefox: join(outDir, 'firefox-mv3') };
  for (const dir of Object.values(dirs)) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`The build did not produce ${dir}/manifest.json`);
  }
  project.provide('extensionDirs', dirs);
  return () => rmSync(outDir, { recursive: true, force: true });
}
