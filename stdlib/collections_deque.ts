// Module _collections: _tuplegetter (collections_tuplegetter.ts), _count_elements (collections_count.ts) and deque, a double-ended queue on a growable ring buffer (Modules/_collectionsmodule.c).
//
// Both ends take O(1) appends and pops, which is what BFS-style programs rely on;
// indexing is O(1) too (CPython's is O(n/64)). `state` counts mutations so that an
// iterator can raise "deque mutated during iteration" as CPython's does.

import { countElementsFn } from './collections_count.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { sequenceTypes } from '../vm/ops/match.js';
import { defMethod, defGetter, KwArgs, NativeFn, markSequenceSlots } from '../vm/objects/function.js';
import { sequenceSlotRefusal } from '../vm/ops/arith.js';
import { None, NotImplemented } from '../vm/objects/singletons.js';
import { PyList } from '../vm/objects/list.js';
import { newTuple } from '../vm/objects/tuple.js';
import { typeError, valueError, indexError, runtimeError, stopIteration, overflowError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { index, repr, bigintToSsize } from '../vm/ops/convert.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { pyEq, richCompare } from '../vm/ops/compare.js';
import { Cmp } from '../vm/opcodes.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { noArgs, oneArg, checkArgCount, checkArgs, parseArgs, wrapperArgs } from '../vm/methods/args.js';
import { newClsArg, defClassGetItem, isIndexable } from '../vm/methods/list.js';
import { defNew } from '../vm/methods/object.js';
import { reprGuard } from '../vm/methods/repr_guard.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { tupleGetterType } from '../vm/objects/tuple_getter.js';
import { installTupleGetterMethods } from './collections_tuplegetter.js';
import { installODict } from './collections_odict.js';
import { stampingAllocations, stampAllocation } from '../vm/alloc_stamps.js';

export const dequeType = makeNativeType('collections.deque', undefined, { allocate: (cls) => new PyDeque(cls) });
// A deque is a sequence for match statements (Py_TPFLAGS_SEQUENCE).
sequenceTypes.add(dequeType);
const dequeIterType = makeNativeType('_collections._deque_iterator', undefined, { allocate: null });
const dequeRevIterType = makeNativeType('_collections._deque_reverse_iterator', undefined, { allocate: null });

export class PyDeque extends PyObj {
  private buf: PyObject[] = new Array(8);
  private head = 0;
  size = 0;
  /** -1: unbounded. */
  maxlen = -1;
  /** Bumped by every mutation, for the iterators' check. */
  state = 0;

  constructor(cls: PyType) {
    super(cls);
    if (stampingAllocations) stampAllocation(this);
  }

  get(i: number): PyObject {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }

  set(i: number, v: PyObject): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }

  private grow(): void {
    const old = this.buf;
    const next: PyObject[] = new Array(old.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = old[(this.head + i) & (old.length - 1)];
    this.buf = next;
    this.head = 0;
  }

  pushRight(v: PyObject): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.popLeft();
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
  }

  pushLeft(v: PyObject): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.popRight();
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
  }

  popRight(): PyObject {
    if (this.size === 0) throw indexError('pop from an empty deque');
    this.state++;
    const at = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[at];
    this.buf[at] = undefined as unknown as PyObject;
    this.size--;
    return v;
  }

  popLeft(): PyObject {
    if (this.size === 0) throw indexError('pop from an empty deque');
    this.state++;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as PyObject;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    return v;
  }

  /** Rotates right by k (0 < k < size): the last k items move to the front, in order. */
  moveRightToLeft(k: number): void {
    const buf = this.buf, mask = buf.length - 1;
    for (let i = 0; i < k; i++) {
      const tail = (this.head + this.size - 1) & mask;
      this.head = (this.head - 1) & mask;
      buf[this.head] = buf[tail];
      if (tail !== this.head) buf[tail] = undefined as unknown as PyObject;
    }
  }

  /** Rotates left by k (0 < k < size): the first k items move to the back, in order. */
  moveLeftToRight(k: number): void {
    const buf = this.buf, mask = buf.length - 1;
    for (let i = 0; i < k; i++) {
      const end = (this.head + this.size) & mask;
      buf[end] = buf[this.head];
      if (end !== this.head) buf[this.head] = undefined as unknown as PyObject;
      this.head = (this.head + 1) & mask;
    }
  }

  toArray(): PyObject[] {
    const out: PyObject[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.get(i);
    return out;
  }

  /** Replaces the contents (keeping maxlen's rule: the rightmost items win). */
  replace(items: PyObject[]): void {
    this.clear();
    for (const v of items) this.pushRight(v);
  }

  clear(): void {
    this.state++;
    this.buf = new Array(8);
    this.head = 0;
    this.size = 0;
  }
}

