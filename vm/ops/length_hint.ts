// PyObject_LengthHint: how many items an iterable says it has (its __len__, else its
// __length_hint__), which CPython asks before it fills a list or tuple from it.

import type { PyObject } from '../objects/object.js';
import { NotImplemented } from '../objects/singletons.js';
import { typeError, valueError, PyBaseException, TypeError as TypeErrorType } from '../objects/exceptions.js';
import { typeName, typeOf } from './typeof.js';
import { lenValue } from './convert.js';
import { callSpecialMethod } from './call.js';
import type { VM } from '../vm.js';
import type { PyType } from '../objects/type.js';

/**
 * operator.length_hint: len(o) if o has a length (a TypeError from it falls through), else
 * o.__length_hint__() when defined and neither NotImplemented nor a TypeError, else `dflt`.
 */
export function lengthHint(vm: VM, o: PyObject, dflt: number | bigint): number | bigint | boolean {
  const t = typeOf(o);
  if (t.lookup('__len__') !== undefined) {
    try {
      return lenValue(vm, o);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType))) throw e;
    }
  }
  const hint = t.lookup('__length_hint__');
  if (hint === undefined) return dflt;
  let r: PyObject;
  try {
    r = callSpecialMethod(vm, o, hint, []);
  } catch (e) {
    // A TypeError from __length_hint__ means "no hint" (an endless repeat() says so).
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(TypeErrorType)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
    throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  }
  if (Number(r) < 0) throw valueError('__length_hint__() should return >= 0');
  return r;
}

/**
 * The hint list(), tuple(), list.extend, sorted(), str.join, bytes() and `*` unpacking ask of
 * the iterable (after taking its iterator) to size what they fill. tpy's lists grow as they
 * go, so the answer is not used; only a class written in Python can tell it was asked (its
 * __len__ or __length_hint__ runs, and may raise), so only its instances are asked.
 */
export function askLengthHint(vm: VM, o: PyObject): void {
  const t = typeOf(o);
  if (t.isHeapType || hintRunsUserCode.has(t)) lengthHint(vm, o, 0);
}

/** Native iterator types whose __length_hint__ asks the len() of a sequence they walk. */
const hintRunsUserCode = new Set<PyType>();

/** Makes askLengthHint ask t's instances too (reversed() and iter() over a class's sequence). */
export function lengthHintMayRunUserCode(t: PyType): void {
  hintRunsUserCode.add(t);
}
