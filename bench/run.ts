/**
 * `npm run bench`: what the extension costs x.com's page and the user, measured in headless Chromium on the X
 * simulator against the same browser without the extension (and with the bench's reference extension), in the same
 * run. Prints a table and writes bench/results.json. `--quick` runs a few iterations of everything (a smoke run:
 * figures are not meaningful). `--only timeline` measures the page cost alone (sizes, busy timeline, idle page);
 * `--only flows` what the user waits for, `--only memory` the heap and observers after compose cycles; each updates just
 * its own figures in results.json. The whole bench stops itself after BENCH_LIMIT_MS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Bench, startBench } from './context';
import { detection, holdAdded, parallelApply, popupInteractive, release, workerWake } from './flows';
import { GOALS, type Row, standing } from './goals';
import { guardCost } from './guard';
import { type CyclesCost, cyclesCost, SETTLE_MS } from './page-cost';
import { pageUiLoad } from './page-ui-load';
import { bundleSizes } from './sizes';
import { median, medianInterval, p95, spread } from './stats';
import { busyTimeline, describeRatios, idleCallbacks } from './timeline';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const SECTIONS = ['timeline', 'flows', 'memory'];
if (only !== undefined && !SECTIONS.includes(only)) {
  console.error(`--only takes one of: ${SECTIONS.join(', ')} (got ${only})`);
  process.exit(2);
}
const n = (full: number, smoke: number) => (quick ? smoke : full);
/** A full run takes about 10 minutes on two shared cores; past this, something hangs: stop rather than wait. */
const BENCH_LIMIT_MS = 30 * 60_000;

interface Results {
  metrics: Record<string, number>;
  spreads: Record<string, string>;
  goals: Record<string, number>;
  /** How each figure stands against its goal (bench/goals.ts): yes, within the noise, no, or no goal. */
  met: Record<string, string>;
  runs: number;
  browser: string;
  date: string;
  quick: boolean;
  only?: string;
}

type Add = (metric: string, value: number, runs: number, spread: string, interval?: [number, number]) => void;

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(ROOT, '.output', 'bench-'));
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, WXT_OUT_DIR: outDir } });
  const chromeDir = join(outDir, 'chrome-mv3');
  const rows: Row[] = [];
  const add: Add = (metric, value, runs, spreadText, interval) => {
    rows.push({ metric, value, runs, spread: spreadText, ...(interval ? { interval } : {}) });
    console.log(`  ${metric} = ${value.toFixed(3)}`);
  };

  for (const [metric, kib] of Object.entries(bundleSizes(chromeDir))) add(metric, kib, 1, '–');

  const bench = await startBench(chromeDir);
  try {
    if (!only || only === 'timeline') await pageFigures(bench, add);
    if (!only || only === 'flows') await flowFigures(bench, add);
    if (!only || only === 'memory') await memoryFigures(bench, add);
  } finally {
    await bench.close();
    rmSync(outDir, { recursive: true, force: true });
  }

  const file = join(ROOT, 'bench/results.json');
  const measured = Object.fromEntries(rows.map((r) => [r.metric, Number(r.value.toFixed(3))]));
  const spreads = Object.fromEntries(rows.map((r) => [r.metric, r.spread]));
  // --only updates its own figures and keeps the others from the last run.
  const previous = only && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>) : {};
  const results: Results = {
    metrics: { ...previous.metrics, ...measured },
    spreads: { ...previous.spreads, ...spreads },
    goals: GOALS,
    met: { ...previous.met, ...Object.fromEntries(rows.map((r) => [r.metric, standing(r) ?? 'no goal'])) },
    runs: Math.max(...rows.map((r) => r.runs)),
    browser: chromiumVersion(),
    date: new Date().toISOString(),
    quick,
    ...(only ? { only } : {}),
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printTable(rows);
}

