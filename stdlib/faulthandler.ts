// The faulthandler module: dumping the Python stacks of the program's threads to a file descriptor.
//
// tpy cannot crash with a segmentation fault or a fatal signal the way a C extension can, so
// enable() only records the state CPython keeps (the file and all_threads). dump_traceback()
// and the watchdog of dump_traceback_later() write CPython's exact text straight to the file's
// descriptor, as CPython's signal-safe writer does. The watchdog is a timer on Node's event loop:
// it fires at the next point where the program lets the loop turn (a sleep, a wait, or the eval
// loop's periodic yield while it is armed), not in the middle of a native call.
// register() needs a C-level signal handler that runs while the program is stopped anywhere:
// tpy has none, and says so.

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyModule } from '../vm/objects/module.js';
import { newException, NotImplementedError, overflowError, RuntimeError, valueError } from '../vm/objects/exceptions.js';
import { parseArgs } from '../vm/methods/args.js';
import { index, truthy } from '../vm/ops/convert.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import type { Frame } from '../vm/frame.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { writeProgramFd } from './os_fd.js';
import { osErrorFrom } from './io_file.js';

/** Longest file or function name written (CPython's MAX_STRING_LENGTH), most frames per thread, most threads. */
const MAX_STRING_LENGTH = 500;
const MAX_FRAME_DEPTH = 100;
const MAX_NTHREADS = 100;

interface Watchdog {
  timer: ReturnType<typeof setTimeout>;
  fd: number;
  /** The file object, kept alive as CPython keeps it. */
  file: PyObject | null;
  timeoutUs: bigint;
  repeat: boolean;
  exit: boolean;
}

class FaultState {
  enabled = false;
  fd = 2;
  allThreads = true;
  file: PyObject | null = null;
  watchdog: Watchdog | null = null;
}

const states = new WeakMap<VM, FaultState>();

function stateOf(vm: VM): FaultState {
  let s = states.get(vm);
  if (s === undefined) states.set(vm, (s = new FaultState()));
  return s;
}