class PyDequeIterator extends PyObj {
  index = 0;
  readonly state: number;
  constructor(cls: PyType, readonly deque: PyDeque, readonly reverse: boolean) {
    super(cls);
    this.state = deque.state;
  }
}

function self(args: PyObject[]): PyDeque {
  return args[0] as PyDeque;
}

function isDeque(o: PyObject): o is PyDeque {
  return o instanceof PyDeque;
}

/** Reads all of an iterable first when it is the deque itself (d.extend(d)). */
function itemsOf(vm: VM, d: PyDeque, iterable: PyObject): PyObject[] | PyObject {
  if (iterable === d) return d.toArray();
  return getIter(vm, iterable);
}

function extend(vm: VM, d: PyDeque, iterable: PyObject, left: boolean): void {
  const src = itemsOf(vm, d, iterable);
  if (Array.isArray(src)) {
    for (const v of src) left ? d.pushLeft(v) : d.pushRight(v);
    return;
  }
  for (let v = iterNext(vm, src); v !== undefined; v = iterNext(vm, src)) left ? d.pushLeft(v) : d.pushRight(v);
}

function dequeIndex(vm: VM, d: PyDeque, key: PyObject): number {
  if (!isIndexable(key)) throw typeError(`sequence index must be integer, not '${typeName(key)}'`);
  const n = index(vm, key);
  let i = typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw indexError('deque index out of range');
  return i;
}

function clampIndex(vm: VM, o: PyObject | undefined, size: number, dflt: number): number {
  if (o === undefined) return dflt;
  const n = index(vm, o);
  let i = typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
  if (i < 0) i = Math.max(0, i + size);
  return Math.min(i, size);
}

function rotate(d: PyDeque, n: number): void {
  const size = d.size;
  if (size <= 1) return;
  n %= size;
  if (n === 0) return;
  // The shorter way round: a rotation moves only that many items (d.rotate(1) in a loop is O(1)).
  if (n < 0) n += size;
  if (n <= size - n) d.moveRightToLeft(n);
  else d.moveLeftToRight(size - n);
  d.state++;
}

function dequeRepr(vm: VM, d: PyDeque): string {
  return reprGuard(vm, d, '[...]', () => {
    const body = '[' + d.toArray().map((v) => repr(vm, v)).join(', ') + ']';
    return d.maxlen < 0 ? `${d.cls.name}(${body})` : `${d.cls.name}(${body}, maxlen=${d.maxlen})`;
  });
}

/** A new deque of `d`'s own type and maxlen holding `items` (copy, +, *). */
function sameKind(vm: VM, d: PyDeque, items: PyObject[]): PyObject {
  if (d.cls === dequeType) {
    const out = new PyDeque(dequeType);
    out.maxlen = d.maxlen;
    out.replace(items);
    return out;
  }
  const kw: KwArgs = new Map([['maxlen', d.maxlen < 0 ? None : d.maxlen]]);
  return call(vm, d.cls, [new PyList(items)], kw);
}

function compareFn(op: Cmp): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const a = self(args);
    const b = args[1];
    if (!isDeque(b)) return NotImplemented;
    const x = a.toArray();
    const y = b.toArray();
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i] || pyEq(vm, x[i], y[i])) continue;
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      return richCompare(vm, x[i], y[i], op);
    }
    const c = x.length - y.length;
    switch (op) {
      case Cmp.LT: return c < 0;
      case Cmp.LE: return c <= 0;
      case Cmp.EQ: return c === 0;
      case Cmp.NE: return c !== 0;
      case Cmp.GT: return c > 0;
      default: return c >= 0;
    }
  };
}

