// Async generators (PEP 525): the methods of async_generator objects and of the awaitables
// their __anext__/asend/athrow/aclose return (Objects/genobject.c's async_gen_asend and
// async_gen_athrow). The generator's frame runs through the generator machinery; what it
// hands back is told apart by where it suspended: at YIELD_VALUE it yielded an item (the
// awaitable finishes with StopIteration(item)), at YIELD_FROM an `await` inside it passes
// a value up to the event loop (the awaitable yields it too).

import { defClassGetItem } from './list.js';
import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { makeNativeType } from '../objects/type.js';
import { PyAsyncGen, asyncGeneratorType } from '../objects/generator.js';
import { defMethod, defGetter } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import {
  PyBaseException, StopIteration, StopAsyncIteration, GeneratorExit, runtimeError, newException,
} from '../objects/exceptions.js';
import { Op } from '../opcodes.js';
import { hexId } from './object.js';
import { checkArgCount, noArgs, oneArg } from './args.js';
import { makeThrown, defGenLikeAttributes, generatorExit } from './generator.js';
import { initAsyncGenHooks } from '../asyncgen_hooks.js';
import type { VM } from '../vm.js';

export const asendType = makeNativeType('async_generator_asend', undefined, { final: true });
export const athrowType = makeNativeType('async_generator_athrow', undefined, { final: true });

enum State { INIT, ITER, CLOSED }

/** StopIteration carrying `v` (as its value attribute too): the awaitable's result. */
function stopWith(v: PyObject): PyBaseException {
  const e = v === None ? newException(StopIteration) : newException(StopIteration, v);
  (e.attrs ??= new Map()).set('value', v);
  return e;
}

/** Whether the suspended `gen` stopped at a `yield` of its own (not inside an await). */
function yieldedItem(gen: PyAsyncGen): boolean {
  const f = gen.frame;
  return (f.f_code.words[f.pc] & 0xff) !== Op.YIELD_FROM;
}

class PyASend extends PyObj {
  state = State.INIT;
  constructor(readonly gen: PyAsyncGen, readonly sendval: PyObject | undefined) {
    super(asendType);
  }
}

class PyAThrow extends PyObj {
  state = State.INIT;
  /** throw()'s arguments; null for aclose(). */
  constructor(readonly gen: PyAsyncGen, readonly args: PyObject[] | null) {
    super(athrowType);
  }
}

/** GET_ANEXT and __anext__/asend: the awaitable of the generator's next item. */
export function asyncGenASend(vm: VM, gen: PyAsyncGen, sendval: PyObject | undefined): PyObject {
  if (!gen.hooksInited) initAsyncGenHooks(vm, gen);
  return new PyASend(gen, sendval);
}

/** One resume of `gen` on behalf of an awaitable (`run` sends or throws): async_gen_unwrap. */
function unwrap(vm: VM, gen: PyAsyncGen, run: () => PyObject | undefined, done: () => void): PyObject {
  let r: PyObject | undefined;
  try {
    r = run();
  } catch (e) {
    gen.runningAsync = false;
    done();
    if (e instanceof PyBaseException && (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit))) gen.closed = true;
    throw e;
  }
  if (r === undefined) {
    gen.runningAsync = false;
    gen.closed = true;
    done();
    throw newException(StopAsyncIteration);
  }
  if (yieldedItem(gen)) {
    gen.runningAsync = false;
    done();
    throw stopWith(r);
  }
  return r;
}