/** _Py_DumpASCII: printable ASCII as it is, anything else as \xNN, \uNNNN or \UNNNNNNNN; cut at 500 characters. */
function dumpAscii(s: string): string {
  const chars = Array.from(s);
  let out = '';
  for (const c of chars.slice(0, MAX_STRING_LENGTH)) {
    const cp = c.codePointAt(0)!;
    if (cp >= 0x20 && cp <= 0x7e) out += c;
    else if (cp <= 0xff) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return chars.length > MAX_STRING_LENGTH ? `${out}...` : out;
}

/** One thread's frames, innermost first, as CPython's dump_traceback writes them. */
function dumpFrames(frame: Frame | null): string {
  if (frame === null) return '  <no Python frame>\n';
  let out = '';
  for (let depth = 0, f: Frame | null = frame; f !== null; f = f.f_back, depth++) {
    if (depth >= MAX_FRAME_DEPTH) {
      out += '  ...\n';
      break;
    }
    const line = f.f_lineno;
    out += `  File "${dumpAscii(f.f_code.co_filename)}", line ${line >= 0 ? line : '???'} in ${dumpAscii(f.f_code.co_name)}\n`;
  }
  return out;
}

function threadHeader(ident: number, current: boolean): string {
  return `${current ? 'Current thread' : 'Thread'} 0x${ident.toString(16).padStart(16, '0')} (most recent call first):\n`;
}

/**
 * Every thread's stack, newest thread first (CPython's order of its thread states); the running
 * thread's header says "Current thread" unless the dump is the watchdog's (`fromWatchdog`).
 */
function dumpAllThreads(vm: VM, fromWatchdog: boolean): string {
  const sched = vm.threads;
  const threads = [...sched.alive.values()].reverse();
  let out = '';
  threads.forEach((t, n) => {
    if (n >= MAX_NTHREADS) return;
    if (n !== 0) out += '\n';
    const running = t === sched.current;
    out += threadHeader(t.ident, running && !fromWatchdog);
    out += dumpFrames(running ? vm.frame : t.frame);
  });
  if (threads.length > MAX_NTHREADS) out += '\n...\n';
  return out;
}

function write(vm: VM, fd: number, text: string): void {
  try {
    writeProgramFd(vm, fd, Buffer.from(text, 'latin1'), (e) => {
      throw e;
    });
  } catch {
    // CPython's writer ignores a descriptor that cannot be written
  }
}

/** faulthandler_get_fileno: the descriptor of `file` (sys.stderr when absent or None), flushing the file first. */
function fileDescriptor(vm: VM, file: PyObject | undefined): { fd: number; file: PyObject | null } {
  if (file === undefined || file === None) {
    const sys = vm.modules.getStr('sys');
    const stderr = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
    if (stderr === undefined || stderr === None) throw newException(RuntimeError, 'sys.stderr is None');
    file = stderr;
  } else if (typeof file === 'number' || typeof file === 'bigint' || typeof file === 'boolean') {
    const fd = Number(index(vm, file));
    if (fd < 0) throw valueError('file is not a valid file descripter');
    return { fd, file: null };
  }
  const result = call(vm, getAttr(vm, file, 'fileno'), []);
  const fd = typeof result === 'number' ? result : -1;
  if (fd === -1) throw newException(RuntimeError, 'file.fileno() is not a valid file descriptor');
  try {
    call(vm, getAttr(vm, file, 'flush'), []);
  } catch {
    // CPython ignores a flush() that fails
  }
  return { fd, file };
}

/** The timeout of dump_traceback_later in microseconds, converted and checked as CPython's _PyTime does. */
function timeoutMicroseconds(vm: VM, o: PyObject): bigint {
  let ns: bigint;
  const INT64_MAX = (1n << 63n) - 1n;
  if (o instanceof PyFloat) {
    const x = o.value;
    if (Number.isNaN(x)) throw valueError('Invalid value NaN (not a number)');
    const d = x * 1e9;
    const rounded = d >= 0 ? Math.ceil(d) : Math.floor(d);
    if (!(rounded >= -(2 ** 63) && rounded < 2 ** 63)) throw overflowError('timestamp out of range for platform time_t');
    ns = BigInt(rounded);
  } else {
    const n = BigInt(index(vm, o) as number | bigint);
    ns = n * 1_000_000_000n;
    if (n > INT64_MAX || n < -INT64_MAX - 1n || ns > INT64_MAX || ns < -INT64_MAX - 1n) {
      throw overflowError('timestamp too large to convert to C _PyTime_t');
    }
  }
  // rounded away from zero, as _PyTime_ROUND_TIMEOUT
  const us = ns >= 0n ? (ns + 999n) / 1000n : -((-ns + 999n) / 1000n);
  if (us <= 0n) throw valueError('timeout must be greater than 0');
  return us;
}

/** "Timeout (H:MM:SS[.ffffff])!" */
function timeoutHeader(us: bigint): string {
  const micro = Number(us % 1_000_000n);
  let sec = us / 1_000_000n;
  let min = sec / 60n;
  sec %= 60n;
  const hour = min / 60n;
  min %= 60n;
  const two = (n: bigint) => n.toString().padStart(2, '0');
  const frac = micro !== 0 ? `.${micro.toString().padStart(6, '0')}` : '';
  return `Timeout (${hour}:${two(min)}:${two(sec)}${frac})!\n`;
}

function cancelWatchdog(vm: VM, s: FaultState): void {
  if (s.watchdog === null) return;
  clearTimeout(s.watchdog.timer);
  s.watchdog = null;
  vm.watchdogArmed = false;
}

function armWatchdog(vm: VM, s: FaultState, w: Omit<Watchdog, 'timer'>): void {
  const ms = Number(w.timeoutUs) / 1000;
  // Node's timers take at most 2**31-1 ms: a longer wait is taken in steps.
  const step = Math.min(ms, 0x7fffffff);
  const fire = () => {
    if (s.watchdog?.timer !== timer) return;
    if (step < ms) {
      armWatchdog(vm, s, { ...w, timeoutUs: w.timeoutUs - BigInt(Math.round(step * 1000)) });
      return;
    }
    write(vm, w.fd, timeoutHeader(w.timeoutUs) + dumpAllThreads(vm, true));
    if (w.exit) {
      s.watchdog = null;
      vm.watchdogArmed = false;
      // _exit(1): the program ends at its next check, or now under the tpy command, whose process it owns
      if (vm.io.inheritStdio) process.exit(1);
      vm.exitStatus = 1;
      vm.wakeForSignal();
    } else if (w.repeat) armWatchdog(vm, s, w);
    else cancelWatchdog(vm, s);
  };
  const timer = setTimeout(fire, step);
  timer.unref();
  s.watchdog = { ...w, timer };
  vm.watchdogArmed = true;
}

/** The program is over: its watchdog, if armed, goes (CPython's finalisation cancels it). */
export function releaseFaulthandler(vm: VM): void {
  const s = states.get(vm);
  if (s !== undefined) cancelWatchdog(vm, s);
}

const functions: [string, NativeFn][] = [
  ['enable', (vm, args, kwargs) => {
    const [file, allThreads] = parseArgs('enable', args, kwargs, { names: ['file', 'all_threads'] }, 0);
    const s = stateOf(vm);
    const target = fileDescriptor(vm, file);
    s.fd = target.fd;
    s.file = target.file;
    s.allThreads = allThreads === undefined ? true : truthy(vm, allThreads);
    s.enabled = true;
    return None;
  }],
  ['disable', (vm) => {
    const s = stateOf(vm);
    const was = s.enabled;
    s.enabled = false;
    s.file = null;
    return was;
  }],
  ['is_enabled', (vm) => stateOf(vm).enabled],
  ['dump_traceback', (vm, args, kwargs) => {
    const [file, allThreads] = parseArgs('dump_traceback', args, kwargs, { names: ['file', 'all_threads'] }, 0);
    const { fd } = fileDescriptor(vm, file);
    const all = allThreads === undefined ? true : truthy(vm, allThreads);
    write(vm, fd, all ? dumpAllThreads(vm, false) : `Stack (most recent call first):\n${dumpFrames(vm.frame)}`);
    return None;
  }],
  ['dump_traceback_later', (vm, args, kwargs) => {
    const [timeout, repeat, file, exit] = parseArgs('dump_traceback_later', args, kwargs,
      { names: ['timeout', 'repeat', 'file', 'exit'], required: 1 }, 0);
    const timeoutUs = timeoutMicroseconds(vm, timeout!);
    const target = fileDescriptor(vm, file);
    const s = stateOf(vm);
    cancelWatchdog(vm, s);
    armWatchdog(vm, s, {
      fd: target.fd, file: target.file, timeoutUs,
      repeat: repeat !== undefined && truthy(vm, repeat), exit: exit !== undefined && truthy(vm, exit),
    });
    return None;
  }],
  ['cancel_dump_traceback_later', (vm) => {
    cancelWatchdog(vm, stateOf(vm));
    return None;
  }],
  ['register', (vm, args, kwargs) => {
    const [signum] = parseArgs('register', args, kwargs, { names: ['signum', 'file', 'all_threads', 'chain'], required: 1 }, 0);
    const n = Number(index(vm, signum!));
    if (n === 9 || n === 19 || n < 1 || n >= 65) throw osErrorFrom(vm, { code: 'EINVAL' }, undefined);
    throw newException(NotImplementedError, 'faulthandler.register() is not supported by tpy: it has no C-level signal handler to dump the stacks from');
  }],
  ['unregister', (vm, args, kwargs) => {
    const [signum] = parseArgs('unregister', args, kwargs, { names: ['signum'], required: 1, posOnly: 1 }, 0);
    const n = Number(index(vm, signum!));
    if (n < 1 || n >= 65) throw valueError('signal number out of range');
    // nothing can have been registered (see register)
    return false;
  }],
];

/** faulthandler enabled from the start, as CPython's start-up does for -X dev and -X faulthandler. */
export function enableFaulthandlerAtStart(vm: VM): void {
  stateOf(vm).enabled = true;
}

export const init_faulthandler: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'faulthandler module.');
  for (const [name, fn] of functions) d.setStr(name, builtin(name, fn, 'faulthandler'));
  // PYTHONFAULTHANDLER set (not empty) in the environment tpy started with enables it from the
  // start, as CPython's start-up does (a program setting it later changes nothing)
  if (!states.has(vm) && process.env.PYTHONFAULTHANDLER) stateOf(vm).enabled = true;
};
