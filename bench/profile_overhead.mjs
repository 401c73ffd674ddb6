#!/usr/bin/env node
// What profiling costs, side by side: bench/profile_overhead.py run plain and under
// `-m cProfile`, on tpy and on python3. Prints each interpreter's ratio
// time(cProfile) / time(plain); issue 4 asks that tpy's not exceed CPython's.
//
// Times are CPU seconds (user + sys, from /usr/bin/time when present, else wall
// clock), the minimum of several runs, with start-up subtracted: the same two
// commands on an empty script are measured too, so a ratio compares the work only.
//
//   node bench/profile_overhead.mjs [--scale N] [--runs N] [--python PATH]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PROGRAM = join(ROOT, 'bench', 'profile_overhead.py');
const TPY = join(ROOT, 'bin', 'tpy');

const opts = { scale: 10, runs: 3, python: '/usr/bin/python3' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const key = argv[i].replace(/^--/, '');
  if (!(key in opts)) {
    console.error(`unknown option ${argv[i]}`);
    process.exit(2);
  }
  opts[key] = key === 'python' ? argv[++i] : Number(argv[++i]);
}

const EMPTY = join(mkdtempSync(join(tmpdir(), 'tpy-bench-')), 'empty.py');
writeFileSync(EMPTY, '');
const haveTime = existsSync('/usr/bin/time');

/** Seconds for one run of `cmd args`: CPU (user + sys) when /usr/bin/time is there, else wall. */
function timeOnce(cmd, args) {
  const start = process.hrtime.bigint();
  const r = haveTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  if (!haveTime) return wall;
  const m = /TIME ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (m === null) throw new Error(`no timing in: ${r.stderr}`);
  return Number(m[1]) + Number(m[2]);
}

function best(cmd, args) {
  let min = Infinity;
  for (let i = 0; i < opts.runs; i++) min = Math.min(min, timeOnce(cmd, args));
  return min;
}

function measure(name, cmd, prefix) {
  const scale = String(opts.scale);
  const plain = best(cmd, [...prefix, PROGRAM, scale]);
  const profiled = best(cmd, [...prefix, '-m', 'cProfile', '-s', 'cumulative', PROGRAM, scale]);
  const plainStart = best(cmd, [...prefix, EMPTY]);
  const profiledStart = best(cmd, [...prefix, '-m', 'cProfile', '-s', 'cumulative', EMPTY]);
  const ratio = (profiled - profiledStart) / (plain - plainStart);
  return { name, plain, profiled, plainStart, profiledStart, ratio, rawRatio: profiled / plain };
}

const rows = [measure('tpy', process.execPath, [TPY])];
if (existsSync(opts.python)) rows.push(measure('python3', opts.python, []));

const f = (x) => x.toFixed(3).padStart(8);
console.log(`profile overhead: ${PROGRAM} ${opts.scale}, best of ${opts.runs}, ${haveTime ? 'CPU seconds (user+sys)' : 'wall seconds'}`);
console.log('interpreter     plain  cProfile  start(plain)  start(cProfile)  ratio  ratio(raw)');
for (const r of rows) {
  console.log(`${r.name.padEnd(11)}${f(r.plain)}  ${f(r.profiled)}      ${f(r.plainStart)}         ${f(r.profiledStart)}  ${r.ratio.toFixed(2).padStart(5)}  ${r.rawRatio.toFixed(2).padStart(10)}`);
}
if (rows.length === 2) {
  const [t, p] = rows;
  console.log(`tpy's ratio ${t.ratio.toFixed(2)} ${t.ratio <= p.ratio ? '<=' : '>'} CPython's ${p.ratio.toFixed(2)}: ${t.ratio <= p.ratio ? 'within' : 'OVER'} the issue's bound`);
}