function asendSend(vm: VM, o: PyASend, arg: PyObject): PyObject {
  if (o.state === State.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  const gen = o.gen;
  if (o.state === State.INIT) {
    if (gen.runningAsync) throw runtimeError('anext(): asynchronous generator is already running');
    if (arg === None && o.sendval !== undefined) arg = o.sendval;
    o.state = State.ITER;
  }
  gen.runningAsync = true;
  return unwrap(vm, gen, () => vm.generatorSend(gen, arg, false), () => { o.state = State.CLOSED; });
}

function asendThrow(vm: VM, o: PyASend, args: PyObject[]): PyObject {
  if (o.state === State.CLOSED) throw runtimeError('cannot reuse already awaited __anext__()/asend()');
  const exc = makeThrown(vm, args[0], args[1], args[2]);
  return unwrap(vm, o.gen, () => vm.generatorThrow(o.gen, exc, args), () => { o.state = State.CLOSED; });
}

function athrowSend(vm: VM, o: PyAThrow, arg: PyObject): PyObject {
  const what = o.args === null ? 'aclose()' : 'athrow()';
  if (o.state === State.CLOSED) throw runtimeError(`cannot reuse already awaited ${what}`);
  const gen = o.gen;
  if (gen.finished) {
    o.state = State.CLOSED;
    throw newException(StopIteration);
  }
  const closeDone = (): void => {
    gen.runningAsync = false;
    o.state = State.CLOSED;
  };
  let r: PyObject | undefined;
  try {
    if (o.state === State.INIT) {
      if (gen.runningAsync) throw runtimeError(`${what}: asynchronous generator is already running`);
      if (gen.closed) {
        o.state = State.CLOSED;
        throw newException(StopAsyncIteration);
      }
      if (arg !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
      o.state = State.ITER;
      gen.runningAsync = true;
      if (o.args !== null) {
        const exc = makeThrown(vm, o.args[0], o.args[1], o.args[2]);
        return unwrap(vm, gen, () => vm.generatorThrow(gen, exc, o.args!), () => { o.state = State.CLOSED; });
      }
      gen.closed = true;
      r = vm.generatorThrow(gen, generatorExit(vm));
    } else {
      if (o.args !== null) return unwrap(vm, gen, () => vm.generatorSend(gen, arg, false), () => { o.state = State.CLOSED; });
      r = vm.generatorSend(gen, arg, false);
    }
  } catch (e) {
    if (o.args !== null || !(e instanceof PyBaseException)) throw e;
    closeDone();
    if (e.cls.isSubtypeOf(StopAsyncIteration) || e.cls.isSubtypeOf(GeneratorExit)) throw newException(StopIteration);
    throw e;
  }
  // aclose(): the generator returned, or yielded an item (ignoring GeneratorExit), or awaits.
  if (r === undefined) {
    closeDone();
    throw newException(StopIteration);
  }
  if (yieldedItem(gen)) {
    closeDone();
    throw runtimeError('async generator ignored GeneratorExit');
  }
  return r;
}

let installed = false;

export function installAsyncGeneratorMethods(): void {
  if (installed) return;
  installed = true;
  const t = asyncGeneratorType;
  const g = (o: PyObject) => o as PyAsyncGen;
  defMethod(t, '__repr__', (vm, args) => `<async_generator object ${g(args[0]).qualname} at ${hexId(args[0])}>`);
  defMethod(t, '__aiter__', (vm, args) => args[0]);
  defClassGetItem(t);
  defMethod(t, '__anext__', (vm, args, kwargs) => {
    noArgs('async_generator.__anext__', args, kwargs);
    return asyncGenASend(vm, g(args[0]), undefined);
  });
  defMethod(t, 'asend', (vm, args, kwargs) => asyncGenASend(vm, g(args[0]), oneArg('asend', args, kwargs)));
  defMethod(t, 'athrow', (vm, args) => {
    checkArgCount('athrow', args, 1, 3);
    initAsyncGenHooks(vm, g(args[0]));
    return new PyAThrow(g(args[0]), args.slice(1));
  });
  defMethod(t, 'aclose', (vm, args, kwargs) => {
    noArgs('async_generator.aclose', args, kwargs);
    initAsyncGenHooks(vm, g(args[0]));
    return new PyAThrow(g(args[0]), null);
  });
  defGenLikeAttributes(t, 'ag', 'ag_await');
  defGetter(t, 'ag_running', (vm, o) => g(o).runningAsync);

  for (const [type, send, thrower] of [
    [asendType, (vm: VM, o: PyObject, v: PyObject) => asendSend(vm, o as PyASend, v), (vm: VM, o: PyObject, a: PyObject[]) => asendThrow(vm, o as PyASend, a)],
    [athrowType, (vm: VM, o: PyObject, v: PyObject) => athrowSend(vm, o as PyAThrow, v), (vm: VM, o: PyObject, a: PyObject[]) => {
      const at = o as PyAThrow;
      if (at.state === State.CLOSED) throw runtimeError(`cannot reuse already awaited ${at.args === null ? 'aclose()' : 'athrow()'}`);
      const exc = makeThrown(vm, a[0], a[1], a[2]);
      return unwrap(vm, at.gen, () => vm.generatorThrow(at.gen, exc, a), () => { at.state = State.CLOSED; });
    }],
  ] as const) {
    defMethod(type, '__await__', (vm, args) => args[0]);
    defMethod(type, '__iter__', (vm, args) => args[0]);
    defMethod(type, '__next__', (vm, args) => send(vm, args[0], None));
    defMethod(type, 'send', (vm, args, kwargs) => send(vm, args[0], oneArg('send', args, kwargs)));
    defMethod(type, 'throw', (vm, args) => {
      checkArgCount('throw', args, 1, 3);
      return thrower(vm, args[0], args.slice(1));
    });
    defMethod(type, 'close', (vm, args) => {
      (args[0] as PyASend | PyAThrow).state = State.CLOSED;
      return None;
    });
  }
}
