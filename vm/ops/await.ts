// The await protocol: what GET_AWAITABLE, GET_AITER, GET_ANEXT and BEFORE_ASYNC_WITH
// (vm/eval_cold.ts) make of their operand, with CPython 3.11's messages.

import type { PyObject } from '../objects/object.js';
import { PyCoroutine, PyGenerator, PyAsyncGen } from '../objects/generator.js';
import { typeError, newException, RuntimeError, PyBaseException } from '../objects/exceptions.js';
import { CO_ITERABLE_COROUTINE } from '../code.js';
import { Op } from '../opcodes.js';
import type { Frame } from '../frame.js';

/** Where an awaitable comes from, for 3.11's messages (its GET_AWAITABLE's argument). */
export enum AwaitWhere {
  AWAIT = 0,
  AENTER = 1,
  AEXIT = 2,
}

/**
 * Where the GET_AWAITABLE just run by `f` (f.pc is past it) gets its operand: 3.7's
 * GET_AWAITABLE has no argument, so the instruction before it tells (`async with`'s).
 */
export function awaitWhere(f: Frame): AwaitWhere {
  const prev = f.pc >= 2 ? f.f_code.words[f.pc - 2] & 0xff : -1;
  return prev === Op.BEFORE_ASYNC_WITH ? AwaitWhere.AENTER : prev === Op.WITH_CLEANUP_START ? AwaitWhere.AEXIT : AwaitWhere.AWAIT;
}
import { yieldFromDelegate } from '../gen_frames.js';
import { typeOf } from './typeof.js';
import { callSpecialMethod } from './call.js';
import { bindDescriptor } from './attribute.js';
import { asyncGenASend } from '../methods/async_generator.js';
import type { VM } from '../vm.js';

/** A generator made awaitable by types.coroutine (CO_ITERABLE_COROUTINE), or a coroutine. */
function isCoroutineLike(o: PyObject): boolean {
  return o instanceof PyCoroutine || (o instanceof PyGenerator && (o.frame.f_code.co_flags & CO_ITERABLE_COROUTINE) !== 0);
}

/** The iterator YIELD_FROM drives for `await o` (_PyCoro_GetAwaitableIter). */
export function getAwaitable(vm: VM, o: PyObject, where: AwaitWhere): PyObject {
  if (isCoroutineLike(o)) {
    if (o instanceof PyCoroutine && yieldFromDelegate(o) !== undefined) throw newException(RuntimeError, 'coroutine is being awaited already');
    return o;
  }
  const t = typeOf(o);
  const m = t.lookup('__await__');
  if (m === undefined) {
    if (where === AwaitWhere.AENTER) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${t.tpName}`);
    if (where === AwaitWhere.AEXIT) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${t.tpName}`);
    throw typeError(`object ${t.tpName} can't be used in 'await' expression`);
  }
  const res = callSpecialMethod(vm, o, m, []);
  if (isCoroutineLike(res)) throw typeError('__await__() returned a coroutine');
  if (typeOf(res).lookup('__next__') === undefined) throw typeError(`__await__() returned non-iterator of type '${typeOf(res).tpName}'`);
  return res;
}

/** GET_AITER: `o.__aiter__()`, which must have __anext__. */
export function getAIter(vm: VM, o: PyObject): PyObject {
  const m = typeOf(o).lookup('__aiter__');
  if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeOf(o).tpName}`);
  const it = callSpecialMethod(vm, o, m, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).tpName}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of the next item of the async iterator `it`. */
export function getANext(vm: VM, it: PyObject): PyObject {
  if (it instanceof PyAsyncGen) return asyncGenASend(vm, it, undefined);
  const m = typeOf(it).lookup('__anext__');
  if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeOf(it).tpName}`);
  const next = callSpecialMethod(vm, it, m, []);
  try {
    return getAwaitable(vm, next, AwaitWhere.AWAIT);
  } catch (e) {
    // _PyErr_FormatFromCause: the failure (its __await__ raising, say) is the new error's cause.
    if (!(e instanceof PyBaseException)) throw e;
    const err = typeError(`'async for' received an invalid object from __anext__: ${typeOf(next).tpName}`);
    err.cause = e;
    err.context = e;
    err.suppressContext = true;
    throw err;
  }
}

/** BEFORE_ASYNC_WITH: the bound __aexit__ and the (not yet awaited) result of __aenter__(). */
export function beforeAsyncWith(vm: VM, mgr: PyObject): [PyObject, PyObject] {
  const t = typeOf(mgr);
  const enter = t.lookup('__aenter__');
  const exit = t.lookup('__aexit__');
  if (enter === undefined) throw typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol`);
  if (exit === undefined) throw typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  const boundExit = bindDescriptor(vm, exit, mgr, t);
  return [boundExit, callSpecialMethod(vm, mgr, enter, [])];
}
