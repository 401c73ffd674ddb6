// aiter() and anext(), and the awaitable anext(it, default) returns (Objects/iterobject.c's
// anext_awaitable): it drives the awaitable of it.__anext__() and turns its
// StopAsyncIteration into the end of the await with `default` as the result.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { makeNativeType } from '../objects/type.js';
import { PyCoroutine } from '../objects/generator.js';
import { defMethod } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, StopAsyncIteration, typeError, stopIteration } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { call, callSpecialMethod } from '../ops/call.js';
import { getAttr } from '../ops/attribute.js';
import { getAwaitable, AwaitWhere } from '../ops/await.js';
import { checkArgCount, noArgs, oneArg } from './args.js';
import type { VM } from '../vm.js';

export const anextAwaitableType = makeNativeType('anext_awaitable', undefined, { final: true });

class PyANextAwaitable extends PyObj {
  constructor(readonly wrapped: PyObject, readonly dflt: PyObject) {
    super(anextAwaitableType);
  }
}

/** aiter(o): o.__aiter__(), which must give an async iterator. */
export function aiterOf(vm: VM, o: PyObject): PyObject {
  const m = typeOf(o).lookup('__aiter__');
  if (m === undefined || m === None) throw typeError(`'${typeOf(o).tpName}' object is not an async iterable`);
  const it = callSpecialMethod(vm, o, m, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`aiter() returned not an async iterator of type '${typeOf(it).tpName}'`);
  }
  return it;
}

/** anext(it[, default]): the awaitable of it.__anext__(), wrapped when there is a default. */
export function anextOf(vm: VM, it: PyObject, dflt: PyObject | undefined): PyObject {
  const m = typeOf(it).lookup('__anext__');
  if (m === undefined || m === None) throw typeError(`'${typeOf(it).tpName}' object is not an async iterator`);
  const awaitable = callSpecialMethod(vm, it, m, []);
  return dflt === undefined ? awaitable : new PyANextAwaitable(awaitable, dflt);
}

/** One resume of the wrapped awaitable by `method` ('__next__', 'send', 'throw', 'close'). */
function proxy(vm: VM, self: PyANextAwaitable, method: string, args: PyObject[]): PyObject {
  // The wrapped awaitable's iterator is asked for again at every resume, as 3.11 does (a custom
  // __await__ generator starts over each time). A coroutine is its own awaitable but no
  // iterator: its __await__ wrapper has __next__ (and it is no error that it is being awaited).
  const w = self.wrapped;
  const it = w instanceof PyCoroutine ? call(vm, getAttr(vm, w, '__await__'), []) : getAwaitable(vm, w, AwaitWhere.AWAIT);
  try {
    return call(vm, getAttr(vm, it, method), args);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopAsyncIteration)) throw stopIteration(self.dflt);
    throw e;
  }
}

export function installANextAwaitable(): void {
  const t = anextAwaitableType;
  const a = (o: PyObject) => o as PyANextAwaitable;
  defMethod(t, '__await__', (vm, args, kwargs) => {
    noArgs('anext_awaitable.__await__', args, kwargs);
    return args[0];
  });
  defMethod(t, '__iter__', (vm, args) => args[0]);
  defMethod(t, '__next__', (vm, args) => proxy(vm, a(args[0]), '__next__', []));
  defMethod(t, 'send', (vm, args, kwargs) => proxy(vm, a(args[0]), 'send', [oneArg('send', args, kwargs)]));
  defMethod(t, 'throw', (vm, args) => {
    checkArgCount('throw', args, 1, 3);
    return proxy(vm, a(args[0]), 'throw', args.slice(1));
  });
  defMethod(t, 'close', (vm, args, kwargs) => {
    noArgs('anext_awaitable.close', args, kwargs);
    return proxy(vm, a(args[0]), 'close', []);
  });
}
