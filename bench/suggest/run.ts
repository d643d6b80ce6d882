/**
 * `npm run bench:suggest`: the suggestion engine in the real Chrome build, in headless Chromium on this machine.
 * Draws a 44-picture corpus in an extension page, asks the background for suggestions through the real message
 * path (OCR runs in the offscreen document), and prints and writes to bench/suggest/results.json:
 * OCR character error rate, suggestions on text-free photos, upload→suggestion time, memory after the idle stop,
 * earlier-description reuse across re-encoding/resizing/cropping (and no false matches), and package sizes.
 * `--quick`: a few pictures and no 2-minute memory wait (a smoke run; figures are not meaningful).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from '../../tools/launch-browser';
import { median, p95, quantile, spread } from '../stats';
import { CORPUS, cer, expectedText, type Spec } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');

interface Picture {
  id: string;
  mimeType: string;
  image: string;
  variants: { jpeg70: string; half: string; crop5: string };
}
type Reply<T> = { ok: true; value: T } | { ok: false; error: { message: string } };
type Suggestion = { kind: string; text: string; usedAt?: number };

async function send<T>(page: Page, type: string, payload: unknown): Promise<{ value: T; ms: number }> {
  const { reply, ms } = await page.evaluate(
    async (message) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome.runtime;
      const started = performance.now();
      const answer = await runtime.sendMessage(message);
      return { reply: answer, ms: performance.now() - started };
    },
    { type, payload },
  );
  const result = reply as Reply<T>;
  if (!result.ok) throw new Error(`${type} failed: ${result.error.message}`);
  return { value: result.value, ms };
}

/**
 * Resident memory (MiB) of the browser and every process it started (renderers, GPU, the offscreen document), in
 * total and by process type (`--type=` of its command line; extension processes apart), to see what stays.
 */
function treeRss(rootPid: number): { total: number; byType: Record<string, { count: number; mib: number }> } {
  const parents = new Map<number, number>();
  const info = new Map<number, { kib: number; type: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const type = /--extension-process/.test(cmdline)
        ? 'extension'
        : (/--type=([\w-]+)/.exec(cmdline)?.[1] ?? 'browser');
      info.set(Number(name), { kib: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), type });
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parents.get(p)) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  const byType: Record<string, { count: number; mib: number }> = {};
  for (const [pid, { kib, type }] of info) {
    if (!inTree(pid)) continue;
    total += kib / 1024;
    byType[type] ??= { count: 0, mib: 0 };
    byType[type].count++;
    byType[type].mib += kib / 1024;
  }
  return { total, byType };
}
const treeRssMiB = (rootPid: number) => treeRss(rootPid).total;

