// The program's signal dispositions and how a signal reaches its Python handler.
//
// As in CPython, a signal never runs Python code where it arrives: it is recorded as
// pending, and the handler runs in the main thread at the next check the VM makes
// (VM.checkInterrupt, between instructions; the thread scheduler, while the main thread
// waits in a sleep, a socket or a lock, whose wait goes on after a handler that returns).
// signal.raise_signal() and os.kill(os.getpid(), sig) run the handler before they return,
// as CPython's checks right after them do. Signals come from Node's process.on('SIG...')
// (under the CLI only, whose process the program owns), from alarm()/setitimer()'s timer,
// and from the program itself.

import { os } from './node_namespaces.js';
import type { PyObject } from '../vm/objects/object.js';
import { None } from '../vm/objects/singletons.js';
import { newException, OSError, KeyboardInterrupt, ValueError } from '../vm/objects/exceptions.js';
import { call } from '../vm/ops/call.js';
import { ProcessExit } from '../vm/errors.js';
import type { VM } from '../vm/vm.js';

export const SIG_DFL = 0;
export const SIG_IGN = 1;
export const NSIG = 65;
export const SIGINT = 2;
export const SIGALRM = 14;

/** Signals whose default action is to do nothing (the others end the process, or stop it). */
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);
/** Signals whose default action stops the process: tpy does not stop (see docs/differences.md). */
const STOP_BY_DEFAULT = new Set([19, 20, 21, 22]);
/** Signals no handler can be set for (SIGKILL, SIGSTOP; 32 and 33 belong to the C library). */
const UNCATCHABLE = new Set([9, 19, 32, 33]);

/** Node's name for a signal number (SIGTERM), undefined for real-time signals. */
const NODE_NAMES = new Map<number, NodeJS.Signals>(
  Object.entries(os.constants.signals).map(([name, n]) => [n, name as NodeJS.Signals]),
);

/** An interval timer's state (ITIMER_REAL): when it fires next (performance.now() ms) and its interval. */
interface RealTimer {
  timer: NodeJS.Timeout;
  deadline: number;
  interval: number;
}

class SignalState {
  /** signum -> disposition: SIG_DFL, SIG_IGN (ints) or a callable. */
  readonly handlers: PyObject[] = new Array(NSIG).fill(SIG_DFL);
  /** Signals arrived whose handlers have not run yet, in order. */
  readonly pending: number[] = [];
  /** The process listeners installed for Python handlers (CLI only). */
  readonly listeners = new Map<number, () => void>();
  realTimer: RealTimer | null = null;
  /** Resolves signal.pause()'s wait once a signal arrives. */
  pauseWaiters: (() => void)[] = [];
}

const states = new WeakMap<VM, SignalState>();

/** The VM's signal state, made with CPython's initial dispositions on first use. */
export function signalState(vm: VM): SignalState {
  let st = states.get(vm);
  if (st === undefined) {
    st = new SignalState();
    // Python ignores SIGPIPE and SIGXFSZ at start-up (errors come back as EPIPE, EFBIG instead).
    st.handlers[13] = SIG_IGN;
    st.handlers[25] = SIG_IGN;
    if (defaultIntHandler !== null) st.handlers[SIGINT] = defaultIntHandler;
    states.set(vm, st);
    vm.runSignalHandlers = () => runPending(vm);
  }
  return st;
}

export function checkSignalNumber(signum: number): void {
  if (signum < 1 || signum >= NSIG) throw newException(ValueError, 'signal number out of range');
}

/** OSError(EINVAL), what the kernel answers for a signal no handler can be set for. */
export function invalidArgument(vm: VM): never {
  throw call(vm, OSError, [22, 'Invalid argument']);
}

export function isUncatchable(signum: number): boolean {
  return UNCATCHABLE.has(signum);
}

function isPythonHandler(h: PyObject): boolean {
  return h !== SIG_DFL && h !== SIG_IGN;
}

/** Sets signum's disposition (already checked) and what the process does when it arrives; returns the old one. */
export function setHandler(vm: VM, signum: number, handler: PyObject): PyObject {
  const st = signalState(vm);
  const old = st.handlers[signum];
  st.handlers[signum] = handler;
  if (signum === SIGINT) {
    // The CLI turns Ctrl-C into KeyboardInterrupt itself; any other disposition goes through here.
    vm.onSigint = handler === defaultIntHandler ? null : () => arrived(vm, SIGINT);
  } else if (vm.interruptible) {
    listen(vm, st, signum, handler !== SIG_DFL);
  }
  return old;
}

/** signal.default_int_handler (one object for every VM: _signal's module init sets it). */
let defaultIntHandler: PyObject | null = null;
export function setDefaultIntHandler(h: PyObject): void {
  defaultIntHandler = h;
}

/** Installs or removes the process listener for signum (one with no Node name cannot come from outside). */
function listen(vm: VM, st: SignalState, signum: number, on: boolean): void {
  const name = NODE_NAMES.get(signum);
  if (name === undefined) return;
  const old = st.listeners.get(signum);
  if (on && old === undefined) {
    const fn = () => arrived(vm, signum);
    st.listeners.set(signum, fn);
    process.on(name, fn);
  } else if (!on && old !== undefined) {
    st.listeners.delete(signum);
    process.off(name, old);
  }
}

