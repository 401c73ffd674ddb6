// Fuzz test: throws random and mutated programs at the compiler and the VM and requires that each one
// ends in normal output, a tpy exception (traceback on stderr), a SyntaxError or SystemExit — never a
// JavaScript exception escaping runProgram, a `SystemError: tpy internal error` (a JS bug the VM
// caught), a failure to print a traceback, a silent non-zero exit, or (for generated programs, which
// always terminate) a run past the step budget. A mutation can make a loop endless, as it would be in
// CPython too, so mutated programs stopped by the budget are only counted.
//
//   (a) generated: programs from a grammar of the subset (test/fuzz/generate.ts);
//   (b) mutated: conformance programs with lines deleted/duplicated/swapped, tokens changed,
//       characters inserted, indentation changed, truncated (test/fuzz/mutate.ts).
//
// Everything is derived from one seed, so a run is reproducible (mutated cases also depend on the
// corpus: the same seed picks another program once files are added; the report names the file):
//
//   TPY_FUZZ_ITERATIONS=N   programs of each kind (default 300: a fixed set, so that a run checks the
//                           same cases on a fast machine and on a loaded CI machine)
//   TPY_FUZZ_SEED=S         base seed (default 1); each case's own seed is printed on failure
//   TPY_FUZZ_REPRO=gen:SEED or mut:SEED   run one case, print the program and how it ended
//   TPY_FUZZ_MAX_SECONDS=T  stop starting new cases after T seconds per kind (default 0 = no limit)
//   TPY_FUZZ_REDUCE_MS=M    time to spend shrinking each distinct failure (default 3000; the first
//                           4 groups of failures are shrunk, the others printed as they are)
//   TPY_FUZZ_SKIP=gen:S1,mut:S2   cases to skip (e.g. known hangs, while they are being fixed)
//   TPY_FUZZ_HANG_SECONDS=H a case still running after H seconds (default 30) kills the process
//   TPY_FUZZ_ORACLE=python3.11  also run every program on CPython and fail when the output differs
//                           (stdout, the exception line, the exit code; see test/fuzz/oracle.ts)
//
// Failures are grouped by cause; the first case of each group is shrunk line by line and printed
// with its seed. The full report is also written to $TMPDIR/tpy-fuzz-report-{gen,mut}.txt.
//
// Loops in tpy code are stopped by a step budget (see test/fuzz/run.ts). A native operation that
// never returns cannot be stopped in-process: a watchdog thread then prints the case (seed and
// program) to stderr and to $TMPDIR/tpy-fuzz-hang.txt and kills the test process.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseSeed, Rng } from './fuzz/prng.js';
import { generateProgram } from './fuzz/generate.js';
import { mutate, tame } from './fuzz/mutate.js';
import { FAILURES, runCase, signature, startWatchdog, stopWatchdog, type Outcome } from './fuzz/run.js';
import { reduceProgram } from './fuzz/reduce.js';
import { compareWithOracle, removeOracleScratch, runOracle } from './fuzz/oracle.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, 'conformance');

