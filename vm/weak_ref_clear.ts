// What happens to an object's weak references when it goes (PyObject_ClearWeakRefs): every
// one is cleared first (calling it gives None, a proxy raises ReferenceError), then the
// callbacks run, in the list's order (vm/weak_ref_registry.ts), each given its reference.
// A reference that went before its object gets no call: CPython freed it, and its callback
// with it. Who finalises the object (vm/finalize_now.ts during the run, gc.collect(), the
// exit) says which references are still there (setLiveRefTest); an exception a callback
// raises is reported as CPython reports it ("Exception ignored in: <function ...>").

import type { PyObj, PyObject } from './objects/object.js';
import { PyGetSet } from './objects/function.js';
import { None } from './objects/singletons.js';
import { call } from './ops/call.js';
import { toPyException, ProcessExit } from './errors.js';
import { takeWeakRefs } from './weak_ref_registry.js';
import type { VM } from './vm.js';

/** Where a reference keeps its object and its callback (weakref.py's ReferenceType and ProxyType). */
const FIELDS = [['_obj', '_callback'], ['_ProxyType__obj', '_ProxyType__callback']] as const;

let refStillThere: (ref: PyObj) => boolean = () => true;

/** Runs `fn` with `test` telling which references still exist (the others get no callback). */
export function withLiveRefTest<T>(test: (ref: PyObj) => boolean, fn: () => T): T {
  const before = refStillThere;
  refStillThere = test;
  try {
    return fn();
  } finally {
    refStillThere = before;
  }
}

/** Clears a reference's object and callback; returns the callback (None when it had none). */
function clearRef(vm: VM, ref: PyObj): PyObject {
  for (const [objName, callbackName] of FIELDS) {
    const field = ref.cls.lookup(objName);
    if (!(field instanceof PyGetSet) || field.set === null) continue;
    field.set(vm, ref, None);
    const cb = ref.cls.lookup(callbackName);
    if (!(cb instanceof PyGetSet) || cb.set === null) return None;
    let callback: PyObject = None;
    try {
      callback = cb.get(vm, ref);
    } catch {
      // never set: no callback
    }
    cb.set(vm, ref, None);
    return callback;
  }
  return None;
}

/** `target` went: clears its weak references, then runs the callbacks of those still there. */
export function clearWeakRefs(vm: VM, target: PyObj): void {
  const refs = takeWeakRefs(target);
  if (refs.length === 0) return;
  const calls: [PyObj, PyObject][] = [];
  for (const ref of refs) {
    const callback = clearRef(vm, ref);
    if (callback !== None && refStillThere(ref)) calls.push([ref, callback]);
  }
  for (const [ref, callback] of calls) {
    try {
      call(vm, callback, [ref]);
    } catch (e) {
      if (e instanceof ProcessExit) throw e;
      const exc = toPyException(e);
      vm.writeUnraisable(exc, exc.traceback, null, callback);
    }
  }
}