function dirKiB(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    bytes += stat.isDirectory() ? dirKiB(path) * 1024 : stat.size;
  }
  return bytes / 1024;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(ROOT, '.output', 'bench-suggest-'));
  const env = { ...process.env, WXT_OUT_DIR: outDir };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore', env });
  const chromeDir = join(outDir, 'chrome-mv3');
  const firefoxDir = join(outDir, 'firefox-mv3');

  const { browser, extensionOrigin } = await launchBrowser('chromium', {
    extensionDir: chromeDir,
    simPort: 9,
    simHosts: [],
  });
  const rootPid = browser.process()?.pid ?? 0;
  try {
    const page = await browser.newPage();
    await page.goto(`${extensionOrigin}/options.html`);
    const specs: Spec[] = quick ? CORPUS.filter((_, i) => i % 8 === 0) : CORPUS;
    const drawSource = readFileSync(join(import.meta.dirname, 'draw.js'), 'utf8');
    const pictures = (await page.evaluate(`${drawSource}\ndrawCorpus(${JSON.stringify(specs)})`)) as Picture[];
    await new Promise((r) => setTimeout(r, 2000));
    const baseline = treeRss(rootPid);
    const baselineMiB = baseline.total;

    // 1. OCR: every picture once, as an upload. The first call also loads the engine (cold).
    const rows: Array<{ id: string; kind: string; ms: number; cer?: number; offered: boolean; text: string }> = [];
    let peakMiB = baselineMiB;
    for (const [i, picture] of pictures.entries()) {
      const spec = specs[i] as Spec;
      const { value, ms } = await send<Suggestion[]>(page, 'suggest/for', {
        image: picture.image,
        mimeType: picture.mimeType,
      });
      peakMiB = Math.max(peakMiB, treeRssMiB(rootPid));
      const ocr = value.find((s) => s.kind === 'ocr')?.text ?? '';
      const expected = expectedText(spec);
      rows.push({
        id: picture.id,
        kind: spec.kind,
        ms,
        offered: ocr !== '',
        text: ocr,
        ...(expected ? { cer: cer(expected, ocr) } : {}),
      });
      console.log(
        `  ${picture.id.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms  ${expected ? `CER ${(cer(expected, ocr) * 100).toFixed(1)} %` : ocr ? `NOISE: ${ocr.slice(0, 60)}` : 'nothing offered'}`,
      );
    }
    const textRows = rows.filter((r) => r.cer !== undefined);
    const cers = textRows.map((r) => r.cer ?? 1);
    const photosWithSuggestion = rows.filter((r) => r.kind === 'photo' && r.offered).length;
    const times = rows.map((r) => r.ms);
    const warm = times.slice(1);

    // 2. Reuse: remember a description for every picture, then ask with its altered copies.
    for (const picture of pictures)
      await send(page, 'suggest/remember', {
        image: picture.image,
        mimeType: picture.mimeType,
        altText: `Description of ${picture.id}`,
      });
    let reuseTried = 0;
    let reuseMatched = 0;
    let falseMatches = 0;
    const misses: string[] = [];
    for (const picture of pictures) {
      for (const [variant, image] of Object.entries(picture.variants)) {
        const { value } = await send<Suggestion[]>(page, 'suggest/for', { image, mimeType: 'image/jpeg' });
        const earlier = value.find((s) => s.kind === 'earlier');
        reuseTried++;
        if (earlier?.text === `Description of ${picture.id}`) reuseMatched++;
        else if (earlier) {
          falseMatches++;
          misses.push(`${picture.id}/${variant} matched "${earlier.text}"`);
        } else misses.push(`${picture.id}/${variant} not matched`);
      }
    }
    for (const miss of misses) console.log(`  reuse: ${miss}`);
    const lastUse = Date.now();

    // 3. Memory: the offscreen document closes after an idle minute; measure 2 minutes after the last use.
    let closed = false;
    let afterMiB = Number.NaN;
    let after: ReturnType<typeof treeRss> | undefined;
    if (!quick) {
      closed = await waitFor(
        async () => !(await send<{ ocrLoaded: boolean }>(page, 'suggest/engine-state', {})).value.ocrLoaded,
        100_000,
      );
      await new Promise((r) => setTimeout(r, Math.max(0, lastUse + 120_000 - Date.now())));
      after = treeRss(rootPid);
      afterMiB = after.total;
    }

    const results = {
      machine: { cores: (await import('node:os')).cpus().length, browser: 'chromium (headless)', quick },
      corpus: { pictures: pictures.length, text: textRows.length, photos: rows.length - textRows.length },
      ocr_cer_median: median(cers),
      ocr_cer_p90: quantile(cers, 0.9),
      ocr_cer_spread: spread(
        cers.map((c) => c * 100),
        1,
      ),
      ocr_cer_by_kind: Object.fromEntries(
        ['post', 'chat', 'code', 'article', 'meme'].map((k) => [
          k,
          median(textRows.filter((r) => r.kind === k).map((r) => r.cer ?? 1)),
        ]),
      ),
      photos_with_suggestion: photosWithSuggestion,
      text_pictures_without_suggestion: textRows.filter((r) => !r.offered).length,
      suggestion_ms_cold: times[0],
      suggestion_ms_p50: median(warm),
      suggestion_ms_p95: p95(warm),
      suggestion_ms_spread: spread(warm, 0),
      memory_mib: {
        baseline: baselineMiB,
        peak: peakMiB,
        two_minutes_after_last_use: afterMiB,
        offscreen_closed: closed,
      },
      memory_by_process: { baseline: baseline.byType, two_minutes_after_last_use: after?.byType },
      memory_back_to_baseline: !quick && afterMiB <= baselineMiB + 15,
      reuse: { tried: reuseTried, matched: reuseMatched, false_matches: falseMatches, rate: reuseMatched / reuseTried },
      package_kib: {
        chrome: dirKiB(chromeDir),
        firefox: dirKiB(firefoxDir),
        ocr_assets: dirKiB(join(chromeDir, 'ocr')),
        content_script: statSync(join(chromeDir, 'content-scripts/x.js')).size / 1024,
      },
      per_picture: rows.map(({ id, ms, cer: c, offered }) => ({ id, ms: Math.round(ms), cer: c, offered })),
    };
    writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const { per_picture: _, ...summary } = results;
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