/**
 * signum's disposition acts: ignored, the default action, or its handler queued for the main
 * thread (signal.pause() returns). Returns whether a handler was queued.
 */
function dispose(vm: VM, signum: number): boolean {
  const st = signalState(vm);
  const h = st.handlers[signum];
  if (h === SIG_IGN) return false;
  if (h === SIG_DFL) {
    defaultAction(vm, signum);
    return false;
  }
  st.pending.push(signum);
  vm.signalsPending = true;
  for (const w of st.pauseWaiters.splice(0)) w();
  return true;
}

/** A signal arrived from outside the running code (a process signal, a timer): its disposition acts. */
export function arrived(vm: VM, signum: number): void {
  if (!dispose(vm, signum)) return;
  // The next check comes soon, and a waiting main thread hears of it.
  vm.countdown = 1;
  vm.wakeForSignal();
}

/**
 * The program sent signum to itself (raise_signal, os.kill of its own pid): as arrived(),
 * then its handler runs before the call returns, when the main thread is the one running.
 */
export function raisedHere(vm: VM, signum: number): void {
  if (dispose(vm, signum)) runPending(vm);
}

/**
 * What an unhandled signal does: nothing for those ignored by default; otherwise the process
 * ends by it as CPython's would (the CLI kills itself with it, output not flushed; a VM run as
 * a library ends its program with status 128 + signum).
 */
function defaultAction(vm: VM, signum: number): void {
  if (IGNORED_BY_DEFAULT.has(signum) || STOP_BY_DEFAULT.has(signum)) return;
  const name = NODE_NAMES.get(signum);
  if (vm.interruptible && name !== undefined) {
    process.removeAllListeners(name);
    process.kill(process.pid, name);
  }
  throw new ProcessExit(128 + signum);
}

/**
 * Runs the pending signals' handlers, oldest first, in the main thread (elsewhere they wait
 * for it). A handler's exception goes on from here; the signals after it stay pending. A
 * signal that arrives while a handler runs interrupts that handler, as CPython's checks
 * run inside a handler's frames too (a handler's os.kill or raise_signal of another
 * signal runs that one's handler before it returns, in the first handler's frame).
 */
export function runPending(vm: VM): void {
  const st = states.get(vm);
  if (st === undefined || !vm.inMainThread()) return;
  try {
    while (st.pending.length > 0) {
      const signum = st.pending.shift()!;
      const h = st.handlers[signum];
      if (!isPythonHandler(h)) continue;
      const frame = vm.frame;
      frame?.escape();
      call(vm, h, [signum, frame ?? None]);
    }
  } finally {
    vm.signalsPending = st.pending.length > 0;
  }
}

/** default_int_handler's KeyboardInterrupt. */
export function keyboardInterrupt(): never {
  throw newException(KeyboardInterrupt);
}

// ---------------------------------------------------------------- ITIMER_REAL (alarm, setitimer)

/** Seconds left on the real timer and its interval (0, 0 when disarmed). */
export function realTimerValue(vm: VM): [number, number] {
  const t = signalState(vm).realTimer;
  if (t === null) return [0, 0];
  return [Math.max(0, (t.deadline - performance.now()) / 1000), t.interval / 1000];
}

/** Arms the real timer (0 disarms): SIGALRM after `seconds`, then every `interval` seconds. */
export function setRealTimer(vm: VM, seconds: number, interval: number): void {
  const st = signalState(vm);
  if (st.realTimer !== null) clearTimeout(st.realTimer.timer);
  st.realTimer = null;
  vm.signalTimerArmed = false;
  if (seconds <= 0) return;
  const fire = () => {
    const t = st.realTimer;
    if (t === null) return;
    if (t.interval > 0) {
      t.deadline += t.interval;
      t.timer = setTimeout(fire, Math.max(0, t.deadline - performance.now()));
    } else {
      st.realTimer = null;
      vm.signalTimerArmed = false;
    }
    arrived(vm, SIGALRM);
  };
  const ms = seconds * 1000;
  st.realTimer = { timer: setTimeout(fire, ms), deadline: performance.now() + ms, interval: interval * 1000 };
  // A timer armed must get its turn of Node's event loop even while the program computes.
  vm.signalTimerArmed = true;
}

/** A promise settled by the next signal that arrives (signal.pause). */
export function nextSignal(vm: VM): Promise<PyObject> {
  const st = signalState(vm);
  return new Promise((resolve) => st.pauseWaiters.push(() => resolve(None)));
}

/** The program is over: its timer and process listeners go (a VM run as a library leaves none behind). */
export function releaseSignals(vm: VM): void {
  const st = states.get(vm);
  if (st === undefined) return;
  if (st.realTimer !== null) clearTimeout(st.realTimer.timer);
  st.realTimer = null;
  vm.signalTimerArmed = false;
  for (const [signum, fn] of st.listeners) process.off(NODE_NAMES.get(signum)!, fn);
  st.listeners.clear();
  vm.onSigint = null;
}
