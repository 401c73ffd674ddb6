// itertools' infinite iterators as native types of the `_itertools` module: count, cycle and
// repeat (Modules/itertoolsmodule.c), and filterfalse. Native so that their types, reprs and
// argument errors are CPython's (`itertools.cycle`, "repeat() takes at most 2 arguments").

import { newTuple } from '../vm/objects/tuple.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { PyComplex } from '../vm/objects/complex.js';
import { PyFloat } from '../vm/objects/float.js';
import { intVal } from '../vm/objects/int.js';
import { overflowError, typeError } from '../vm/objects/exceptions.js';
import { PyNativeIterator } from '../vm/objects/iterators.js';
import { None } from '../vm/objects/singletons.js';
import { typeOf } from '../vm/ops/typeof.js';
import { index, repr, truthy } from '../vm/ops/convert.js';
import { call } from '../vm/ops/call.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { binaryOp, BinOp } from '../vm/ops/arith.js';
import { checkArgCount, noKwargs, noKwargsUnlessOwnInit, parseArgs } from '../vm/methods/args.js';
import { defMethod } from '../vm/objects/function.js';
import { defNew } from '../vm/methods/object.js';
import { defNativeIterator } from '../vm/methods/iterators.js';
import type { VM } from '../vm/vm.js';
import { clsArg } from './itertools_lazy.js';

export const countType = makeNativeType('itertools.count', undefined, { allocate: null });
export const cycleType = makeNativeType('itertools.cycle', undefined, { allocate: null });
export const repeatType = makeNativeType('itertools.repeat', undefined, { allocate: null });
export const filterfalseType = makeNativeType('itertools.filterfalse', undefined, { allocate: null });