/** What the extension costs the page itself: a busy timeline (against the page alone and the reference), an idle one. */
async function pageFigures(bench: Bench, add: Add) {
  // Ratios within each round of the three browsers, so a slow moment of the machine hits all three alike.
  const timeline = await busyTimeline(bench.launchVariants, n(6, 1), n(3, 2), n(2000, 200));
  const { medianMs: ms } = timeline;
  const rounds = `${timeline.triples} rounds (${timeline.launches} launches of each browser) × ${timeline.posts} posts`;
  console.log(
    `  busy timeline, ${rounds}; median main-thread CPU ms: alone ${ms.alone.toFixed(0)}, ours ${ms.ours.toFixed(0)}, reference ${ms.reference.toFixed(0)}`,
  );
  console.log(`    ours / alone:       ${timeline.oursOverAlone.map((r) => r.toFixed(3)).join(' ')}`);
  console.log(`    ours / reference:   ${timeline.oursOverReference.map((r) => r.toFixed(3)).join(' ')}`);
  console.log(`    reference / alone:  ${timeline.referenceOverAlone.map((r) => r.toFixed(3)).join(' ')}`);
  add(
    'timeline_overhead_ratio',
    median(timeline.oursOverAlone),
    timeline.triples,
    describeRatios(timeline.oursOverAlone),
  );
  const overReference = medianInterval(timeline.oursOverReference);
  add(
    'timeline_over_reference_ratio',
    median(timeline.oursOverReference),
    timeline.triples,
    `${describeRatios(timeline.oursOverReference)}; 95 % CI of the median ${overReference.map((r) => r.toFixed(3)).join('–')}`,
    overReference,
  );
  add(
    'reference_overhead_ratio',
    median(timeline.referenceOverAlone),
    timeline.triples,
    describeRatios(timeline.referenceOverAlone),
  );

  const idleWindow = n(5_000, 1_000);
  const ours = await idleCallbacks(bench.withExtension, 'ours', bench.extensionOrigin, idleWindow);
  const reference = await idleCallbacks(bench.reference, 'reference', bench.referenceOrigin, idleWindow);
  add(
    'idle_callbacks',
    ours.idle,
    1,
    `${idleWindow / 1000} s of an unchanging page; while 60 posts arrive: ours ${ours.busy}, reference ${reference.busy} (reference idle: ${reference.idle})`,
  );
  if (ours.busy === 0)
    console.log('  (idle_callbacks: no call of ours seen on a busy page either: the count is blind)');
}

/** What the user waits for, and what it costs in calls: detection, hold, release, popup, wake, parallel saves. */
async function flowFigures(bench: Bench, add: Add) {
  const detected = await detection(bench, n(50, 3));
  add('detection_ms_p50', median(detected.values), detected.values.length, spread(detected.values));
  add('detection_ms_p95', p95(detected.values), detected.values.length, spread(detected.values));

  const uiLoad = await pageUiLoad(bench, n(20, 3));
  add(
    'page_ui_wait_ms_p95',
    p95(uiLoad.waited),
    uiLoad.waited.length,
    `the first tile's wait for the page UI, in a composer opened on its own route; ${spread(uiLoad.waited, 2)}`,
  );
  add(
    'page_ui_load_ms_p95',
    p95(uiLoad.onClick),
    uiLoad.onClick.length,
    `the page UI's first load, the user clicking into the inline composer of a loaded timeline; ${spread(uiLoad.onClick)}, median ${median(uiLoad.onClick).toFixed(1)}`,
  );
  add(
    'page_ui_load_at_open_ms_p95',
    p95(uiLoad.atOpen),
    uiLoad.atOpen.length,
    `the same load begun while X builds a composer opened on its own route (both on the main thread); ${spread(uiLoad.atOpen)}, median ${median(uiLoad.atOpen).toFixed(1)}`,
  );

  const hold = await holdAdded(bench, n(20, 2));
  add('hold_added_ms_p95', hold.added, n(20, 2) * 2, hold.spread);

  const guard = await guardCost(bench, n(20, 2));
  add('guard_dispatch_added_ms_p95', guard.dispatchAddedP95, guard.runs, guard.spread);
  add('guard_round_trip_added_ms_p95', guard.roundTripAddedP95, guard.runs, 'context: two browsers, network included');

  const released = await release(bench, n(20, 2));
  add(
    'release_ms_p95',
    p95(released.values),
    released.values.length,
    `${spread(released.values)}; median ${median(released.values).toFixed(1)}; held at the post request (Post clicked once) in ${released.clicks.filter((c) => c === 1).length} of ${released.clicks.length} runs`,
  );

  const popup = await popupInteractive(bench, n(20, 3));
  add('popup_interactive_ms_p50', median(popup.values), popup.values.length, spread(popup.values));

  const wake = await workerWake(bench, n(20, 3));
  add('worker_wake_ms_p50', median(wake.values), wake.values.length, spread(wake.values));

  const parallel = await parallelApply(bench, n(5, 1));
  add('parallel_apply_ratio', parallel.ratio, n(5, 1) * 2, parallel.spread);

  const calls = bench.sim.control.log.entries({ kind: 'metadata-v2' }).length;
  add('duplicate_calls', calls - bench.saves, 1, `${calls} calls for ${bench.saves} saves`);
}