const ITERATIONS = Number(process.env.TPY_FUZZ_ITERATIONS ?? 300);
const BASE_SEED = Number(process.env.TPY_FUZZ_SEED ?? 1) >>> 0;
const MAX_SECONDS = Number(process.env.TPY_FUZZ_MAX_SECONDS ?? 0);
const REDUCE_MS = Number(process.env.TPY_FUZZ_REDUCE_MS ?? 3000);
const REPRO = process.env.TPY_FUZZ_REPRO;
const SKIP = new Set((process.env.TPY_FUZZ_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const HANG_SECONDS = Number(process.env.TPY_FUZZ_HANG_SECONDS ?? 30);
const ORACLE = process.env.TPY_FUZZ_ORACLE;

type Kind = 'gen' | 'mut';

interface Case {
  kind: Kind;
  seed: number;
  source: string;
  filename: string;
  cwd: string | undefined;
  /** For mutated programs: the original file and the mutations applied. */
  origin?: string;
}

interface Failure {
  c: Case;
  outcome: Outcome;
}

function listCorpus(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    // Socket programs wait on the network: a mutant that drops a send waits for good (as it
    // would in CPython), and in this harness selectors_echo waits in select() until the
    // watchdog stops the run (not yet understood; the program passes in the conformance run).
    if (e.isDirectory() && e.name === 'sockets') continue;
    if (e.isDirectory()) out.push(...listCorpus(p));
    else if (e.name.endsWith('.py') && !e.name.startsWith('_')) out.push(p);
  }
  return out;
}

/**
 * Programs that start child interpreters (`subprocess` with `sys.executable`) spend their time
 * waiting for processes, not in the compiler or the VM, and a run takes as long as the machine's
 * load makes it: json_tool_cli starts 13 children, which on a loaded CI machine took past the
 * watchdog's 30 s (its few calls never reach a step-budget check), and the watchdog killed the
 * test process. Mutating them finds nothing the other programs do not.
 */
const STARTS_CHILD_PROCESSES = /\bsubprocess\b|\bsys\.executable\b|\bos\.(system|popen|fork|exec\w*|spawn\w*)\b/;

/**
 * Programs outside sockets/ that use sockets (exec_blocking, servers in threads): as for the
 * sockets folder, a mutant that drops a send or a close waits on the network for good, in a
 * native call the step budget never sees, and the watchdog kills the test process.
 */
const WAITS_ON_SOCKETS = /^\s*(import|from)\s[^\n]*\b(socket|_sockmini|selectors|socketserver|http\.server)\b/m;

let corpusCache: { file: string; text: string }[] | null = null;
function corpus(): { file: string; text: string }[] {
  corpusCache ??= listCorpus(CORPUS)
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
    .filter(({ text }) => !STARTS_CHILD_PROCESSES.test(text) && !WAITS_ON_SOCKETS.test(text));
  return corpusCache;
}

function makeCase(kind: Kind, seed: number): Case {
  if (kind === 'gen') return { kind, seed, source: generateProgram(seed), filename: 'fuzz.py', cwd: undefined };
  const rng = new Rng(seed);
  const progs = corpus();
  const base = rng.pick(progs);
  const m = mutate(rng, base.text, progs.map((p) => p.text));
  const filename = basename(base.file);
  return {
    kind,
    seed,
    source: tame(m.source),
    filename,
    cwd: dirname(base.file),
    origin: `${relative(CORPUS, base.file)} with ${m.mutations.join('; ')}`,
  };
}

function seedFor(kind: Kind, i: number): number {
  return caseSeed(kind === 'gen' ? BASE_SEED : BASE_SEED ^ 0x6d757461, i);
}

function describeCase(c: Case): string {
  return `fuzz case ${c.kind}:${c.seed} (reproduce: TPY_FUZZ_REPRO=${c.kind}:${c.seed} npx vitest run test/fuzz.test.ts)` +
    (c.origin ? `\nfrom ${c.origin}` : '');
}

/** Runs a case on tpy (and on CPython with TPY_FUZZ_ORACLE) and says how it ended. */
async function check(c: Case, source = c.source): Promise<Outcome> {
  const outcome = await runCase(source, { cwd: c.cwd, filename: c.filename, describe: describeCase(c) });
  if (!ORACLE || FAILURES.has(outcome.verdict)) return outcome;
  const diff = compareWithOracle(outcome, runOracle(ORACLE, source, c.filename, c.cwd));
  return diff === null ? outcome : { ...outcome, verdict: 'differs-from-cpython', detail: diff };
}

/** Whether an outcome counts as a failure (a mutation may make a loop endless, as it would be in CPython). */
function isFailure(kind: Kind, o: Outcome): boolean {
  return FAILURES.has(o.verdict) && !(kind === 'mut' && o.verdict === 'step-budget');
}

function numbered(source: string, maxLines = 80): string {
  const lines = source.replace(/\n$/, '').split('\n');
  const shown = lines.slice(0, maxLines).map((l, i) => `${String(i + 1).padStart(4)} | ${l}`);
  if (lines.length > maxLines) shown.push(`     | ... ${lines.length - maxLines} more lines`);
  return shown.join('\n');
}

function tail(s: string, n: number): string {
  const lines = s.replace(/\n$/, '').split('\n');
  return lines.slice(-n).join('\n');
}

async function report(kind: Kind, failures: Failure[], ran: number, ms: number, stats: Map<string, number>): Promise<string> {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const key = signature(f.outcome);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  const parts: string[] = [];
  const statText = [...stats.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  parts.push(`fuzz ${kind}: ${ran} programs in ${(ms / 1000).toFixed(1)} s (base seed ${BASE_SEED}): ${statText}`);
  if (failures.length === 0) return parts.join('\n');
  parts.push(`${failures.length} failing program(s) in ${groups.size} group(s):`);
  let groupIndex = 0;
  for (const [key, fs] of groups) {
    const first = fs[0];
    const reduced = REDUCE_MS > 0 && groupIndex++ < 4
      ? await reduceProgram(first.c.source, async (cand) => signature(await check(first.c, cand)) === key, REDUCE_MS)
      : null;
    parts.push('');
    parts.push(`=== ${key}`);
    parts.push(`    ${fs.length} case(s); seeds ${fs.slice(0, 8).map((f) => f.c.seed).join(', ')}${fs.length > 8 ? ', ...' : ''}`);
    parts.push(`    reproduce: TPY_FUZZ_REPRO=${kind}:${first.c.seed} npx vitest run test/fuzz.test.ts`);
    if (first.c.origin) parts.push(`    from: ${first.c.origin}`);
    parts.push(`    detail: ${first.outcome.detail}`);
    if (first.outcome.verdict === 'js-exception' && first.outcome.stderr) parts.push(`    JS stack:\n${tail(first.outcome.stderr, 8).replace(/^/gm, '      ')}`);
    if (reduced) {
      parts.push(`    reduced program (${reduced.complete ? 'minimal by lines' : 'partly reduced'}, ${reduced.runs} runs):`);
      parts.push(numbered(reduced.source, 40));
    } else {
      parts.push('    program:');
      parts.push(numbered(first.c.source));
    }
    if (first.outcome.stderr && first.outcome.verdict !== 'js-exception') parts.push(`    stderr (end):\n${tail(first.outcome.stderr, 6).replace(/^/gm, '      ')}`);
  }
  return parts.join('\n');
}

async function fuzz(kind: Kind): Promise<void> {
  const failures: Failure[] = [];
  const stats = new Map<string, number>();
  const start = performance.now();
  let ran = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    if (MAX_SECONDS > 0 && performance.now() - start > MAX_SECONDS * 1000) break;
    const seed = seedFor(kind, i);
    if (SKIP.has(`${kind}:${seed}`)) continue;
    const c = makeCase(kind, seed);
    const outcome = await check(c);
    ran++;
    stats.set(outcome.verdict, (stats.get(outcome.verdict) ?? 0) + 1);
    if (isFailure(kind, outcome)) failures.push({ c, outcome });
  }
  const text = await report(kind, failures, ran, performance.now() - start, stats);
  const file = join(tmpdir(), `tpy-fuzz-report-${kind}.txt`);
  writeFileSync(file, text + '\n');
  console.log(text + (failures.length ? `\n(report written to ${file})` : ''));
  if (failures.length) {
    expect.fail(`${failures.length} of ${ran} ${kind === 'gen' ? 'generated' : 'mutated'} programs broke tpy (see the report above or ${file})\n${text}`);
  }
}

// A case takes 0.1-0.2 s on a quiet machine and three times that on a loaded one (300 mutated
// cases took 189 s while other test runs shared the two cores): the limit only catches a run
// gone wrong (the watchdog stops a case that hangs), so it leaves room for load.
const timeout = Math.max(120_000, ITERATIONS * 1500 + 60_000);

beforeAll(() => startWatchdog(HANG_SECONDS * 1000));
afterAll(async () => {
  await stopWatchdog();
  removeOracleScratch();
});

if (REPRO) {
  test(`reproduce ${REPRO}`, async () => {
    const m = /^(gen|mut):(\d+)$/.exec(REPRO);
    if (!m) throw new Error('TPY_FUZZ_REPRO must be gen:SEED or mut:SEED');
    const c = makeCase(m[1] as Kind, Number(m[2]));
    const o = await check(c);
    console.log(
      [
        `case ${REPRO}${c.origin ? ` (from ${c.origin})` : ''}`,
        numbered(c.source, 100000),
        `--- verdict: ${o.verdict} ${o.detail}`,
        `--- exit code ${o.exitCode}, ${Math.round(o.ms)} ms, ${o.checks} budget checks`,
        '--- stdout:',
        o.stdout,
        '--- stderr:',
        o.stderr,
      ].join('\n'),
    );
    expect(isFailure(m[1] as Kind, o), `${o.verdict}: ${o.detail}`).toBe(false);
  }, timeout);
} else {
  describe('fuzz', () => {
    test('generated programs', () => fuzz('gen'), timeout);
    test('mutated conformance programs', () => fuzz('mut'), timeout);
  });
}