/** count: start, start + step, start + 2*step, ... with any numbers (+ as the objects define it). */
class PyCount extends PyNativeIterator {
  constructor(cls: PyType, private current: PyObject, readonly step: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject {
    const v = this.current;
    this.current = binaryOp(vm, v, this.step, BinOp.ADD);
    return v;
  }
  /** copy and pickle: (count, (n,)) while it counts in C's ssize_t by 1, else (count, (n, step)). */
  reduce(): PyObject {
    const cur = this.current;
    const fast = intVal(this.step) === 1 && (typeof cur === 'number' || (typeof cur === 'bigint' && cur >= -(2n ** 63n) && cur < 2n ** 63n));
    return newTuple([this.cls, newTuple(fast ? [cur] : [cur, this.step])]);
  }
  repr(vm: VM): string {
    const name = this.cls.tpName.replace(/^itertools\./, '');
    // A step of int 1 is left out (a bool True too: CPython tests the int value).
    if (intVal(this.step) === 1) return `${name}(${repr(vm, this.current)})`;
    return `${name}(${repr(vm, this.current)}, ${repr(vm, this.step)})`;
  }
}

/** cycle: the items of the iterable, saved as they are read, then the saved items again and again. */
class PyCycle extends PyNativeIterator {
  private readonly saved: PyObject[] = [];
  private replaying = false;
  private at = 0;
  constructor(cls: PyType, private readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    if (!this.replaying) {
      const v = iterNext(vm, this.it);
      if (v !== undefined) {
        this.saved.push(v);
        return v;
      }
      if (this.saved.length === 0) return undefined;
      this.replaying = true;
    }
    const v = this.saved[this.at];
    this.at = (this.at + 1) % this.saved.length;
    return v;
  }
}

/** repeat: the object, `left` more times (-1: forever). */
class PyRepeat extends PyNativeIterator {
  constructor(cls: PyType, readonly object: PyObject, public left: number) {
    super(cls);
  }
  next(): PyObject | undefined {
    if (this.left === 0) return undefined;
    if (this.left > 0) this.left--;
    return this.object;
  }
}

/** filterfalse: the items for which predicate(item) (or the item itself, predicate None) is false. */
class PyFilterfalse extends PyNativeIterator {
  constructor(cls: PyType, private readonly pred: PyObject, private readonly it: PyObject) {
    super(cls);
  }
  next(vm: VM): PyObject | undefined {
    for (;;) {
      const v = iterNext(vm, this.it);
      if (v === undefined) return undefined;
      const test = this.pred === None ? v : call(vm, this.pred, [v]);
      if (!truthy(vm, test)) return v;
    }
  }
}

/** What count() takes as a number (PyNumber_Check): an int, float or complex, or a type with __index__, __int__ or __float__. */
function isNumber(o: PyObject): boolean {
  if (o instanceof PyComplex || o instanceof PyFloat || intVal(o) !== undefined) return true;
  const t = typeOf(o);
  return ['__index__', '__int__', '__float__'].some((name) => {
    const m = t.lookup(name);
    return m !== undefined && m !== None;
  });
}

const SSIZE_MAX = 2 ** 63 - 1;

let installed = false;

export function installInfiniteTypes(): void {
  if (installed) return;
  installed = true;
  defNativeIterator(countType, 'Return a count object whose .__next__() method returns consecutive values.');
  defNativeIterator(cycleType, 'Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.');
  defNativeIterator(repeatType, 'repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.');
  defNativeIterator(filterfalseType, 'Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.');

  defNew(countType, (vm, args, kwargs) => {
    const cls = clsArg(args, countType);
    const [start, step] = parseArgs('count', args, kwargs, { names: ['start', 'step'], required: 0 });
    let first = start ?? 0;
    let by = step ?? 1;
    if (!isNumber(first) || !isNumber(by)) throw typeError('a number is required');
    // CPython counts an int start with an int step of 1 in a C integer: a bool or int subclass start becomes an int.
    const startInt = intVal(first);
    if (startInt !== undefined && intVal(by) === 1) {
      first = typeof startInt === 'bigint' ? startInt : Number(startInt);
      by = 1;
    }
    return new PyCount(cls, first, by);
  });
  defMethod(countType, '__repr__', (vm, args) => (args[0] as PyCount).repr(vm));
  defMethod(countType, '__reduce__', (vm, args) => (args[0] as PyCount).reduce());

  defNew(cycleType, (vm, args, kwargs) => {
    const cls = clsArg(args, cycleType);
    noKwargsUnlessOwnInit('cycle', cls, cycleType, kwargs);
    if (args.length !== 2) throw typeError(`cycle expected 1 argument, got ${args.length - 1}`);
    return new PyCycle(cls, getIter(vm, args[1]));
  });

  defNew(repeatType, (vm, args, kwargs) => {
    const cls = clsArg(args, repeatType);
    const [object, times] = parseArgs('repeat', args, kwargs, { names: ['object', 'times'], required: 1 });
    let left = -1;
    if (times !== undefined) {
      const n = index(vm, times);
      if (typeof n === 'bigint' || n > SSIZE_MAX) throw overflowError('Python int too large to convert to C ssize_t');
      left = Math.max(n, 0);
    }
    return new PyRepeat(cls, object!, left);
  });
  defMethod(repeatType, '__repr__', (vm, args) => {
    const r = args[0] as PyRepeat;
    const name = r.cls.tpName.replace(/^itertools\./, '');
    return r.left < 0 ? `${name}(${repr(vm, r.object)})` : `${name}(${repr(vm, r.object)}, ${r.left})`;
  });
  defMethod(repeatType, '__reduce__', (_vm, args) => {
    const r = args[0] as PyRepeat;
    return newTuple([r.cls, newTuple(r.left < 0 ? [r.object] : [r.object, r.left])]);
  });
  defMethod(repeatType, '__length_hint__', (_vm, args) => {
    const r = args[0] as PyRepeat;
    if (r.left < 0) throw typeError('len() of unsized object');
    return r.left;
  });

  defNew(filterfalseType, (vm, args, kwargs) => {
    const cls = clsArg(args, filterfalseType);
    noKwargsUnlessOwnInit('filterfalse', cls, filterfalseType, kwargs);
    checkArgCount('filterfalse', args, 2, 2);
    return new PyFilterfalse(cls, args[1], getIter(vm, args[2]));
  });
}
