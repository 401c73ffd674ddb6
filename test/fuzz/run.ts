// Runs one fuzz program in-process with runProgram and classifies how it ended.
//
// Acceptable endings: normal output (exit 0), a tpy exception (non-zero exit with a traceback or an
// `XxxError:` line on stderr), a SyntaxError, or SystemExit. Failures: a JavaScript exception
// escaping runProgram, a `SystemError: tpy internal error` anywhere in the output (the VM's report
// of a JS bug it caught), "Error in sys.excepthook" from tpy's own hook (traceback printing failed), a non-zero exit
// with nothing on stderr, and a run past the step budget.
//
// The step budget: a synchronous infinite loop cannot be stopped by a timer, so this hooks
// VM.prototype.checkInterrupt, which the eval loop calls every `countdown` backward jumps and calls
// (the Ctrl-C check), and VM.prototype.runFrame, so that calls of tpy functions from native code
// (list(iter(f, sentinel)), sort keys, map, dunder methods) count as steps too. Past `softChecks` checks (or `softMs` of wall time) it sets pendingInterrupt,
// so the program gets a KeyboardInterrupt; a program that keeps catching it is stopped past
// `hardChecks` (or `hardMs`) by an exception that the VM cannot turn into a tpy exception (its
// conversion to a string throws), which escapes runProgram.
//
// A native operation that runs forever (no backward jump, no call) cannot be stopped from this
// thread at all. For those, a watchdog thread (startWatchdog) watches a heartbeat in shared memory:
// when one case has run for `hangMs`, it writes the case (seed and program) to file descriptor 2
// and to $TMPDIR/tpy-fuzz-hang.txt, and kills the process — the test run then fails with a crashed
// worker, and the message says which program hung.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runProgram, VM } from '../../index.js';

export interface Budget {
  /** Backward jumps and calls between two checks. */
  checkEvery: number;
  softChecks: number;
  hardChecks: number;
  softMs: number;
  hardMs: number;
}

export const DEFAULT_BUDGET: Budget = { checkEvery: 1024, softChecks: 4000, hardChecks: 8000, softMs: 4000, hardMs: 8000 };

export type Verdict =
  | 'ok' // exit 0
  | 'exception' // uncaught tpy exception (traceback)
  | 'syntax-error' // SyntaxError / IndentationError / TabError before running
  | 'system-exit' // SystemExit or os._exit with a non-zero code (stderr empty or its message)
  | 'flush-failed' // status 120: flushing a replaced sys.stdout/sys.stderr failed at exit
  // failures:
  | 'internal-error'
  | 'js-exception'
  | 'excepthook-error'
  | 'silent-failure'
  | 'step-budget'
  | 'differs-from-cpython'; // only with TPY_FUZZ_ORACLE

export const FAILURES: ReadonlySet<Verdict> = new Set<Verdict>(['internal-error', 'js-exception', 'excepthook-error', 'silent-failure', 'step-budget', 'differs-from-cpython']);

export interface Outcome {
  verdict: Verdict;
  /** One line saying what happened (the error line for failures). */
  detail: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  checks: number;
}

/** Thrown from the hooked checkInterrupt past the hard budget; converting it to a string throws it again. */
class BudgetAbort {
  [Symbol.toPrimitive](): never {
    throw this;
  }
}
const ABORT = new BudgetAbort();

const state = { active: false, checks: 0, budget: DEFAULT_BUDGET, start: 0, softHit: false };
let installed = false;

function installHook(): void {
  if (installed) return;
  installed = true;
  const proto = VM.prototype as unknown as { checkInterrupt: (this: VM) => boolean; runFrame: (this: VM, frame: unknown) => unknown };
  const original = proto.checkInterrupt;
  const originalRunFrame = proto.runFrame;
  proto.runFrame = function (this: VM, frame: unknown): unknown {
    if (state.active && --this.countdown <= 0) this.checkInterrupt();
    return originalRunFrame.call(this, frame);
  };
  proto.checkInterrupt = function (this: VM): boolean {
    if (state.active) {
      const b = state.budget;
      state.checks++;
      const elapsed = performance.now() - state.start;
      if (state.checks > b.hardChecks || elapsed > b.hardMs) throw ABORT;
      if (state.checks > b.softChecks || elapsed > b.softMs) {
        state.softHit = true;
        this.pendingInterrupt = true;
      }
    }
    const parked = original.call(this);
    if (state.active) this.countdown = state.budget.checkEvery;
    return parked;
  };
}

const INTERNAL = /tpy internal error/;
const ERROR_LINE = /^(?:[A-Za-z_][\w.]*)(?:Error|Exception|Exit|Interrupt|Iteration|Warning|GeneratorExit|BaseException)?(?::|$)/m;