function installDequeMethods(): void {
  const t = dequeType;
  defNew(t, (_vm, args) => {
    const cls = newClsArg(args, t);
    return cls.allocate!(cls);
  });
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const d = self(args);
    const [iterable, maxlen] = parseArgs('deque', args, kwargs, { names: ['iterable', 'maxlen'] });
    let m = -1;
    if (maxlen !== undefined && maxlen !== None) {
      if (!isIndexable(maxlen)) throw typeError('an integer is required');
      const n = index(vm, maxlen);
      if (n < 0) throw valueError('maxlen must be non-negative');
      m = Number(n);
    }
    const items = iterable === undefined ? [] : iterable === d ? d.toArray() : null;
    d.maxlen = m;
    if (d.size > 0) d.clear();
    if (items !== null) {
      for (const v of items) d.pushRight(v);
    } else {
      extend(vm, d, iterable!, false);
    }
    return None;
  });
  defGetter(t, 'maxlen', (_vm, o) => ((o as PyDeque).maxlen < 0 ? None : (o as PyDeque).maxlen));
  // Fixed-arity entries (as list's): the eval loop calls them without an argument array.
  defMethod(t, 'append', (_vm, args, kwargs) => {
    self(args).pushRight(oneArg('deque.append', args, kwargs));
    return None;
  }, {
    call2: (_vm, d, x) => {
      (d as PyDeque).pushRight(x);
      return None;
    },
  });
  defMethod(t, 'appendleft', (_vm, args, kwargs) => {
    self(args).pushLeft(oneArg('deque.appendleft', args, kwargs));
    return None;
  }, {
    call2: (_vm, d, x) => {
      (d as PyDeque).pushLeft(x);
      return None;
    },
  });
  defMethod(t, 'pop', (_vm, args, kwargs) => {
    noArgs('deque.pop', args, kwargs);
    return self(args).popRight();
  }, { call1: (_vm, d) => (d as PyDeque).popRight() });
  defMethod(t, 'popleft', (_vm, args, kwargs) => {
    noArgs('deque.popleft', args, kwargs);
    return self(args).popLeft();
  }, { call1: (_vm, d) => (d as PyDeque).popLeft() });
  defMethod(t, 'extend', (vm, args, kwargs) => {
    extend(vm, self(args), oneArg('deque.extend', args, kwargs), false);
    return None;
  });
  defMethod(t, 'extendleft', (vm, args, kwargs) => {
    extend(vm, self(args), oneArg('deque.extendleft', args, kwargs), true);
    return None;
  });
  defMethod(t, 'clear', (_vm, args, kwargs) => {
    noArgs('deque.clear', args, kwargs);
    self(args).clear();
    return None;
  });
  defMethod(t, 'copy', (vm, args, kwargs) => {
    noArgs('deque.copy', args, kwargs);
    return sameKind(vm, self(args), self(args).toArray());
  });
  defMethod(t, '__copy__', (vm, args, kwargs) => {
    noArgs('deque.__copy__', args, kwargs);
    return sameKind(vm, self(args), self(args).toArray());
  });
  defMethod(t, 'count', (vm, args, kwargs) => {
    const x = oneArg('deque.count', args, kwargs);
    const d = self(args);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      const v = d.get(i);
      if (v === x || pyEq(vm, v, x)) n++;
      if (d.state !== state) throw runtimeError('deque mutated during iteration');
    }
    return n;
  });
  defMethod(t, 'index', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('index() takes no keyword arguments');
    checkArgs('index', args, 1, 3);
    const d = self(args);
    const x = args[1];
    const start = clampIndex(vm, args[2], d.size, 0);
    const stop = clampIndex(vm, args[3], d.size, d.size);
    const state = d.state;
    for (let i = start; i < stop && i < d.size; i++) {
      const v = d.get(i);
      if (v === x || pyEq(vm, v, x)) return i;
      if (d.state !== state) throw runtimeError('deque mutated during iteration');
    }
    throw valueError(`${repr(vm, x)} is not in deque`);
  });
  defMethod(t, 'insert', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('insert() takes no keyword arguments');
    checkArgs('insert', args, 2, 2);
    const d = self(args);
    const n = index(vm, args[1]);
    if (d.maxlen === d.size) throw indexError('deque already at its maximum size');
    let i = typeof n === 'bigint' ? (n < 0n ? -Infinity : Infinity) : n;
    if (i < 0) i = Math.max(0, i + d.size);
    i = Math.min(i, d.size);
    const items = d.toArray();
    items.splice(i, 0, args[2]);
    d.replace(items);
    return None;
  });
  defMethod(t, 'remove', (vm, args, kwargs) => {
    const x = oneArg('deque.remove', args, kwargs);
    const d = self(args);
    const items = d.toArray();
    for (let i = 0; i < items.length; i++) {
      if (items[i] === x || pyEq(vm, items[i], x)) {
        if (d.size !== items.length) throw indexError('deque mutated during remove().');
        items.splice(i, 1);
        d.replace(items);
        return None;
      }
    }
    throw valueError(`${repr(vm, x)} is not in deque`);
  });
  defMethod(t, 'reverse', (_vm, args, kwargs) => {
    noArgs('deque.reverse', args, kwargs);
    const d = self(args);
    const items = d.toArray().reverse();
    for (let i = 0; i < items.length; i++) d.set(i, items[i]);
    d.state++;
    return None;
  });
  defMethod(t, 'rotate', (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('rotate() takes no keyword arguments');
    checkArgCount('deque.rotate', args, 0, 1);
    let n = 1;
    if (args.length > 1) {
      const k = index(vm, args[1]);
      // A C Py_ssize_t, as CPython's: past it, OverflowError; inside it, exact.
      if (typeof k === 'bigint' && bigintToSsize(k) === null) throw overflowError('Python int too large to convert to C ssize_t');
      n = typeof k === 'bigint' ? Number(k % BigInt(Math.max(self(args).size, 1))) : k;
    }
    rotate(self(args), n);
    return None;
  });
  defMethod(t, '__len__', (_vm, args) => self(args).size, { call1: (_vm, d) => (d as PyDeque).size });
  // No __bool__ (CPython's deque has none): truth is __len__'s, a subclass's override included.
  defMethod(t, '__repr__', (vm, args) => dequeRepr(vm, self(args)));
  t.setAttr('__hash__', None);
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const d = self(args);
    return d.get(dequeIndex(vm, d, args[1]));
  });
  defMethod(t, '__setitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 2, 1, kwargs);
    const d = self(args);
    d.set(dequeIndex(vm, d, args[1]), args[2]);
    return None;
  });
  defMethod(t, '__delitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const d = self(args);
    const i = dequeIndex(vm, d, args[1]);
    if (i === 0) d.popLeft();
    else if (i === d.size - 1) d.popRight();
    else {
      const items = d.toArray();
      items.splice(i, 1);
      d.replace(items);
    }
    return None;
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const d = self(args);
    const x = args[1];
    const state = d.state;
    for (let i = 0; i < d.size; i++) {
      const v = d.get(i);
      if (v === x || pyEq(vm, v, x)) return true;
      if (d.state !== state) throw runtimeError('deque mutated during iteration');
    }
    return false;
  });
  defMethod(t, '__iter__', (_vm, args) => new PyDequeIterator(dequeIterType, self(args), false));
  defMethod(t, '__reversed__', (_vm, args) => new PyDequeIterator(dequeRevIterType, self(args), true));
  defMethod(t, '__add__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const other = args[1];
    // Not a deque: the other operand's __radd__ may take it (markSequenceSlots below).
    if (!isDeque(other)) return NotImplemented;
    return sameKind(vm, self(args), self(args).toArray().concat(other.toArray()));
  });
  defMethod(t, '__iadd__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    extend(vm, self(args), args[1], false);
    return args[0];
  });
  const repeat = (vm: VM, d: PyDeque, count: PyObject, inPlace: boolean): PyObject => {
    if (!isIndexable(count)) return NotImplemented;
    const k = index(vm, count);
    const n = typeof k === 'bigint' ? (k < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, k);
    const items = d.toArray();
    const limit = d.maxlen < 0 ? Infinity : d.maxlen;
    const out: PyObject[] = [];
    // With a maxlen only the last `maxlen` items survive: stop once enough repetitions are in.
    for (let r = 0; r < n && (out.length < limit + items.length || limit === Infinity); r++) out.push(...items);
    if (inPlace) {
      d.replace(out);
      return d;
    }
    return sameKind(vm, d, out);
  };
  defMethod(t, '__mul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    return repeat(vm, self(args), args[1], false);
  });
  defMethod(t, '__rmul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    return repeat(vm, self(args), args[1], false);
  });
  defMethod(t, '__imul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    return repeat(vm, self(args), args[1], true);
  });
  for (const [name, op] of [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]] as [string, Cmp][]) {
    defMethod(t, name, compareFn(op));
  }
  // + and * are CPython's sq_concat/sq_repeat here: tried after the other operand's __radd__/
  // __rmul__, refusing with "can only concatenate deque ..." / "can't multiply sequence ...".
  markSequenceSlots(t, sequenceSlotRefusal);
  defMethod(t, '__reduce__', (vm, args) => {
    // CPython's shape: the class, () or ((), maxlen), the state __getstate__ gives (the
    // instance dict, paired with the slot values when a subclass has __slots__), then the
    // items as an iterator (pickle writes them as APPENDs).
    const d = self(args);
    const state = call(vm, getAttr(vm, d, '__getstate__'), []);
    const ctorArgs = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), d.maxlen]);
    return newTuple([d.cls, ctorArgs, state, getIter(vm, d)]);
  });
  defClassGetItem(t);

  for (const it of [dequeIterType, dequeRevIterType]) {
    defMethod(it, '__iter__', (_vm, args) => args[0]);
    defMethod(it, '__next__', (_vm, args) => {
      const i = args[0] as PyDequeIterator;
      const d = i.deque;
      if (d.state !== i.state) {
        i.index = d.size;
        throw runtimeError('deque mutated during iteration');
      }
      if (i.index >= d.size) throw stopIteration();
      const k = i.index++;
      return d.get(i.reverse ? d.size - 1 - k : k);
    });
    defMethod(it, '__length_hint__', (_vm, args) => {
      const i = args[0] as PyDequeIterator;
      return Math.max(0, i.deque.size - i.index);
    });
    // (type, (deque, items already taken)): what __new__ below rebuilds it from.
    defMethod(it, '__reduce__', (_vm, args) => {
      const i = args[0] as PyDequeIterator;
      return newTuple([i.cls, newTuple([i.deque, Math.min(i.index, i.deque.size)])]);
    });
    // dequeiter_new: _deque_iterator(deque[, index]) is an iterator over deque that has taken
    // index items already (keywords are ignored, as PyArg_ParseTuple does).
    const reverse = it === dequeRevIterType;
    defNew(it, (vm, args) => {
      if (args.length < 2) throw typeError(`function takes at least 1 argument (${args.length - 1} given)`);
      if (args.length > 3) throw typeError(`function takes at most 2 arguments (${args.length - 1} given)`);
      const d = args[1];
      if (!isDeque(d)) throw typeError(`argument 1 must be collections.deque, not ${typeName(d)}`);
      const taken = args.length > 2 ? Number(index(vm, args[2])) : 0;
      const i = new PyDequeIterator(args[0] as PyType, d, reverse);
      i.index = Math.max(0, Math.min(taken, d.size));
      return i;
    });
  }
}

let installed = false;

export const init__collections: ModuleInit = (_vm, m) => {
  if (!installed) {
    installed = true;
    installDequeMethods();
    installTupleGetterMethods();
  }
  m.dict.setStr('deque', dequeType);
  // Pickle finds the iterator types by name here (their __reduce__ names the type).
  m.dict.setStr('_deque_iterator', dequeIterType);
  m.dict.setStr('_deque_reverse_iterator', dequeRevIterType);
  m.dict.setStr('_tuplegetter', tupleGetterType);
  m.dict.setStr('_count_elements', countElementsFn);
  installODict(m);
};
