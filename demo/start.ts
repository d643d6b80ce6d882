/**
 * `npm start`: builds the extension, starts the X simulator, and opens Chromium with the extension on the simulated
 * composer and a demo account connected. With a display, the browser is yours to try until Ctrl+C; without one, the
 * demo walks the main flow itself (connect, upload, describe, save, post) and writes screenshots and a log.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSimulator } from '../sim';
import { launchBrowser } from '../tools/launch-browser';
import { walkThrough } from './walkthrough';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'demo-output');
const headed = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';

async function main(): Promise<void> {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const sim = await startSimulator({ quiet: true });
  const { browser, extensionOrigin } = await launchBrowser('chromium', {
    extensionDir: join(ROOT, '.output/chrome-mv3'),
    simPort: sim.port,
    simHosts: sim.hosts,
    headless: !headed,
    viewport: { width: 1366, height: 900 },
  });
  let closing = false;
  const close = async (code: number) => {
    if (closing) return;
    closing = true;
    await browser.close().catch(() => {});
    await sim.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void close(0));
  process.on('SIGTERM', () => void close(0));

  console.log(`X simulator on https://127.0.0.1:${sim.port} (x.com, api.x.com, upload.x.com mapped to it).`);
  mkdirSync(OUTPUT, { recursive: true });
  const log: string[] = [];
  const note = (line: string) => {
    log.push(line);
    console.log(`  ${line}`);
  };
  let shots: string[];
  try {
    shots = await walkThrough({
      browser,
      sim,
      extensionOrigin: extensionOrigin!,
      output: OUTPUT,
      note,
      stopAfterConnect: headed,
    });
  } catch (error) {
    // Never leave a browser or the simulator behind: report, clean up, and fail.
    note(`The demo stopped: ${error instanceof Error ? error.message : String(error)}`);
    writeFileSync(join(OUTPUT, 'log.txt'), `${log.join('\n')}\n`);
    return close(1);
  }
  writeFileSync(join(OUTPUT, 'log.txt'), `${log.join('\n')}\n`);
  if (headed) {
    console.log('\nChromium is open on the simulated composer with a demo account connected. Ctrl+C to stop.');
    return;
  }
  console.log(`\nDone. Screenshots and log in ${OUTPUT}:\n${shots.map((s) => `  ${s}`).join('\n')}`);
  await close(0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
