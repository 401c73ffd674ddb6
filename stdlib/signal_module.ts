// The _signal module: the signal numbers, setting and reading handlers, raising signals,
// alarm()/setitimer() on ITIMER_REAL. `signal` (stdlib/lib/signal.py) wraps it with the
// Signals and Handlers enums, as CPython's signal.py wraps its _signal.

import type { PyObject } from '../vm/objects/object.js';
import { PyFloat, newFloat } from '../vm/objects/float.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { PySet } from '../vm/objects/set.js';
import { builtin, type KwArgs } from '../vm/objects/function.js';
import { makeNativeType } from '../vm/objects/type.js';
import { newException, notImplementedError, OSError, PyBaseException, RuntimeError, typeError, ValueError } from '../vm/objects/exceptions.js';
import { index } from '../vm/ops/convert.js';
import { typeOf } from '../vm/ops/typeof.js';
import { call } from '../vm/ops/call.js';
import { pyEq } from '../vm/ops/compare.js';
import { parseArgs } from '../vm/methods/args.js';
import { isCallable } from './builtins.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import {
  checkSignalNumber, invalidArgument, isUncatchable, keyboardInterrupt, nextSignal, NSIG, raisedHere,
  realTimerValue, setDefaultIntHandler, setHandler, setRealTimer, SIG_DFL, SIG_IGN, signalState,
} from './signal_handlers.js';

/** Linux's signal numbers, in CPython's _signal order of names. */
const SIGNALS: [string, number][] = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
  ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16], ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29],
  ['SIGPWR', 30], ['SIGSYS', 31], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
];

/** strsignal()'s texts (glibc's); 32 and 33 have none. */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
  17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
  22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
  25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
  29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
};

const ITIMER_REAL = 0;
const ITIMER_VIRTUAL = 1;
const ITIMER_PROF = 2;

/** signal.itimer_error (ItimerError): setitimer's and getitimer's OSError. */
const itimerError = makeNativeType('itimer_error', OSError, {
  module: 'signal',
  allocate: (cls) => new PyBaseException(cls, []),
  instanceDict: true,
});

function signalNumber(vm: VM, o: PyObject): number {
  return Number(index(vm, o));
}

function args1(name: string, args: PyObject[], kwargs: KwArgs | null, names: string[], required = names.length): (PyObject | undefined)[] {
  return parseArgs(name, args, kwargs, { names, required, posOnly: names.length }, 0);
}

/** The seconds of setitimer: a float or anything with __index__ ('d' format). */
function secondsArg(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return Number(o);
  try {
    return Number(index(vm, o));
  } catch {
    throw typeError(`must be real number, not ${typeOf(o).tpName}`);
  }
}

function itimerWhich(vm: VM, o: PyObject, name: string): number {
  const which = signalNumber(vm, o);
  if (which === ITIMER_VIRTUAL || which === ITIMER_PROF) {
    throw notImplementedError(`tpy: signal.${name}() supports ITIMER_REAL only (no CPU-time timers)`);
  }
  if (which !== ITIMER_REAL) throw call(vm, itimerError, [22, 'Invalid argument']);
  return which;
}

