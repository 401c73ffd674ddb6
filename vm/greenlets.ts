// Greenlets: each is a chain of frames with its own value stack, recursion depth and handled
// exception, inside one green thread (vm/threads.ts). Only one greenlet of a thread runs; a
// switch is made where the eval loop is at its outermost level, as a park is: the native
// switch() records the request (vm.greenletSwitch) and returns PARK, the loop saves its frame
// and returns, and runGreenlets (the outermost run's caller) saves the running greenlet's VM
// state, restores the target's and resumes its top frame with the switched value pushed.
// A greenlet whose bottom frame (its run) returns or raises hands that to its parent the same
// way. A thread switch (the scheduler) sees only a thread's running greenlet, as a thread's
// state: greenlets never park, and real greenlet does not either (a blocking call blocks them all).
//
// DIVERGENCE: unfinished greenlets are not thrown GreenletExit when they are collected (tpy has
// no finalizers); docs/differences.md says so.

import type { PyObject } from './objects/object.js';
import { PyObj } from './objects/object.js';
import { PyType, makeNativeType } from './objects/type.js';
import type { Frame } from './frame.js';
import type { KwArgs } from './objects/function.js';
import { PyFunction, PyMethod } from './objects/function.js';
import { PyBaseException, BaseException, Exception, AttributeError, newException } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { newTuple } from './objects/tuple.js';
import { PyDict } from './objects/dict.js';
import { CO_GENLIKE } from './code.js';
import { call } from './ops/call.js';
import { getAttrOpt } from './ops/attribute.js';
import { toPyException, ProcessExit } from './errors.js';
import { PARK } from './park.js';
import { endParkedCall } from './hooks.js';
import { execute } from './eval.js';
import type { ThreadState } from './threads.js';
import type { VM } from './vm.js';

export class PyGreenlet extends PyObj {
  /** What the first switch calls (undefined: not given, or deleted once started). */
  run: PyObject | undefined = undefined;
  parent: PyGreenlet | null = null;
  /** The thread it runs in: the one that created it. */
  thread: ThreadState | null = null;
  isMain = false;
  started = false;
  dead = false;
  /** While suspended: its VM state (the top frame resumes with the switched value pushed). */
  frame: Frame | null = null;
  stack: PyObject[] = [];
  depth = 0;
  excInfo: PyBaseException | null = null;
  /** The switch() whose call suspended it, for the profiler's c_return when it resumes. */
  parkedBuiltin: PyObject | null = null;

  constructor(cls: PyType) {
    super(cls);
  }
}

export const greenletType = makeNativeType('greenlet.greenlet', undefined, { allocate: (cls) => new PyGreenlet(cls), instanceDict: true });

const allocateException = (cls: PyType): PyObj => new PyBaseException(cls, []);
export const GreenletExit = makeNativeType('greenlet.GreenletExit', BaseException, { allocate: allocateException, instanceDict: true });
export const greenletError = makeNativeType('greenlet.error', Exception, { allocate: allocateException, instanceDict: true });

/** A thread's greenlets: its main greenlet (made the first time the thread needs one), the running one, its trace function. */
export interface ThreadGreenlets {
  main: PyGreenlet;
  current: PyGreenlet;
  trace: PyObject;
}

const perThread = new WeakMap<ThreadState, ThreadGreenlets>();

export function threadGreenlets(vm: VM, t: ThreadState = vm.threads.current): ThreadGreenlets {
  let s = perThread.get(t);
  if (s === undefined) {
    const main = new PyGreenlet(greenletType);
    main.isMain = true;
    main.started = true;
    main.thread = t;
    s = { main, current: main, trace: None };
    perThread.set(t, s);
  }
  return s;
}

/** Which key _contextvars files the current Context under: the thread's ident, or a greenlet that is not the thread's main one. */
export function contextOwner(vm: VM): PyObject {
  const t = vm.threads.current;
  if (!vm.greenletsUsed) return t.ident;
  const g = threadGreenlets(vm, t).current;
  return g.isMain ? t.ident : g;
}

/** The table of current Contexts of _contextvars.py, once it is imported. */
export function contextTable(vm: VM): PyDict | null {
  const m = vm.modules.getStr('_contextvars');
  const d = m === undefined ? undefined : (m as { dict?: PyDict }).dict?.getStr('_current_contexts');
  return d instanceof PyDict ? d : null;
}

/** A switch the running greenlet asked for: to `target`, passing args/kwargs or raising `error`. */
export interface SwitchRequest {
  target: PyGreenlet;
  args: PyObject[];
  kwargs: KwArgs | null;
  error: PyBaseException | null;
}

/** What a switch hands the greenlet it resumes: one argument as itself, several as a tuple, keywords as a dict or (args, kwargs). */
export function switchValue(args: PyObject[], kwargs: KwArgs | null): PyObject {
  const hasKw = kwargs !== null && kwargs.size > 0;
  if (!hasKw) return args.length === 1 ? args[0] : newTuple(args);
  const d = new PyDict();
  for (const [k, v] of kwargs!) d.setStr(k, v);
  return args.length === 0 ? d : newTuple([newTuple(args), d]);
}

