// The _lsprof module: Profiler, driven by the VM's native profile hook (vm.setProfile,
// tpy's PyEval_SetProfile), so that profiling costs no tpy-level call per event;
// profiler_entry / profiler_subentry rows from getstats(), as Modules/_lsprof.c.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple } from '../vm/objects/tuple.js';
import { PyBuiltinFunction, PyStaticMethod, builtin, defMethod, NativeFn } from '../vm/objects/function.js';
import { makeNativeType, PyType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { typeError, valueError, overflowError } from '../vm/objects/exceptions.js';
import type { Frame } from '../vm/frame.js';
import type { HookEvent, HookFn } from '../vm/hooks.js';
import { call } from '../vm/ops/call.js';
import { index, repr, truthy } from '../vm/ops/convert.js';
import { typeOf } from '../vm/ops/typeof.js';
import { toPyException } from '../vm/errors.js';
import { noArgs, noKwargs, parseArgs } from '../vm/methods/args.js';
import { toDouble } from '../stdlib/math.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { ProfilerCore, ProfilerEntry } from './lsprof_core.js';
import { makeStructSeqType } from './struct_seq.js';
import { writeUnraisable } from './unraisable.js';
import { TraceCallsWatcher } from './trace_calls.js';

export const profilerEntryType = makeStructSeqType('_lsprof', 'profiler_entry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls']);
export const profilerSubentryType = makeStructSeqType('_lsprof', 'profiler_subentry', ['code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime']);

export const profilerType = makeNativeType('_lsprof.Profiler', undefined, { allocate: (cls) => new PyProfiler(cls) });
/** Types are named in reprs by CPython's tp_name, which includes the module for this one. */
const TP_NAME = '_lsprof.Profiler';

/** An _lsprof.Profiler: the bookkeeping, its timer, and the native hook feeding it. */
/** The entry key shared by all types' __new__ (CPython's tp_new_methoddef). */
const TP_NEW_KEY = Symbol('tp_new_wrapper');

export class PyProfiler extends PyObj {
  /** A tpy callable, or null for the built-in high-resolution clock. */
  externalTimer: PyObject | null = null;
  /** Seconds per unit of an integer-returning external timer; 0 for a timer returning seconds. */
  externalTimerUnit = 0;
  /** The VM this profiler was enabled in (its timer and names need one). */
  vm: VM | null = null;
  readonly core: ProfilerCore;
  /** The native hook, made once: enable() installs this very function. */
  readonly hook: HookFn;

  constructor(cls: PyType = profilerType) {
    super(cls);
    this.core = new ProfilerCore(defaultTimer, (obj) => this.normalizeUserObj(obj));
    const core = this.core;
    // Frames are keyed by their code object; built-ins by their native function, as
    // CPython keys them by their PyMethodDef: all bound methods of a descriptor are one callable,
    // and every type's __new__ is one (they share tp_new_wrapper's PyMethodDef).
    this.hook = (frame: Frame, event: HookEvent, arg: PyObject) => {
      switch (event) {
        case 'call':
          core.enter(frame.f_code, frame.f_code);
          break;
        case 'return':
          core.leave(frame.f_code);
          break;
        case 'c_call':
          if (core.builtins && arg instanceof PyBuiltinFunction) core.enter(arg.newOf === null ? arg.fn : TP_NEW_KEY, arg);
          break;
        case 'c_return':
        case 'c_exception':
          if (core.builtins && arg instanceof PyBuiltinFunction) core.leave(arg.newOf === null ? arg.fn : TP_NEW_KEY);
          break;
      }
    };
  }

  /** Installs the timer: the default clock, or a tpy callable read as CallExternalTimer does. */
  setTimer(timer: PyObject | null, unit: number): void {
    this.externalTimer = timer;
    this.externalTimerUnit = unit;
    this.core.timer = timer === null ? defaultTimer : () => this.callExternalTimer(timer);
  }

  /** One reading of a tpy timer; a failure is reported as unraisable and reads as 0. */
  private callExternalTimer(timer: PyObject): number {
    const vm = this.vm!;
    try {
      const o = call(vm, timer, []);
      return this.externalTimerUnit > 0 ? nanosecondsFromObject(o) : timeFromSeconds(vm, o);
    } catch (e) {
      writeUnraisable(vm, toPyException(e), timer);
      return 0;
    }
  }

