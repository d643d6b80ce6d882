import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BROWSER_PATHS, EXTENSION_DIRS } from './paths';

/**
 * Once before the e2e files: check that the browsers exist (one clear message, not a stack trace) and build the
 * extension for both, so every run tests the code as it is now.
 */
export default function setup(): void {
  const missing = Object.entries(BROWSER_PATHS).filter(([, path]) => !existsSync(path));
  if (missing.length > 0) {
    const names = missing.map(([name, path]) => `${name} (${path})`).join(', ');
    throw new Error(
      `E2E tests need Debian's browsers, and these are missing: ${names}.\n` +
        'Install them with: sudo apt-get install -y --no-install-recommends chromium firefox-esr\n' +
        '(or run only the unit tests: npm run test:unit)',
    );
  }
  for (const args of [['build'], ['build', '-b', 'firefox', '--mv3']]) {
    execFileSync('npx', ['wxt', ...args], { stdio: 'pipe' });
  }
  for (const dir of Object.values(EXTENSION_DIRS)) {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`The build did not produce ${dir}/manifest.json`);
  }
}
