// The methods of coroutine objects (send, throw, close, __await__, the cr_* attributes) and
// of coroutine_wrapper, the iterator coro.__await__() returns (Objects/genobject.c).

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { makeNativeType } from '../objects/type.js';
import { PyCoroutine, coroutineType } from '../objects/generator.js';
import { defMethod, defGetter } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { hexId } from './object.js';
import { checkArgCount, noArgs, oneArg } from './args.js';
import { resume, finished, makeThrown, generatorClose, defGenLikeAttributes } from './generator.js';
import { resumesInLoop, THROW } from '../gen_call.js';
import { defReadonlyMember } from '../objects/slots.js';

export const coroutineWrapperType = makeNativeType('coroutine_wrapper', undefined, { final: true });

/** coro.__await__(): an iterator over the coroutine, for code that drives awaitables by hand. */
class PyCoroutineWrapper extends PyObj {
  constructor(readonly coro: PyCoroutine) {
    super(coroutineWrapperType);
  }
}

let installed = false;

export function installCoroutineMethods(): void {
  if (installed) return;
  installed = true;
  const t = coroutineType;
  const c = (o: PyObject) => o as PyCoroutine;
  defMethod(t, '__repr__', (vm, args) => `<coroutine object ${c(args[0]).qualname} at ${hexId(args[0])}>`);
  defMethod(t, '__await__', (vm, args, kwargs) => {
    noArgs('coroutine.__await__', args, kwargs);
    return new PyCoroutineWrapper(c(args[0]));
  });
  defMethod(t, 'send', (vm, args, kwargs) => resume(vm, c(args[0]), oneArg('coroutine.send', args, kwargs)));
  defMethod(t, 'throw', (vm, args) => {
    checkArgCount('throw', args, 1, 3);
    const r = vm.generatorThrow(c(args[0]), makeThrown(vm, args[1], args[2], args[3]), args.slice(1));
    if (r === undefined) throw finished();
    return r;
  });
  defMethod(t, 'close', (vm, args, kwargs) => {
    noArgs('coroutine.close', args, kwargs);
    return generatorClose(vm, c(args[0]));
  });
  // Called by tpy code (asyncio's Task steps its coroutine so), a frame of the eval loop (vm/gen_call.ts).
  resumesInLoop(t.typeDict.get('send'), 1);
  resumesInLoop(t.typeDict.get('throw'), THROW);
  defGenLikeAttributes(t, 'cr', 'cr_await');
  defGetter(t, 'cr_running', (vm, o) => c(o).running);
  defGetter(t, 'cr_suspended', (vm, o) => c(o).started && !c(o).finished && !c(o).running);
  defReadonlyMember(t, 'cr_origin', () => None);

  const w = coroutineWrapperType;
  const cw = (o: PyObject) => (o as PyCoroutineWrapper).coro;
  defMethod(w, '__iter__', (vm, args) => args[0]);
  defMethod(w, '__next__', (vm, args, kwargs) => {
    noArgs('coroutine_wrapper.__next__', args, kwargs);
    return resume(vm, cw(args[0]), None);
  });
  defMethod(w, 'send', (vm, args, kwargs) => resume(vm, cw(args[0]), oneArg('send', args, kwargs)));
  defMethod(w, 'throw', (vm, args) => {
    checkArgCount('throw', args, 1, 3);
    const r = vm.generatorThrow(cw(args[0]), makeThrown(vm, args[1], args[2], args[3]), args.slice(1));
    if (r === undefined) throw finished();
    return r;
  });
  defMethod(w, 'close', (vm, args) => generatorClose(vm, cw(args[0])));
}
