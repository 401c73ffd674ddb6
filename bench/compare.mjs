// Runs bench/programs/*.py on tpy and on CPython side by side and writes bench/RESULTS.md.
//
// Usage: node bench/compare.mjs [--quick] [--runs N] [--only a,b] [--python PATH] [--no-write] (--help says more)
// Both interpreters run out of process, as a user runs them, alternately (tpy, python,
// tpy, ...), after one warm-up run each; the median wall time of the runs is compared.
// Each program prints a `checksum ...` line that must agree between the two.

import { spawnSync, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const TPY = join(root, 'bin', 'tpy');

const USAGE = `Usage: npm run bench:compare -- [options]
  --quick          a quick check: one run each, smaller sizes for the side measurements
  --runs N         timed runs of each program on each interpreter (default 3; 1 with --quick)
  --only a,b       only these programs (names in bench/programs/, without .py)
  --python PATH    the CPython to compare with (default /usr/bin/python3)
  --no-write       print the table only; leave bench/RESULTS.md as it is
  -h, --help       this text`;

let args;
try {
  args = parseArgs({
    options: {
      quick: { type: 'boolean' },
      runs: { type: 'string' },
      only: { type: 'string' },
      python: { type: 'string' },
      'no-write': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (e) {
  console.error(`bench/compare.mjs: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const QUICK = args.quick ?? false;
const RUNS = Number(args.runs ?? (QUICK ? 1 : 3));
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`bench/compare.mjs: --runs needs a whole number of at least 1, not ${JSON.stringify(args.runs)}`);
  process.exit(2);
}
const ONLY = args.only ?? '';
const PYTHON = args.python ?? '/usr/bin/python3';
const WRITE = !args['no-write'];

/** Runs a command once; returns wall seconds and stdout (throws with stderr on failure). */
function timed(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    const err = new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || '').slice(-800)}`);
    err.result = r;
    throw err;
  }
  return { secs, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the two commands alternately: one warm-up each, then `runs` timed runs each. */
function sideBySide(tpyArgs, pyArgs, runs, opts = {}) {
  const t = [];
  const p = [];
  const warmT = timed(TPY, tpyArgs, opts);
  const warmP = timed(PYTHON, pyArgs, opts);
  const tpyOuts = [];
  const pyOuts = [];
  for (let i = 0; i < runs; i++) {
    const rt = timed(TPY, tpyArgs, opts);
    const rp = timed(PYTHON, pyArgs, opts);
    t.push(rt.secs);
    p.push(rp.secs);
    tpyOuts.push(rt.stdout);
    pyOuts.push(rp.stdout);
  }
  return { tpy: median(t), py: median(p), tpyOut: warmT.stdout, pyOut: warmP.stdout, tpyOuts, pyOuts };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function checksumLine(out) {
  const lines = out.trim().split('\n');
  return lines.find((l) => l.startsWith('checksum')) ?? `(no checksum line; last: ${lines.at(-1)})`;
}

const fmt = (s) => (s < 0.1 ? s.toFixed(3) : s.toFixed(2));
const ratio = (a, b) => (a / b).toFixed(2);

/** Whether `tpy ARGS` exits 0 (a feature probe). */
function works(args) {
  return spawnSync(TPY, args, { encoding: 'utf8' }).status === 0;
}

function programs() {
  const dir = join(here, 'programs');
  let names = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  if (ONLY) {
    const want = ONLY.split(',');
    names = names.filter((n) => want.includes(n.replace(/\.py$/, '')));
  }
  return names.map((n) => join(dir, n));
}

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return '?';
  }
}

const report = [];
const out = (line = '') => {
  console.log(line);
  report.push(line);
};

// ---------------------------------------------------------------- programs
const rows = [];
let mismatches = 0;
out('## Programs');
out();
out(`${RUNS} timed run(s) each after a warm-up, alternating; median wall time in seconds (process start included).`);
out();
out('| program | tpy (s) | CPython (s) | tpy/CPython | checksums |');
out('|---|---:|---:|---:|---|');
for (const file of programs()) {
  const name = file.split('/').at(-1).replace(/\.py$/, '');
  let r;
  try {
    r = sideBySide([file], [file], RUNS);
  } catch (e) {
    out(`| ${name} | failed | | | ${String(e.message).split('\n')[0].slice(0, 120)} |`);
    mismatches++;
    continue;
  }
  const ct = checksumLine(r.tpyOut);
  const cp = checksumLine(r.pyOut);
  const same = ct === cp;
  if (!same) mismatches++;
  rows.push({ name, ...r });
  out(`| ${name} | ${fmt(r.tpy)} | ${fmt(r.py)} | ${ratio(r.tpy, r.py)} | ${same ? 'agree' : `DIFFER: tpy \`${ct}\` vs \`${cp}\``} |`);
}
const geomean = Math.exp(rows.reduce((s, r) => s + Math.log(r.tpy / r.py), 0) / Math.max(1, rows.length));
const worst = rows.reduce((w, r) => (r.tpy / r.py > (w ? w.tpy / w.py : 0) ? r : w), null);
out();
out(`Geometric mean tpy/CPython: **${geomean.toFixed(2)}** (target ≤ 1.5); worst: ${worst ? `${worst.name} ${ratio(worst.tpy, worst.py)}` : 'n/a'} (target ≤ 3.0).`);

// ---------------------------------------------------------------- start-up
out();
out('## Start-up, compile, profiling, hooks');
out();
out('| measure | tpy | CPython | ratio |');
out('|---|---:|---:|---:|');
{
  // Node's own start (\`node -e 0\`) is timed in the same rounds: it is the floor under tpy's.
  // It gets the environment bin/tpy gives node (no NODE_EXTRA_CA_CERTS, malloc's huge pages).
  const nodeEnv = { ...process.env, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' };
  delete nodeEnv.NODE_EXTRA_CA_CERTS;
  const n = QUICK ? 5 : 15;
  const t = [];
  const p = [];
  const nd = [];
  timed(TPY, ['-c', 'pass']);
  timed(PYTHON, ['-c', 'pass']);
  timed(process.execPath, ['-e', '0'], { env: nodeEnv });
  for (let i = 0; i < n; i++) {
    t.push(timed(TPY, ['-c', 'pass']).secs);
    p.push(timed(PYTHON, ['-c', 'pass']).secs);
    nd.push(timed(process.execPath, ['-e', '0'], { env: nodeEnv }).secs);
  }
  const [mt, mp, mn] = [median(t), median(p), median(nd)];
  out(`| start-up: \`-c pass\` (median of ${n}) | ${(mt * 1000).toFixed(0)} ms | ${(mp * 1000).toFixed(0)} ms | ${ratio(mt, mp)} (target ≤ 2.5) |`);
  out(`| start-up: Node alone (\`node -e 0\` as bin/tpy starts node, median of ${n}) | ${(mn * 1000).toFixed(0)} ms | | ${ratio(mn, mp)} |`);
}

// ---------------------------------------------------------------- compile speed
{
  const dir = mkdtempSync(join(tmpdir(), 'tpy-bench-'));
  const src = join(dir, 'big_source.py');
  writeFileSync(src, generatedSource(QUICK ? 400 : 1500));
  // Both time compile() of the same text from inside the language, so process start is excluded.
  const code = `import time\nsrc = open(${JSON.stringify(src)}).read()\nt = time.perf_counter()\ncompile(src, 'big_source.py', 'exec')\nprint(time.perf_counter() - t)`;
  try {
    // The time each timed run printed (not the warm-up's): their median.
    const r = sideBySide(['-c', code], ['-c', code], QUICK ? 1 : 3);
    const t = median(r.tpyOuts.map((o) => Number(o.trim())));
    const p = median(r.pyOuts.map((o) => Number(o.trim())));
    const lines = readFileSync(src, 'utf8').split('\n').length;
    out(`| compile(): ${lines} generated lines | ${(t * 1000).toFixed(0)} ms | ${(p * 1000).toFixed(0)} ms | ${ratio(t, p)} |`);
  } catch (e) {
    out(`| compile() | failed: ${String(e.message).split('\n')[0].slice(0, 100)} | | |`);
  }
}

// ---------------------------------------------------------------- profiling overhead
{
  const prog = join(here, 'programs', 'fib.py');
  const size = QUICK ? '25' : '28';
  if (!works(['-m', 'cProfile', '-s', 'tottime', join(here, 'programs', 'fib.py'), '5'])) {
    out('| profiling overhead (-m cProfile over plain, fib) | n/a (cProfile not available) | | |');
  } else {
    const plain = sideBySide([prog, size], [prog, size], RUNS);
    const prof = sideBySide(['-m', 'cProfile', prog, size], ['-m', 'cProfile', prog, size], RUNS);
    const ot = prof.tpy / plain.tpy;
    const op = prof.py / plain.py;
    out(`| profiling overhead (-m cProfile / plain, fib ${size}) | ${ot.toFixed(2)}x | ${op.toFixed(2)}x | ${(ot / op).toFixed(2)} (target ≤ 1) |`);
  }
}

// ---------------------------------------------------------------- hooks and parking on the call benchmark
// What a mechanism that is off the fast path still costs fib once it was used: two preludes
// that run the same tpy code, one of them using the mechanism, then fib.py run by exec().
{
  const prog = join(here, 'programs', 'fib.py');
  const size = QUICK ? '25' : '32';
  const runner = (prelude) =>
    `import sys\n${prelude}sys.argv = [${JSON.stringify(prog)}, '${size}']\n` +
    `exec(compile(open(sys.argv[0]).read(), sys.argv[0], 'exec'), {'__name__': '__main__'})`;
  /** Median slowdown (%) of `used` against `control`, for tpy and for CPython, runs alternating. */
  const slowdown = (control, used) => {
    const runs = QUICK ? 3 : 7;
    // The variants alternate run by run, so that a slower or faster spell of this shared
    // machine falls on both (the effect looked for is a few percent).
    const times = { tn: [], tc: [], pn: [], pc: [] };
    timed(TPY, ['-c', runner(control)]);
    timed(PYTHON, ['-c', runner(control)]);
    for (let i = 0; i < runs; i++) {
      times.tn.push(timed(TPY, ['-c', runner(control)]).secs);
      times.tc.push(timed(TPY, ['-c', runner(used)]).secs);
      times.pn.push(timed(PYTHON, ['-c', runner(control)]).secs);
      times.pc.push(timed(PYTHON, ['-c', runner(used)]).secs);
    }
    const pct = (a, b) => {
      const v = (median(a) / median(b) - 1) * 100;
      return `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`;
    };
    return [pct(times.tc, times.tn), pct(times.pc, times.pn)];
  };

  if (!works(['-c', 'import sys; sys.setprofile(None); sys.settrace(None)'])) {
    out('| hooks set then cleared (fib) | n/a (sys.setprofile not available) | | |');
  } else {
    // Both variants run the same hook function the same number of times (once: the profile
    // hook's 'c_call' for sys.setprofile(None), in both interpreters); only one installs it.
    // A control that runs no tpy function at all measured V8's warm-up instead: any tpy
    // function run before fib (`(lambda a, b, c: None)(1, 2, 3)`, no hook involved) slowed fib
    // by the same 10% through V8's inlining decisions (bench/NOTES.md, stop 27).
    const hook = 'def hook(*a):\n    return None\n';
    const [t, p] = slowdown(
      `${hook}hook(sys._getframe(), 'c_call', sys.setprofile)\nsys.setprofile(None)\nsys.settrace(None)\n`,
      `${hook}sys.setprofile(hook)\nsys.setprofile(None)\nsys.settrace(hook)\nsys.settrace(None)\n`,
    );
    out(`| hooks set then cleared vs never set (fib ${size}) | ${t} | ${p} | (target ≤ +2%) |`);
  }

  if (!works(['-c', 'import threading'])) {
    out('| parked thread alongside (fib) | n/a (threading not available) | | |');
  } else {
    // The scheduler for parking: a second thread parked in time.sleep while fib runs (the
    // eval loop's periodic check then looks for a thread to switch to) against the same
    // thread function called directly.
    const idle = 'import threading, time\ndef idle(s):\n    if s > 0:\n        time.sleep(s)\n';
    const [t, p] = slowdown(
      `${idle}idle(0)\n`,
      `${idle}threading.Thread(target=idle, args=(120,), daemon=True).start()\n`,
    );
    out(`| a thread parked in sleep() alongside vs none (fib ${size}) | ${t} | ${p} | (target ≤ +2%) |`);
  }
}

// ---------------------------------------------------------------- memory
if (existsSync('/usr/bin/time')) {
  const rss = (cmd, args) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8' });
    return Number(r.stderr.trim().split('\n').at(-1)) / 1024;
  };
  const nodeBase = rss(process.execPath, ['-e', '0']);
  for (const name of ['fib', 'scheduler']) {
    const file = join(here, 'programs', `${name}.py`);
    const t = rss(TPY, [file]);
    const p = rss(PYTHON, [file]);
    out(`| peak RSS ${name} (tpy minus Node's ${nodeBase.toFixed(0)} MB baseline) | ${(t - nodeBase).toFixed(0)} MB | ${p.toFixed(0)} MB | ${ratio(t - nodeBase, p)} (target ≤ 2) |`);
  }
}

if (mismatches) out(`\n**${mismatches} program(s) failed or disagreed with CPython.**`);

// ---------------------------------------------------------------- RESULTS.md
if (WRITE && !ONLY) {
  const head = [
    '# Benchmark results: tpy vs CPython',
    '',
    `Generated by \`npm run bench:compare${QUICK ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `- tpy ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} on Node ${process.version}`,
    `- CPython: \`${PYTHON}\` ${version(PYTHON, ['-VV']).replace(/\s+/g, ' ')}`,
    `- Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores (shared)`,
    '',
  ];
  const notesFile = join(here, 'NOTES.md');
  const notes = existsSync(notesFile) ? ['', readFileSync(notesFile, 'utf8').trim(), ''] : [];
  writeFileSync(join(here, 'RESULTS.md'), [...head, ...report, ...notes].join('\n') + '\n');
  console.log(`\nwrote ${join('bench', 'RESULTS.md')}`);
}
process.exitCode = mismatches ? 1 : 0;

/** A large, varied module: functions with loops, classes, comprehensions, literals. */
function generatedSource(n) {
  const parts = [];
  for (let i = 0; i < n; i++) {
    parts.push(
      `def func_${i}(a, b=${i}, *args, key=None, **kw):`,
      `    """Function number ${i}."""`,
      `    total = 0`,
      `    for j in range(a):`,
      `        if j % ${(i % 5) + 2} == 0 and not key:`,
      `            total += j * b - len(args)`,
      `        elif j > ${i}:`,
      `            total -= {'k': j, 'v': [j, b, ${i}]}['v'][1]`,
      `        else:`,
      `            try:`,
      `                total += int("${i}") // (j or 1)`,
      `            except (ValueError, ZeroDivisionError) as e:`,
      `                total = -1`,
      `    return [x * 2 for x in range(total % 10) if x] + list(kw)`,
      ``,
      `class Klass${i}(object):`,
      `    attr = (${i}, "s${i}", ${i}.5)`,
      `    def method(self, x):`,
      `        return self.attr[0] + x if x else f"{x!r}-${i}"`,
      ``,
    );
  }
  return parts.join('\n') + '\n';
}
