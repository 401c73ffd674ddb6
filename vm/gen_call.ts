// gen.send(value), gen.__next__() and gen.throw(exc) called by tpy code: the eval loop
// resumes the generator (or coroutine) as a frame of its own, as FOR_ITER and YIELD_FROM do,
// instead of calling the native method, which would run it in a nested loop on the
// JavaScript stack. A throw into a generator suspended in `yield from` (or `await`) resumes
// the whole chain of delegates, each the frame of the one it delegates for, and raises in
// the innermost, from where the exception unwinds through them as it would through calls.
//
// That is what lets a generator driven by hand block: a coroutine stepped by asyncio's Task
// (coro.send(None)) or by a scheduler written in Python runs in the outermost loop, where a
// socket call or a lock can park the program on Node's event loop; in a nested loop it
// cannot (VM.canPark). The methods are evalLoopOnly, so compiled code leaves to the eval
// loop to call them. Natives (next(), list()...) still resume generators in a nested loop.

import type { PyObject } from './objects/object.js';
import { PyBuiltinFunction, PyMethodDescriptor } from './objects/function.js';
import { PyGenBase, PyAsyncGen } from './objects/generator.js';
import { PyType } from './objects/type.js';
import { PyBaseException, GeneratorExit } from './objects/exceptions.js';
import { None } from './objects/singletons.js';
import { yieldFromDelegate } from './gen_frames.js';
import { typeOf } from './ops/typeof.js';

/** THROW: a method's argument count that says it is throw(typ[, val[, tb]]). */
export const THROW = -1;

/** The methods that resume their generator, with the number of arguments each takes (send: 1). */
const resumers = new Map<PyMethodDescriptor, number>();

/** Registers `method` (a generator or coroutine type's send, __next__ or throw) for the eval loop to make in place. */
export function resumesInLoop(method: PyObject | undefined, nargs: 0 | 1 | typeof THROW): void {
  if (!(method instanceof PyMethodDescriptor)) throw new Error('resumesInLoop: not a method descriptor');
  method.evalLoopOnly = true;
  resumers.set(method, nargs);
}

/** The value the generator callTarget found is sent (takeCall clears it). */
let sentByCall: PyObject = None;

/** For a throw(): its arguments (typ, val, tb), else null. */
let thrownByCall: PyObject[] | null = null;

/**
 * What callTarget found the call sends ([value, null]) or throws ([None, arguments]), taken:
 * nothing of a finished program may stay reachable from here.
 */
export function takeCall(): [PyObject, PyObject[] | null] {
  const r: [PyObject, PyObject[] | null] = [sentByCall, thrownByCall];
  sentByCall = None;
  thrownByCall = null;
  return r;
}

/**
 * The generator that the call at stack[fnIdx] (its `argc` arguments above it, no keywords)
 * resumes in the loop: a registered method, bound or with self first, with its argument count,
 * of a generator that can be resumed now (its value in sentByCall). null for anything else,
 * including the calls that raise (a running or finished generator, a non-None value sent to
 * a just-started one): the method itself raises those.
 */
export function callTarget(callee: PyObject, stack: PyObject[], fnIdx: number, argc: number, hooked: boolean): PyGenBase | null {
  let self: PyObject;
  let nargs: number | undefined;
  let at: number;
  if (callee instanceof PyMethodDescriptor) {
    nargs = resumers.get(callee);
    if (nargs === undefined) return null;
    self = stack[fnIdx + 1];
    if (typeOf(self) !== callee.owner) return null;
    at = fnIdx + 2;
    argc--;
  } else if (callee instanceof PyBuiltinFunction && callee.descriptor !== null && callee.self !== undefined) {
    nargs = resumers.get(callee.descriptor);
    if (nargs === undefined) return null;
    self = callee.self;
    at = fnIdx + 1;
  } else return null;
  if (!(self instanceof PyGenBase) || self.running || self.finished || self.midBody) return null;
  if (nargs === THROW) {
    // With a hook set, a throw through `yield from` is the native's: the delegate's frame is
    // resumed first, the delegating one when the delegate is done (their 'call' events in that order).
    if (argc < 1 || argc > 3 || !throwsInLoop(self, stack[at], hooked)) return null;
    thrownByCall = stack.slice(at, at + argc);
    return self;
  }
  if (argc !== nargs) return null;
  const sent = nargs === 0 ? None : stack[at];
  if (!self.started && sent !== None) return null;
  sentByCall = sent;
  thrownByCall = null;
  return self;
}

/**
 * Whether a throw of `typ` into `gen` can be made by resuming its frames in the loop: it is
 * suspended at a yield, and each `yield from` delegate it waits on is a generator or
 * coroutine suspended in turn (anything else, GeneratorExit through a delegate, which closes
 * it instead, a delegating generator inside an except block and a generator never started
 * are the native method's).
 */
function throwsInLoop(gen: PyGenBase, typ: PyObject, hooked: boolean): boolean {
  if (!gen.started) return false;
  const closing = typ instanceof PyType ? typ.isSubtypeOf(GeneratorExit) : typ instanceof PyBaseException && typ.cls.isSubtypeOf(GeneratorExit);
  for (let g = gen; ;) {
    if (g instanceof PyAsyncGen) return false;
    const inner = yieldFromDelegate(g);
    if (inner === undefined) return true;
    // A delegating generator inside an except block chains what its delegate raises back to
    // its handled exception (gen_send_ex's _PyErr_ChainStackItem): the native throw does that.
    if (g.excState !== null) return false;
    if (closing || hooked || !(inner instanceof PyGenBase) || inner.running || inner.finished || !inner.started || inner.midBody) return false;
    g = inner;
  }
}