/**
 * The line naming the exception of a traceback: the first unindented line after its last frame
 * (notes from add_note() and the rest of a multi-line message come after it).
 */
function exceptionLine(s: string): string {
  const lines = s.split('\n');
  let i = lines.length - 1;
  while (i >= 0 && !/^\s/.test(lines[i])) i--;
  for (i++; i < lines.length; i++) if (lines[i].trim() !== '') return lines[i];
  return '';
}

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1] : '';
}

function firstMatch(s: string, re: RegExp): string {
  const line = s.split('\n').find((l) => re.test(l));
  return line ?? '';
}

// ---- watchdog for hangs in native code ----

const DESCRIPTION_BYTES = 256 * 1024;
/** [0] case number (changes at every case), [1] 1 while a case runs, [2] description length. */
let heartbeat: Int32Array | null = null;
let description: Uint8Array | null = null;
let watchdog: Worker | null = null;
let caseNumber = 0;

export const HANG_REPORT = join(tmpdir(), 'tpy-fuzz-hang.txt');

const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const hb = new Int32Array(workerData.heartbeat);
const desc = new Uint8Array(workerData.description);
let last = -1, since = Date.now();
setInterval(() => {
  const n = Atomics.load(hb, 0);
  if (n !== last || Atomics.load(hb, 1) === 0) { last = n; since = Date.now(); return; }
  if (Date.now() - since < workerData.hangMs) return;
  const len = Atomics.load(hb, 2);
  const text = Buffer.from(desc.slice(0, len)).toString('utf8');
  const msg = '\\n\\nFUZZ HANG: a case has been running for ' + Math.round((Date.now() - since) / 1000) +
    ' s without reaching a backward jump or a call (a native operation that never ends).\\n' + text + '\\n' +
    'Killing the test process. (Written to ' + workerData.report + ' too.)\\n';
  try { fs.writeFileSync(workerData.report, msg); } catch {}
  fs.writeSync(2, msg);
  process.kill(process.pid, 'SIGKILL');
}, 250);
`;

/** Starts the watchdog thread (once); a case running longer than `hangMs` kills the process with a report. */
export function startWatchdog(hangMs = 30_000): void {
  if (watchdog) return;
  const hbBuf = new SharedArrayBuffer(3 * 4);
  const descBuf = new SharedArrayBuffer(DESCRIPTION_BYTES);
  heartbeat = new Int32Array(hbBuf);
  description = new Uint8Array(descBuf);
  watchdog = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { heartbeat: hbBuf, description: descBuf, hangMs, report: HANG_REPORT } });
  watchdog.unref();
}

export async function stopWatchdog(): Promise<void> {
  const w = watchdog;
  watchdog = null;
  heartbeat = null;
  description = null;
  if (w) await w.terminate();
}

function beginCase(describe: string): void {
  if (!heartbeat || !description) return;
  const bytes = new TextEncoder().encode(describe).subarray(0, DESCRIPTION_BYTES);
  description.set(bytes);
  Atomics.store(heartbeat, 2, bytes.length);
  Atomics.store(heartbeat, 0, ++caseNumber);
  Atomics.store(heartbeat, 1, 1);
}

function endCase(): void {
  if (heartbeat) Atomics.store(heartbeat, 1, 0);
}

/**
 * Runs `source` and classifies the result. `cwd` is the folder of the program it was made from
 * (its helper modules are importable; it runs elsewhere). `describe` (the case's seed and how
 * to reproduce it) is what the watchdog prints, with the program, if the run hangs in native code.
 */
/** Where fuzz cases run (one directory for the process, made at the first case). */
let scratch: string | null = null;

export async function runCase(
  source: string,
  opts: { filename?: string; cwd?: string; budget?: Budget; describe?: string } = {},
): Promise<Outcome> {
  installHook();
  beginCase(`${opts.describe ?? 'fuzz case'}\n${source}`);
  const filename = opts.filename ?? 'fuzz.py';
  state.active = true;
  state.checks = 0;
  state.softHit = false;
  state.budget = opts.budget ?? DEFAULT_BUDGET;
  state.start = performance.now();
  let result: { stdout: string; stderr: string; exitCode: number } | null = null;
  let thrown: unknown = null;
  let threw = false;
  try {
    // In a scratch directory, as the oracle runs it (fuzz/oracle.ts), with the original's folder
    // on sys.path: a mutant's files never land beside the conformance programs that run meanwhile;
    // and under -W ignore, as the oracle runs (generated programs subscript literals, which warns).
    scratch ??= mkdtempSync(join(tmpdir(), 'tpy-fuzz-run-'));
    result = await runProgram({
      source, filename, argv: [filename], cwd: scratch, path: [opts.cwd ?? scratch], stdin: '', warnoptions: ['ignore'],
    });
  } catch (e) {
    threw = true;
    thrown = e;
  } finally {
    state.active = false;
    endCase();
  }
  const ms = performance.now() - state.start;
  const checks = state.checks;
  const base = { ms, checks };
  if (threw) {
    if (thrown === ABORT) {
      return { verdict: 'step-budget', detail: `still running after ${checks} checks / ${Math.round(ms)} ms, KeyboardInterrupt swallowed`, exitCode: null, stdout: '', stderr: '', ...base };
    }
    const detail = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `non-Error thrown: ${String(thrown)}`;
    const stack = thrown instanceof Error && thrown.stack ? thrown.stack : '';
    return { verdict: 'js-exception', detail, exitCode: null, stdout: '', stderr: stack, ...base };
  }
  const { stdout, stderr, exitCode } = result!;
  const out = { exitCode, stdout, stderr, ...base };
  if (INTERNAL.test(stdout) || INTERNAL.test(stderr)) {
    return { verdict: 'internal-error', detail: firstMatch(stderr, INTERNAL) || firstMatch(stdout, INTERNAL), ...out };
  }
  // tpy's own traceback printing failed, unless the program installed a hook of its own (a hook
  // that raises gets the same report in CPython).
  if (stderr.includes('Error in sys.excepthook') && !/\bexcepthook\s*=/.test(source)) {
    return { verdict: 'excepthook-error', detail: firstMatch(stderr, /excepthook/), ...out };
  }
  if (state.softHit) {
    return { verdict: 'step-budget', detail: `stopped by KeyboardInterrupt after ${checks} checks / ${Math.round(ms)} ms (exit ${exitCode})`, ...out };
  }
  if (exitCode === 0) return { verdict: 'ok', detail: '', ...out };
  const last = lastLine(stderr);
  if (/^(SyntaxError|IndentationError|TabError)\b/.test(last) && !stderr.includes('Traceback')) {
    return { verdict: 'syntax-error', detail: last, ...out };
  }
  if (stderr.includes('Traceback (most recent call last):')) {
    const raised = exceptionLine(stderr);
    if (ERROR_LINE.test(raised)) return { verdict: 'exception', detail: raised, ...out };
  }
  // An uncaught exception group's report ends with its boxes' closing line.
  if (stderr.includes('Exception Group Traceback (most recent call last):') && /^\s*\+-+$/.test(last)) {
    return { verdict: 'exception', detail: firstMatch(stderr, /^\s*\| \w*(Exception)?Group: /m) || last, ...out };
  }
  // sys.exit / SystemExit, and os._exit (which ends the process at once, printing nothing).
  if (/\b(SystemExit|exit|_exit)\b/.test(source)) return { verdict: 'system-exit', detail: last, ...out };
  // Status 120 is CPython's for a flush of sys.stdout or sys.stderr that failed at exit
  // (Py_FinalizeEx); a program that replaced them with objects that cannot flush gets it, and a
  // failing stderr's error is reported nowhere.
  if (exitCode === 120 && /\bsys\.(stdout|stderr)\s*=/.test(source)) return { verdict: 'flush-failed', detail: last, ...out };
  if (stderr === '') return { verdict: 'silent-failure', detail: `exit ${exitCode} with nothing on stderr`, ...out };
  if (ERROR_LINE.test(last)) return { verdict: 'exception', detail: last, ...out };
  return { verdict: 'silent-failure', detail: `exit ${exitCode}, stderr ends with ${JSON.stringify(last.slice(0, 120))}`, ...out };
}

/** A short key that groups failures by cause (numbers and quoted text stripped; differences from CPython kept whole). */
export function signature(o: Outcome): string {
  if (o.verdict === 'differs-from-cpython') {
    // Both sides a SyntaxError or IndentationError (mutated programs): one group.
    if (/^stderr: tpy "(Syntax|Indentation|Tab)Error\b.*\| cpython "(Syntax|Indentation|Tab)Error\b/.test(o.detail)) return `${o.verdict}: the syntax error message`;
    const d = o.detail
      .replace(/^stdout line \d+/, 'stdout line N')
      .replace(/\bE\d+ /g, 'E ')
      .replace(/'[^'"]*'/g, "'…'")
      .replace(/\b\d+\b/g, 'N');
    return `${o.verdict}: ${d}`;
  }
  const d = o.detail
    .replace(/'[^']*'|"[^"]*"/g, "'…'")
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 160);
  return `${o.verdict}: ${d}`;
}
