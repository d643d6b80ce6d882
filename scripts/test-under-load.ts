/**
 * `npm run test:load [-- --runs N --minutes M --command "npm run test:unit"]`: runs the test command N times in a
 * row (default: `npm test`, 3 times) while a CPU-bound child process keeps one core busy, and prints each run's
 * result and duration. Tests that pass only on an idle machine fail on a user's or a reviewer's machine.
 *
 * The burner is bounded three ways: it exits by itself after --minutes (default 30), this script stops it when the
 * runs end (also on failure, Ctrl+C or SIGTERM), and it exits when it loses its parent (its IPC channel closes).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1]! : fallback;
}

const runs = Number(option('runs', '3'));
const minutes = Number(option('minutes', '30'));
const command = option('command', 'npm test');
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, not "${option('runs', '')}"`);
if (!(minutes > 0)) throw new Error(`--minutes must be a number > 0, not "${option('minutes', '')}"`);

/** The burner's own code: spin in slices, and stop at its deadline or when the parent goes away. */
const BURNER = `
const until = Date.now() + Number(process.argv[2]);
process.on('disconnect', () => process.exit(0));
function slice() {
  const end = Date.now() + 50;
  while (Date.now() < end) {}
  if (Date.now() >= until) process.exit(0);
  setImmediate(slice); // lets the disconnect event in between slices
}
slice();
`;

function startBurner(): ChildProcess {
  // An IPC channel, so the burner notices when this process is gone, however it ended.
  return spawn(process.execPath, ['-e', BURNER, String(minutes * 60_000)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

function run(): Promise<{ code: number; ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(command, { cwd: ROOT, shell: true, stdio: 'inherit' });
    current = child;
    child.on('exit', (code, signal) => done({ code: code ?? (signal ? 128 : 1), ms: Date.now() - started }));
  });
}

let current: ChildProcess | undefined;
const burner = startBurner();
const stopAll = () => {
  burner.kill();
  current?.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}
process.on('exit', () => burner.kill());

console.log(
  `test:load: ${runs} × "${command}" with one core kept busy (pid ${burner.pid}, for at most ${minutes} min)`,
);
const results: Array<{ code: number; ms: number }> = [];
try {
  for (let i = 1; i <= runs; i++) {
    if (burner.exitCode !== null) console.log('test:load: the burner reached its time limit; this run is unloaded');
    const result = await run();
    results.push(result);
    console.log(
      `test:load: run ${i}/${runs} ${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`} in ${(result.ms / 1000).toFixed(0)} s`,
    );
  }
} finally {
  stopAll();
}
console.log('\ntest:load summary');
for (const [i, r] of results.entries()) {
  console.log(`  run ${i + 1}: ${r.code === 0 ? 'passed' : 'FAILED'}  ${(r.ms / 1000).toFixed(0)} s`);
}
const failed = results.filter((r) => r.code !== 0).length;
console.log(failed === 0 ? `  all ${runs} runs passed under load` : `  ${failed} of ${runs} runs failed under load`);
process.exit(failed === 0 ? 0 : 1);