/** What the extension leaks over many compose cycles: heap and observers. */
async function memoryFigures(bench: Bench, add: Add) {
  // One round's heap figure moves by tens of KB with the collector's timing: rounds of 100 cycles on fresh pages,
  // with and without, and their median, every round printed.
  const cycles = n(100, 5);
  const rounds: Array<{ withCost: CyclesCost; withoutCost: CyclesCost }> = [];
  for (let round = 0; round < n(3, 1); round++) {
    rounds.push({
      withCost: await cyclesCost(bench.withExtension, true, cycles),
      withoutCost: await cyclesCost(bench.without, false, cycles),
    });
  }
  const kb = (bytes: number) => (bytes / 1024).toFixed(0);
  const growth = rounds.map(({ withCost, withoutCost }) => (withCost.heapGrowth - withoutCost.heapGrowth) / 1024);
  add(
    'heap_growth_kb',
    median(growth),
    cycles * rounds.length,
    `rounds of ${cycles} cycles: ${growth.map((g) => g.toFixed(0)).join(', ')} (${SETTLE_MS / 1000} s after the last cycle: with ${rounds.map((r) => kb(r.withCost.heapGrowth)).join('/')}, without ${rounds.map((r) => kb(r.withoutCost.heapGrowth)).join('/')}; right after it: with ${rounds.map((r) => kb(r.withCost.heapGrowthJustAfter)).join('/')})`,
  );
  const leakedIn = ({ withCost, withoutCost }: (typeof rounds)[number]) =>
    withCost.observerGrowth + Math.max(0, withCost.listenerGrowth - withoutCost.listenerGrowth);
  add(
    'leaked_observers',
    Math.max(...rounds.map(leakedIn)),
    cycles * rounds.length,
    rounds
      .map(
        ({ withCost, withoutCost }) =>
          `observers +${withCost.observerGrowth}, listeners +${withCost.listenerGrowth} (page alone +${withoutCost.listenerGrowth})`,
      )
      .join('; '),
  );
}

function printTable(rows: Row[]): void {
  console.log(
    `\n${'metric'.padEnd(28)}${'value'.padStart(10)}${'goal'.padStart(8)}  met  ${'runs'.padStart(4)}  spread`,
  );
  for (const row of rows) {
    const goal = GOALS[row.metric];
    const met = { yes: 'yes', 'within the noise': 'yes*', no: 'NO ', none: ' – ' }[standing(row) ?? 'none'];
    console.log(
      `${row.metric.padEnd(28)}${row.value.toFixed(2).padStart(10)}${String(goal ?? '–').padStart(8)}  ${met.padEnd(4)} ${String(row.runs).padStart(4)}  ${row.spread}`,
    );
  }
  if (rows.some((row) => standing(row) === 'within the noise'))
    console.log('\n* within the measured noise: the goal lies inside the 95 % confidence interval of the median.');
  if (quick) console.log('\n(--quick: a smoke run with few iterations; the figures are not meaningful.)');
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'chromium';
  }
}

setTimeout(() => {
  console.error(`bench: still running after ${BENCH_LIMIT_MS / 60_000} min: stopped (its browsers close with it)`);
  process.exit(2);
}, BENCH_LIMIT_MS).unref();

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