export const init__signal: ModuleInit = (vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'This module provides mechanisms to use signal handlers in Python.');
  const defaultIntHandler = builtin('default_int_handler', (_vm, args) => {
    if (args.length !== 2) throw typeError(`default_int_handler expected 2 arguments, got ${args.length}`);
    keyboardInterrupt();
  }, '_signal');
  setDefaultIntHandler(defaultIntHandler);
  d.setStr('default_int_handler', defaultIntHandler);
  signalState(vm).handlers[2] = defaultIntHandler;
  d.setStr('SIG_DFL', SIG_DFL);
  d.setStr('SIG_IGN', SIG_IGN);
  d.setStr('NSIG', NSIG);
  for (const [name, n] of SIGNALS) d.setStr(name, n);
  d.setStr('SIG_BLOCK', 0);
  d.setStr('SIG_UNBLOCK', 1);
  d.setStr('SIG_SETMASK', 2);
  d.setStr('ITIMER_REAL', ITIMER_REAL);
  d.setStr('ITIMER_VIRTUAL', ITIMER_VIRTUAL);
  d.setStr('ITIMER_PROF', ITIMER_PROF);
  d.setStr('ItimerError', itimerError);

  d.setStr('signal', builtin('signal', (vm, args, kwargs) => {
    const [sigObj, handler] = args1('signal', args, kwargs, ['signalnum', 'handler']);
    const signum = signalNumber(vm, sigObj!);
    if (!vm.inMainThread()) throw newException(ValueError, 'signal only works in main thread of the main interpreter');
    checkSignalNumber(signum);
    let disposition: PyObject;
    if (pyEq(vm, handler!, SIG_IGN)) disposition = SIG_IGN;
    else if (pyEq(vm, handler!, SIG_DFL)) disposition = SIG_DFL;
    else if (isCallable(handler!)) disposition = handler!;
    else throw typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    if (isUncatchable(signum)) invalidArgument(vm);
    // Whatever is pending runs first, under the old handler (as CPython checks before it switches).
    vm.runSignalHandlers?.();
    return setHandler(vm, signum, disposition);
  }, '_signal'));

  d.setStr('getsignal', builtin('getsignal', (vm, args, kwargs) => {
    const [sigObj] = args1('getsignal', args, kwargs, ['signalnum']);
    const signum = signalNumber(vm, sigObj!);
    checkSignalNumber(signum);
    return signalState(vm).handlers[signum];
  }, '_signal'));

  d.setStr('raise_signal', builtin('raise_signal', (vm, args, kwargs) => {
    const [sigObj] = args1('raise_signal', args, kwargs, ['signalnum']);
    const signum = signalNumber(vm, sigObj!);
    // As C's raise(): 0 does nothing, a number that is no signal (or one the C library keeps) is EINVAL.
    if (signum < 0 || signum >= NSIG || signum === 32 || signum === 33) invalidArgument(vm);
    if (signum !== 0) raisedHere(vm, signum);
    return None;
  }, '_signal'));

  d.setStr('strsignal', builtin('strsignal', (vm, args, kwargs) => {
    const [sigObj] = args1('strsignal', args, kwargs, ['signalnum']);
    const signum = signalNumber(vm, sigObj!);
    checkSignalNumber(signum);
    if (signum >= 34) return `Real-time signal ${signum - 34}`;
    return DESCRIPTIONS[signum] ?? None;
  }, '_signal'));

  d.setStr('valid_signals', builtin('valid_signals', (vm, args, kwargs) => {
    args1('valid_signals', args, kwargs, []);
    const s = new PySet();
    for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) s.add(vm, n);
    return s;
  }, '_signal'));

  d.setStr('alarm', builtin('alarm', (vm, args, kwargs) => {
    const [secObj] = args1('alarm', args, kwargs, ['seconds']);
    const seconds = signalNumber(vm, secObj!) >>> 0;
    const [left] = realTimerValue(vm);
    setRealTimer(vm, seconds, 0);
    // As the kernel rounds what was left: to the nearest second, and at least 1 if anything was.
    return left <= 0 ? 0 : Math.max(1, Math.round(left));
  }, '_signal'));

  d.setStr('setitimer', builtin('setitimer', (vm, args, kwargs) => {
    const [whichObj, secObj, intervalObj] = args1('setitimer', args, kwargs, ['which', 'seconds', 'interval'], 2);
    itimerWhich(vm, whichObj!, 'setitimer');
    const seconds = secondsArg(vm, secObj!);
    const interval = intervalObj === undefined ? 0 : secondsArg(vm, intervalObj);
    if (seconds < 0 || interval < 0) throw call(vm, itimerError, [22, 'Invalid argument']);
    const [left, every] = realTimerValue(vm);
    setRealTimer(vm, seconds, interval);
    return newTuple([newFloat(left), newFloat(every)]);
  }, '_signal'));

  d.setStr('getitimer', builtin('getitimer', (vm, args, kwargs) => {
    const [whichObj] = args1('getitimer', args, kwargs, ['which']);
    itimerWhich(vm, whichObj!, 'getitimer');
    const [left, every] = realTimerValue(vm);
    return newTuple([newFloat(left), newFloat(every)]);
  }, '_signal'));

  const pause = builtin('pause', (vm, args, kwargs) => {
    args1('pause', args, kwargs, []);
    if (!vm.canPark) throw newException(RuntimeError, 'cannot block in pause(): tpy can only wait for a signal in code it can suspend, not inside a call made by native code');
    return vm.park(nextSignal(vm));
  }, '_signal');
  // pause() waits on Node's event loop: only the eval loop can suspend for it.
  pause.evalLoopOnly = true;
  d.setStr('pause', pause);

  d.setStr('siginterrupt', builtin('siginterrupt', (vm, args, kwargs) => {
    const [sigObj] = args1('siginterrupt', args, kwargs, ['signalnum', 'flag']);
    checkSignalNumber(signalNumber(vm, sigObj!));
    // Interrupted waits always resume in tpy, as with siginterrupt(sig, False).
    return None;
  }, '_signal'));

  for (const name of ['pthread_sigmask', 'sigpending', 'sigwait', 'sigwaitinfo', 'sigtimedwait', 'set_wakeup_fd', 'pthread_kill']) {
    d.setStr(name, builtin(name, () => {
      throw notImplementedError(`tpy: signal.${name}() is not supported`);
    }, '_signal'));
  }
};
