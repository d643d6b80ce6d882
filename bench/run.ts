/**
 * `npm run bench`: what the extension costs x.com's page and the user, measured in headless Chromium on the X
 * simulator against the same browser without the extension, in the same run. Prints a table and writes
 * bench/results.json. `--quick` runs a few iterations of everything (a smoke run: figures are not meaningful).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBench } from './context';
import { detection, holdAdded, parallelApply, popupInteractive, release, workerWake } from './flows';
import { guardCost } from './guard';
import { cyclesCost, timelineOverhead } from './page-cost';
import { bundleSizes } from './sizes';
import { median, p95, spread } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const n = (full: number, smoke: number) => (quick ? smoke : full);

const GOALS: Record<string, number> = {
  timeline_overhead_ratio: 1.03,
  detection_ms_p50: 20,
  detection_ms_p95: 50,
  hold_added_ms_p95: 5,
  guard_dispatch_added_ms_p95: 1,
  release_ms_p95: 20,
  popup_interactive_ms_p50: 100,
  worker_wake_ms_p50: 150,
  parallel_apply_ratio: 1.3,
  duplicate_calls: 0,
  heap_growth_kb: 512,
  leaked_observers: 0,
  bundle_gzip_kb_content: 25,
  bundle_gzip_kb_popup: 40,
  bundle_gzip_kb_background: 40,
  bundle_gzip_kb_options: 40,
};

interface Row {
  metric: string;
  value: number;
  runs: number;
  spread: string;
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(ROOT, '.output', 'bench-'));
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, WXT_OUT_DIR: outDir } });
  const chromeDir = join(outDir, 'chrome-mv3');
  const rows: Row[] = [];
  const add = (metric: string, value: number, runs: number, spreadText: string) => {
    rows.push({ metric, value, runs, spread: spreadText });
    console.log(`  ${metric} = ${value.toFixed(3)}`);
  };

  for (const [metric, kib] of Object.entries(bundleSizes(chromeDir))) add(metric, kib, 1, '–');

  const bench = await startBench(chromeDir);
  try {
    const timeline = await timelineOverhead(bench.withExtension, bench.without, n(6, 1), n(2000, 200));
    add('timeline_overhead_ratio', timeline.ratio, timeline.runs * 2, timeline.spread);

    const detected = await detection(bench, n(50, 3));
    add('detection_ms_p50', median(detected.values), detected.values.length, spread(detected.values));
    add('detection_ms_p95', p95(detected.values), detected.values.length, spread(detected.values));

    const hold = await holdAdded(bench, n(20, 2));
    add('hold_added_ms_p95', hold.added, n(20, 2) * 2, hold.spread);

    const guard = await guardCost(bench, n(20, 2));
    add('guard_dispatch_added_ms_p95', guard.dispatchAddedP95, guard.runs, guard.spread);
    add('guard_round_trip_added_ms_p95', guard.roundTripAddedP95, guard.runs, guard.spread);

    const released = await release(bench, n(20, 2));
    add('release_ms_p95', p95(released.values), released.values.length, spread(released.values));

    const popup = await popupInteractive(bench, n(20, 3));
    add('popup_interactive_ms_p50', median(popup.values), popup.values.length, spread(popup.values));

    const wake = await workerWake(bench, n(20, 3));
    add('worker_wake_ms_p50', median(wake.values), wake.values.length, spread(wake.values));

    const parallel = await parallelApply(bench, n(5, 1));
    add('parallel_apply_ratio', parallel.ratio, n(5, 1) * 2, parallel.spread);

    const cycles = n(100, 5);
    const withCost = await cyclesCost(bench.withExtension, true, cycles);
    const withoutCost = await cyclesCost(bench.without, false, cycles);
    add(
      'heap_growth_kb',
      (withCost.heapGrowth - withoutCost.heapGrowth) / 1024,
      cycles,
      `with ${(withCost.heapGrowth / 1024).toFixed(0)}, without ${(withoutCost.heapGrowth / 1024).toFixed(0)}`,
    );
    const leaked = withCost.observerGrowth + Math.max(0, withCost.listenerGrowth - withoutCost.listenerGrowth);
    add(
      'leaked_observers',
      leaked,
      cycles,
      `observers +${withCost.observerGrowth}, listeners +${withCost.listenerGrowth} (page alone +${withoutCost.listenerGrowth})`,
    );

    const calls = bench.sim.control.log.entries({ kind: 'metadata-v2' }).length;
    add('duplicate_calls', calls - bench.saves, 1, `${calls} calls for ${bench.saves} saves`);
  } finally {
    await bench.close();
    rmSync(outDir, { recursive: true, force: true });
  }

  const metrics = Object.fromEntries(rows.map((r) => [r.metric, Number(r.value.toFixed(3))]));
  const runs = Math.max(...rows.map((r) => r.runs));
  const results = { metrics, goals: GOALS, runs, browser: chromiumVersion(), date: new Date().toISOString(), quick };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable(rows);
}

function printTable(rows: Row[]): void {
  console.log(
    `\n${'metric'.padEnd(28)}${'value'.padStart(10)}${'goal'.padStart(8)}  met  ${'runs'.padStart(4)}  spread`,
  );
  for (const row of rows) {
    const goal = GOALS[row.metric] ?? Number.NaN;
    const met = row.value <= goal ? 'yes' : 'NO ';
    console.log(
      `${row.metric.padEnd(28)}${row.value.toFixed(2).padStart(10)}${String(goal).padStart(8)}  ${met}  ${String(row.runs).padStart(4)}  ${row.spread}`,
    );
  }
  if (quick) console.log('\n(--quick: a smoke run with few iterations; the figures are not meaningful.)');
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'chromium';
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
