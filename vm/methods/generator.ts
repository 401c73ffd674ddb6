// The methods of generator objects: __next__, send, throw, close and the gi_* attributes.

import type { PyObject } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { PyGenerator, PyGenBase, generatorType } from '../objects/generator.js';
import { defMethod, defGetter } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { yieldFromDelegate } from '../gen_frames.js';
import { resumesInLoop, THROW } from '../gen_call.js';
import { PyTuple } from '../objects/tuple.js';
import { PyTraceback } from '../objects/traceback.js';
import {
  PyBaseException, BaseException, GeneratorExit, StopIteration, typeError, runtimeError, newException,
} from '../objects/exceptions.js';
import { lastReturnValue } from '../eval.js';
import { typeOf } from '../ops/typeof.js';
import { call } from '../ops/call.js';
import { repr } from '../ops/convert.js';
import { hexId } from './object.js';
import { checkArgCount, noArgs, oneArg, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';

/** StopIteration carrying the value the generator returned (None: no args, as CPython). */
export function finished(): PyBaseException {
  return finishedWith(lastReturnValue);
}

/** The StopIteration of a generator that returned `v` (no args for None, as CPython). */
export function finishedWith(v: PyObject): PyBaseException {
  const e = v === None ? newException(StopIteration) : newException(StopIteration, v);
  (e.attrs ??= new Map()).set('value', v);
  return e;
}

export function resume(vm: VM, gen: PyGenBase, value: PyObject): PyObject {
  const r = vm.generatorSend(gen, value, false);
  if (r === undefined) throw finished();
  return r;
}

/** gen.throw(typ[, val[, tb]]): the exception instance to raise inside the generator. */
export function makeThrown(vm: VM, typ: PyObject, val: PyObject | undefined, tb: PyObject | undefined): PyBaseException {
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    exc = instantiateThrown(vm, typ, val);
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw typeError('instance exception may not have a separate value');
    exc = typ;
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).tpName}`);
  }
  if (tb !== undefined && tb !== None) {
    if (!(typeOf(tb).name === 'traceback')) throw typeError('throw() third argument must be a traceback object');
    exc.traceback = tb as PyBaseException['traceback'];
  }
  return exc;
}

/**
 * The instance of exception class `typ` that throw() raises in the generator. As CPython's
 * PyErr_NormalizeException, a failure to make it (the class raising, or its __new__ returning
 * no exception) is itself the exception thrown in.
 */
function instantiateThrown(vm: VM, typ: PyType, val: PyObject | undefined): PyBaseException {
  if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) return val;
  let made: PyObject;
  try {
    if (val === undefined || val === None) made = call(vm, typ, []);
    else if (val instanceof PyTuple) made = call(vm, typ, [...val.items]);
    else made = call(vm, typ, [val]);
  } catch (e) {
    if (e instanceof PyBaseException) return e;
    throw e;
  }
  if (made instanceof PyBaseException) return made;
  return typeError(`calling ${repr(vm, typ)} should have returned an instance of BaseException, not ${typeOf(made).tpName}`);
}

/** The GeneratorExit close() raises: set where it is called, so chained to the exception handled there. */
export function generatorExit(vm: VM): PyBaseException {
  const exc = newException(GeneratorExit);
  if (vm.excInfo !== null) exc.context = vm.excInfo;
  return exc;
}

/** gen.close(): raise GeneratorExit inside; a yield in response is a RuntimeError. */
export function generatorClose(vm: VM, gen: PyGenBase): PyObject {
  // Not started, its frame still runs to take GeneratorExit at its entry (3.11; 3.12 skips it).
  if (gen.finished) return None;
  let r: PyObject | undefined;
  try {
    r = vm.generatorThrow(gen, generatorExit(vm));
  } catch (e) {
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(GeneratorExit) || e.cls.isSubtypeOf(StopIteration))) return None;
    throw e;
  }
  if (r !== undefined) throw runtimeError(`${gen.kindName} ignored GeneratorExit`);
  return None;
}

/**
 * close() of a generator nobody holds (or its __del__): what it raises is reported and
 * ignored, as CPython's _PyGen_Finalize writes it with the default unraisable hook (no chained
 * exceptions; an exception with no traceback of its own, such as "generator ignored
 * GeneratorExit", is shown at the line running now).
 */
export function closeUnraisable(vm: VM, gen: PyGenBase): void {
  try {
    generatorClose(vm, gen);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const here = vm.frame;
    const at = here === null ? 0 : Math.max(0, here.pc * 2 - 2);
    const tb = e.traceback ?? (here === null ? null : new PyTraceback(null, here, at, here.f_code.lineAt(at)));
    vm.writeUnraisable(e, tb, null, gen);
  }
}

let installed = false;

export function installGeneratorMethods(): void {
  if (installed) return;
  installed = true;
  const t = generatorType;
  const g = (o: PyObject) => o as PyGenerator;
  defMethod(t, '__repr__', (vm, args) => `<generator object ${g(args[0]).qualname} at ${hexId(args[0])}>`);
  defMethod(t, '__iter__', (vm, args) => args[0]);
  defMethod(t, '__next__', (vm, args, kwargs) => {
    noArgs('generator.__next__', args, kwargs);
    return resume(vm, g(args[0]), None);
  });
  defMethod(t, 'send', (vm, args, kwargs) => resume(vm, g(args[0]), oneArg('generator.send', args, kwargs)));
  defMethod(t, 'throw', (vm, args) => {
    checkArgCount('throw', args, 1, 3);
    const exc = makeThrown(vm, args[1], args[2], args[3]);
    const r = vm.generatorThrow(g(args[0]), exc, args.slice(1));
    if (r === undefined) throw finished();
    return r;
  });
  defMethod(t, 'close', (vm, args, kwargs) => {
    noArgs('generator.close', args, kwargs);
    return generatorClose(vm, g(args[0]));
  });
  // The tp_finalize slot (_PyGen_Finalize): closes a generator not finished, reporting
  // rather than raising what that raises. Calling it does not mark the generator finalized.
  defMethod(t, '__del__', (vm, args, kwargs) => {
    wrapperArgs(args, 0, 1, kwargs, 'generator.__del__');
    closeUnraisable(vm, g(args[0]));
    return None;
  });
  // Called by tpy code, these resume the generator as a frame of the eval loop (vm/gen_call.ts).
  resumesInLoop(t.typeDict.get('__next__'), 0);
  resumesInLoop(t.typeDict.get('send'), 1);
  resumesInLoop(t.typeDict.get('throw'), THROW);
  defGenLikeAttributes(t, 'gi', 'gi_yieldfrom');
  defGetter(t, 'gi_running', (vm, o) => g(o).running);
  defGetter(t, 'gi_suspended', (vm, o) => g(o).started && !g(o).finished && !g(o).running);
}

/**
 * What generators, coroutines and async generators share, under their prefix (gi_, cr_, ag_):
 * __name__ and __qualname__ (settable), the frame (None once finished), the code, and the
 * iterator a suspended `yield from` or `await` delegates to.
 */
export function defGenLikeAttributes(t: PyType, prefix: 'gi' | 'cr' | 'ag', delegateName: string): void {
  const g = (o: PyObject) => o as PyGenBase;
  defGetter(t, '__name__', (vm, o) => g(o).name, (vm, o, v) => {
    if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
    g(o).name = v;
  });
  defGetter(t, '__qualname__', (vm, o) => g(o).qualname, (vm, o, v) => {
    if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
    g(o).qualname = v;
  });
  defGetter(t, `${prefix}_frame`, (vm, o) => {
    if (g(o).finished) return None;
    // Held by tpy code now: its locals must outlive the generator (Frame.escape).
    g(o).frame.escape();
    return g(o).frame;
  });
  defGetter(t, delegateName, (vm, o) => yieldFromDelegate(g(o)) ?? None);
  defGetter(t, `${prefix}_code`, (vm, o) => g(o).frame.f_code);
}