  /** What an entry is named by (normalizeUserObj): the code object, or a descriptive string for a built-in. */
  normalizeUserObj(obj: unknown): unknown {
    if (!(obj instanceof PyBuiltinFunction)) return obj;
    const self = obj.self ?? obj.newOf ?? undefined;
    if (self === undefined) {
      // A module's function (its m_self is the module in CPython) or a built-in static method.
      return obj.module === null ? `<built-in method ${obj.name}>` : `<built-in method ${obj.module}.${obj.name}>`;
    }
    let found = typeOf(self).lookup(obj.name);
    // _PyType_Lookup sees the raw dict entry: a type's __new__ is stored here in a staticmethod.
    if (found instanceof PyStaticMethod) found = found.func;
    if (found !== undefined) {
      try {
        return repr(this.vm!, found);
      } catch {
        // fall back to the plain name, as CPython does when repr fails
      }
    }
    return obj.module === null ? `<built-in method ${obj.name}>` : `<built-in method ${obj.module}.${obj.name}>`;
  }

  /** Seconds per timer unit: a seconds timer was read in nanoseconds, an integer timer in its own unit. */
  factor(): number {
    return this.externalTimer === null ? DEFAULT_TIMER_UNIT : this.externalTimerUnit === 0 ? 1e-9 : this.externalTimerUnit;
  }

  getstats(): PyList {
    const factor = this.factor();
    const rows: PyObject[] = [];
    for (const entry of this.core.entries.values()) {
      if (entry.callcount === 0) continue;
      let calls: PyObject = None;
      if (entry.calls !== null) {
        const subs: PyObject[] = [];
        for (const sub of entry.calls.values()) {
          subs.push(new PyTuple([userObj(sub.callee), sub.callcount, sub.recursivecallcount,
            new PyFloat(factor * sub.tt), new PyFloat(factor * sub.it)], profilerSubentryType));
        }
        calls = new PyList(subs);
      }
      rows.push(new PyTuple([userObj(entry), entry.callcount, entry.recursivecallcount,
        new PyFloat(factor * entry.tt), new PyFloat(factor * entry.it), calls], profilerEntryType));
    }
    return new PyList(rows);
  }

  enable(vm: VM): void {
    this.vm = vm;
    // sys.getprofile() then returns the profiler, as in CPython.
    vm.setProfile(this.hook, this);
  }

  disable(vm: VM): void {
    vm.setProfile(null);
    this.core.flushUnmatched();
  }
}

function userObj(entry: ProfilerEntry): PyObject {
  return entry.userObj as PyObject;
}

// ---------------------------------------------------------------- timers

/**
 * The default clock: performance.now(), in milliseconds with sub-microsecond
 * resolution. CPython reads perf_counter in nanoseconds; the unit is only a scale.
 */
const defaultTimer = (): number => performance.now();
const DEFAULT_TIMER_UNIT = 1e-3;

/** _PyTime_t's range, in nanoseconds. */
const TIME_MAX = 9223372036854775807;

/** An integer-returning timer's reading (_PyTime_FromNanosecondsObject). */
function nanosecondsFromObject(o: PyObject): number {
  if (typeof o === 'number') return o;
  if (typeof o === 'boolean') return o ? 1 : 0;
  if (typeof o === 'bigint') {
    if (o > 9223372036854775807n || o < -9223372036854775808n) throw overflowError('timestamp too large to convert to C _PyTime_t');
    return Number(o);
  }
  throw typeError(`expect int, got ${typeOf(o).tpName}`);
}

/** A seconds-returning timer's reading, in nanoseconds rounded down (_PyTime_FromSecondsObject, ROUND_FLOOR). */
function timeFromSeconds(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) {
    const d = o.value;
    if (Number.isNaN(d)) throw valueError('Invalid value NaN (not a number)');
    const ns = Math.floor(d * 1e9);
    if (!(ns >= -TIME_MAX - 1 && ns < TIME_MAX)) throw overflowError('timestamp too large to convert to C _PyTime_t');
    return ns;
  }
  const n = index(vm, o);
  const ns = typeof n === 'bigint' ? Number(n) * 1e9 : n * 1e9;
  if (!(ns >= -TIME_MAX - 1 && ns < TIME_MAX)) throw overflowError('timestamp too large to convert to C _PyTime_t');
  return ns;
}