/** The greenlet a switch to `g` reaches: a dead greenlet's switch goes to its parent (the first one alive). */
export function liveTarget(g: PyGreenlet): PyGreenlet {
  let t = g;
  while (t.dead && t.parent !== null) t = t.parent;
  return t;
}

/** Calls the thread's greenlet.settrace function with ('switch' | 'throw', (origin, target)). */
export function traceSwitch(vm: VM, s: ThreadGreenlets, event: 'switch' | 'throw', origin: PyGreenlet, target: PyGreenlet): void {
  if (s.trace === None) return;
  call(vm, s.trace, [event, newTuple([origin, target])]);
}

/**
 * Runs `first` (an outermost run of the eval loop: the thread's first frame, or its resumed top
 * frame) and performs the greenlet switches it asks for, until the thread parks (PARK) or the run
 * ends in the greenlet it began in, `owner` (its result, or its exception thrown on).
 */
export function runGreenlets(vm: VM, first: () => PyObject, owner: PyGreenlet | null = null): PyObject {
  let result: PyObject = None;
  let error: unknown = null;
  try {
    result = first();
  } catch (e) {
    error = e;
  }
  if (!vm.greenletsUsed) {
    if (error !== null) throw error;
    return result;
  }
  for (;;) {
    const s = threadGreenlets(vm);
    let req: SwitchRequest;
    if (error === null && result === PARK) {
      if (vm.greenletSwitch === null) return PARK; // a real park: the thread waits
      req = vm.greenletSwitch;
      vm.greenletSwitch = null;
    } else {
      const g = s.current;
      // The run's own end: its bottom frame belongs to the greenlet it began in (`owner`, by
      // default the thread's main greenlet), not to a greenlet started during it.
      if (g === (owner ?? s.main) || error instanceof ProcessExit) {
        if (error !== null) throw error;
        return result;
      }
      // The greenlet's run ended: its value (or exception) goes to its parent.
      g.dead = true;
      g.frame = null;
      g.stack = [];
      contextTable(vm)?.delete(vm, g);
      let exc: PyBaseException | null = null;
      let value = result;
      if (error !== null) {
        exc = toPyException(error);
        if (exc.cls.isSubtypeOf(GreenletExit)) {
          value = exc;
          exc = null;
        }
      }
      const target = liveTarget(g.parent!);
      try {
        traceSwitch(vm, s, exc === null ? 'switch' : 'throw', g, target);
      } catch (e) {
        exc = toPyException(e);
      }
      req = { target, args: [value], kwargs: null, error: exc };
    }
    error = null;
    try {
      result = switchTo(vm, s, req);
    } catch (e) {
      error = e;
    }
  }
}

/** Saves the running greenlet's state and runs `req.target` from where it stopped (or starts it). */
function switchTo(vm: VM, s: ThreadGreenlets, req: SwitchRequest): PyObject {
  const cur = s.current;
  const target = req.target;
  if (!cur.dead) {
    cur.frame = vm.frame;
    cur.stack = vm.stack;
    cur.depth = vm.depth;
    cur.excInfo = vm.excInfo;
    cur.parkedBuiltin = vm.parkedBuiltin;
  }
  vm.parkedBuiltin = null;
  s.current = target;
  if (!target.started) return start(vm, target, req, cur.depth);
  vm.frame = target.frame;
  vm.stack = target.stack;
  vm.depth = target.depth;
  vm.excInfo = target.excInfo;
  target.frame = null;
  const top = vm.frame!;
  // Its switch() call ends now: the profiler's c_return (or c_exception) for it.
  const builtin = target.parkedBuiltin;
  target.parkedBuiltin = null;
  const error = endParkedCall(vm, top, builtin, req.error);
  if (error === null) vm.stack[top.sp++] = switchValue(req.args, req.kwargs);
  return execute(vm, top, error, true);
}

/** The first switch into `g`: its run is called with the switch's arguments, at the bottom of a stack of its own. */
function start(vm: VM, g: PyGreenlet, req: SwitchRequest, depth: number): PyObject {
  g.started = true;
  g.thread = vm.threads.current;
  vm.stack = new Array(1024).fill(undefined);
  vm.frame = null;
  vm.depth = depth;
  vm.excInfo = null;
  const run = g.run ?? getAttrOpt(vm, g, 'run');
  g.run = undefined;
  if (req.error !== null) throw req.error; // thrown into a greenlet that never ran: it dies at once
  if (run === undefined) throw newException(AttributeError, 'run');
  let fn = run;
  let args = req.args;
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
    args = [fn.self, ...args];
    fn = fn.func;
  }
  // A tpy function's frame is the bottom of the greenlet's chain, so that it may switch;
  // anything else is called from here (and cannot switch inside).
  if (fn instanceof PyFunction && (fn.code.co_flags & CO_GENLIKE) === 0) {
    const frame = vm.makeFrame(fn, args, req.kwargs, 0);
    frame.f_back = null;
    frame.isEntry = true;
    return execute(vm, frame, null, false);
  }
  return call(vm, run, req.args, req.kwargs);
}