// ---------------------------------------------------------------- Profiler's methods

function profiler(args: PyObject[], method: string): PyProfiler {
  const self = args[0];
  if (!(self instanceof PyProfiler)) {
    throw typeError(`descriptor '${method}' for '${TP_NAME}' objects doesn't apply to a '${typeOf(self).tpName}' object`);
  }
  return self;
}

/** An `int` flag argument ('i' format): -1 when omitted. */
function intFlag(vm: VM, o: PyObject | undefined): number {
  if (o === undefined) return -1;
  if (o instanceof PyFloat) throw typeError(`'float' object cannot be interpreted as an integer`);
  const n = index(vm, o);
  if (typeof n === 'bigint') throw overflowError(n > 0n ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
  return n;
}

/** setSubcalls / setBuiltins: 0 clears, positive sets, negative leaves as is. */
function applyFlags(p: PyProfiler, subcalls: number, builtins: number): void {
  if (subcalls === 0) p.core.subcalls = false;
  else if (subcalls > 0) p.core.subcalls = true;
  if (builtins === 0) p.core.builtins = false;
  else if (builtins > 0) p.core.builtins = true;
}

const methods: [string, NativeFn][] = [
  ['__init__', (vm, args, kwargs) => {
    const p = profiler(args, '__init__');
    const [timer, timeunit, subcalls, builtins] = parseArgs('Profiler', args, kwargs, { names: ['timer', 'timeunit', 'subcalls', 'builtins'] });
    const unit = timeunit === undefined ? 0 : toDouble(vm, timeunit);
    const sub = subcalls === undefined ? 1 : intFlag(vm, subcalls);
    const bi = builtins === undefined ? 1 : intFlag(vm, builtins);
    applyFlags(p, sub, bi);
    p.vm = vm;
    p.setTimer(timer === undefined ? null : timer, unit);
    return None;
  }],
  ['getstats', (vm, args, kwargs) => {
    noKwargs('getstats', kwargs);
    if (args.length !== 1) throw typeError('getstats() takes no arguments');
    return profiler(args, 'getstats').getstats();
  }],
  ['enable', (vm, args, kwargs) => {
    const p = profiler(args, 'enable');
    const [subcalls, builtins] = parseArgs('enable', args, kwargs, { names: ['subcalls', 'builtins'] });
    applyFlags(p, intFlag(vm, subcalls), intFlag(vm, builtins));
    p.enable(vm);
    return None;
  }],
  ['disable', (vm, args, kwargs) => {
    noArgs('Profiler.disable', args, kwargs);
    profiler(args, 'disable').disable(vm);
    return None;
  }],
  ['clear', (vm, args, kwargs) => {
    noArgs('Profiler.clear', args, kwargs);
    profiler(args, 'clear').core.clear();
    return None;
  }],
];
for (const [name, fn] of methods) defMethod(profilerType, name, fn);

profilerType.setAttr('__doc__', `Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
`);

/**
 * DIVERGENCE: _lsprof._trace_calls(profiler, on) is tpy's own: while on, every
 * context pushed or popped is printed to standard error (tpy -m cProfile --trace-calls).
 */
const traceCalls: NativeFn = (vm, args, kwargs) => {
  noKwargs('_trace_calls', kwargs);
  if (args.length !== 2) throw typeError(`_trace_calls() takes exactly 2 arguments (${args.length} given)`);
  const p = args[0];
  if (!(p instanceof PyProfiler)) throw typeError(`_trace_calls() argument 1 must be _lsprof.Profiler, not ${typeOf(p).tpName}`);
  p.core.watcher = truthy(vm, args[1]) ? new TraceCallsWatcher(p, (s) => vm.io.stderr(s)) : null;
  return None;
};

export const init_lsprof: ModuleInit = (vm, m) => {
  m.dict.setStr('__doc__', 'Fast profiler');
  m.dict.setStr('Profiler', profilerType);
  m.dict.setStr('profiler_entry', profilerEntryType);
  m.dict.setStr('profiler_subentry', profilerSubentryType);
  m.dict.setStr('_trace_calls', builtin('_trace_calls', traceCalls, '_lsprof'));
};
