// __reduce__ and __setstate__ of the built-in iterators (what copy.copy and pickle use):
// each reduces to the call that remakes it, iter(seq) or reversed(seq) or the class with
// its arguments, plus its position; an exhausted one reduces to iter(()) or iter([]).

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { defMethod, type NativeFn } from '../objects/function.js';
import { None } from '../objects/singletons.js';
import { PyList } from '../objects/list.js';
import { newTuple, emptyTuple } from '../objects/tuple.js';
import { PyModule } from '../objects/module.js';
import { PyRange } from '../objects/range.js';
import { typeError } from '../objects/exceptions.js';
import {
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strUnicodeIteratorType, rangeIteratorType, seqIteratorType,
  callableIteratorType, PyListIterator, PyListReverseIterator, LIST_REVERSE_EXHAUSTED, PyTupleIterator, PyStrIterator, PyRangeIterator,
  PySeqIterator, PyCallableIterator, SEQ_ITER_EXHAUSTED,
} from '../objects/iterators.js';
import { PyBytesIterator, bytesIteratorType, bytearrayIteratorType } from './bytes.js';
import { PyEnumerate, PyZip, PyMap, PyFilter, PyReversed, enumerateType, zipType, mapType, filterType, reversedType } from './iterators.js';
import { ssizeArg } from './list.js';
import { len, truthy } from '../ops/convert.js';
import { checkArgCount } from './args.js';
import type { VM } from '../vm.js';
import { PyDictIterator, dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType, DictIterKind } from '../objects/iterators.js';
import { PyDictReverseIterator, dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType } from './dict.js';
import { PySetIterator, setIteratorType } from '../objects/set.js';
import { PyLongRange, PyLongRangeIterator, longRangeIteratorType } from './range.js';
import { runtimeError, newException, AttributeError } from '../objects/exceptions.js';
import type { PyDict } from '../objects/dict.js';
import { normInt } from '../objects/int.js';

/**
 * builtins.NAME as the program has it now (_PyEval_GetBuiltin): a full dict lookup, which may
 * compare with a key object and so run code; AttributeError when the name is gone.
 */
function builtinNamed(vm: VM, name: string): PyObject {
  const v = (vm.modules.getStr('builtins') as PyModule).dict.get(vm, name);
  if (v === undefined) throw newException(AttributeError, name);
  return v;
}

function builtinIter(vm: VM): PyObject {
  return builtinNamed(vm, 'iter');
}

/**
 * (iter, (seq,), index), or (iter, (empty,)) once exhausted. `state` reads the iterator after
 * the lookup of iter, which may run code that advances it (CPython's order since bpo-101765).
 */
function iterReduce(vm: VM, state: () => [PyObject, number] | null, empty: PyObject): PyObject {
  const iterFn = builtinIter(vm);
  const s = state();
  if (s === null) return newTuple([iterFn, newTuple([empty])]);
  return newTuple([iterFn, newTuple([s[0]]), s[1]]);
}

/** __setstate__(index): an integer position, which `set` clamps and stores. */
function defSetState(t: PyType, set: (vm: VM, self: PyObject, index: number) => void): void {
  defMethod(t, '__setstate__', (vm, args) => {
    checkArgCount('__setstate__', args, 1, 1);
    const i = args[1];
    if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') {
      if (!(typeof i === 'object' && i.cls.lookup('__index__') !== undefined)) throw typeError('an integer is required');
    }
    set(vm, args[0], ssizeArg(vm, i));
    return None;
  });
}

/** One entry of a dict as its iterator of `kind` gives it. */
function dictEntry(d: PyDict, k: unknown, v: PyObject, kind: DictIterKind): PyObject {
  if (kind === DictIterKind.Values) return v;
  const key = d.keyObject(k as never);
  return kind === DictIterKind.Keys ? key : newTuple([key, v]);
}

/**
 * What the rest of a dict iterator gives, leaving the iterator where it is: CPython's
 * dictiter_reduce lists a copy of the iterator (a dict that changed size raises, as next would).
 */
function dictIterRest(it: PyDictIterator): PyObject[] {
  if (it.done) return [];
  const d = it.source;
  if (d.size !== it.initialSize) throw runtimeError('dictionary changed size during iteration');
  const out: PyObject[] = [];
  let skip = it.taken;
  for (const [k, v] of d.map) {
    if (skip > 0) skip--;
    else out.push(dictEntry(d, k, v, it.kind));
  }
  return out;
}

function dictReverseRest(it: PyDictReverseIterator): PyObject[] {
  if (it.index < 0) return [];
  const d = it.mapping;
  if (d.size !== it.initialSize) throw runtimeError('dictionary changed size during iteration');
  const out: PyObject[] = [];
  for (let i = it.index; i >= 0; i--) {
    const k = it.mapKeys[i];
    const v = d.map.get(k as never);
    if (v !== undefined) out.push(dictEntry(d, k, v, it.kind));
  }
  return out;
}

/** The rest of a set iterator, leaving it where it is (setiter_reduce lists a copy). */
function setIterRest(it: PySetIterator): PyObject[] {
  const so = it.set;
  if (so === null) return [];
  if (it.startUsed !== so.used) throw runtimeError('Set changed size during iteration');
  const out: PyObject[] = [];
  for (let i = so.nextSlot(it.pos); i >= 0; i = so.nextSlot(i + 1)) out.push(so.keys[i]!);
  return out;
}

const clamp = (i: number, hi: number) => (i < 0 ? 0 : i > hi ? hi : i);

/** Code points in s before UTF-16 offset `units`. */
function codePointsBefore(s: string, units: number): number {
  let n = 0;
  for (let i = 0; i < units && i < s.length; n++) i += (s.codePointAt(i)! > 0xffff ? 2 : 1);
  return n;
}

/** The UTF-16 offset of code point `cp` of s (its length past the end). */
function unitsOf(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) i += (s.codePointAt(i)! > 0xffff ? 2 : 1);
  return i;
}

export function installIteratorReduce(): void {
  const reduce = (t: PyType, fn: NativeFn) => defMethod(t, '__reduce__', fn);

  reduce(listIteratorType, (vm, args) => {
    const it = args[0] as PyListIterator;
    return iterReduce(vm, () => (it.list !== null ? [it.list, it.index] : null), new PyList([]));
  });
  defSetState(listIteratorType, (vm, o, i) => {
    const it = o as PyListIterator;
    if (it.list !== null) it.index = clamp(i, it.list.items.length);
  });

  reduce(tupleIteratorType, (vm, args) => {
    const it = args[0] as PyTupleIterator;
    return iterReduce(vm, () => (it.index !== SEQ_ITER_EXHAUSTED ? [it.tuple, it.index] : null), emptyTuple);
  });
  defSetState(tupleIteratorType, (vm, o, i) => {
    const it = o as PyTupleIterator;
    if (it.index !== SEQ_ITER_EXHAUSTED) it.index = clamp(i, it.tuple.items.length);
  });

  for (const t of [strIteratorType, strUnicodeIteratorType]) {
    reduce(t, (vm, args) => {
      const it = args[0] as PyStrIterator;
      return iterReduce(vm, () => (it.index !== SEQ_ITER_EXHAUSTED ? [it.str, codePointsBefore(it.str, it.index)] : null), '');
    });
    defSetState(t, (vm, o, i) => {
      const it = o as PyStrIterator;
      if (it.index !== SEQ_ITER_EXHAUSTED) it.index = unitsOf(it.str, Math.max(0, i));
    });
  }

  reduce(rangeIteratorType, (vm, args) => {
    const it = args[0] as PyRangeIterator;
    const r = it.range;
    const whole = new PyRange(r.start, r.start + it.length * r.step, r.step);
    // Read before the lookup of iter, as CPython 3.11's rangeiter_reduce does (its fix for
    // bpo-101765 left range iterators alone).
    const index = it.index;
    return newTuple([builtinIter(vm), newTuple([whole]), index]);
  });
  defSetState(rangeIteratorType, (vm, o, i) => {
    const it = o as PyRangeIterator;
    it.index = clamp(i, it.length);
  });

  // Dict and set iterators reduce to iter(list of what is left), as in CPython.
  for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
    reduce(t, (vm, args) => newTuple([builtinIter(vm), newTuple([new PyList(dictIterRest(args[0] as PyDictIterator))])]));
  }
  for (const t of [dictReverseKeyIteratorType, dictReverseValueIteratorType, dictReverseItemIteratorType]) {
    reduce(t, (vm, args) => newTuple([builtinIter(vm), newTuple([new PyList(dictReverseRest(args[0] as PyDictReverseIterator))])]));
  }
  reduce(setIteratorType, (vm, args) => newTuple([builtinIter(vm), newTuple([new PyList(setIterRest(args[0] as PySetIterator))])]));

  reduce(longRangeIteratorType, (vm, args) => {
    const it = args[0] as PyLongRangeIterator;
    const r = it.range;
    const whole = new PyLongRange(r.start, r.start + r.length * r.step, r.step);
    const index = normInt(it.index);
    return newTuple([builtinIter(vm), newTuple([whole]), index]);
  });
  defMethod(longRangeIteratorType, '__setstate__', (vm, args) => {
    checkArgCount('__setstate__', args, 1, 1);
    const it = args[0] as PyLongRangeIterator;
    const i = args[1];
    if (typeof i !== 'number' && typeof i !== 'bigint' && typeof i !== 'boolean') throw typeError('an integer is required');
    const n = typeof i === 'boolean' ? (i ? 1n : 0n) : BigInt(i);
    it.index = n < 0n ? 0n : n > it.range.length ? it.range.length : n;
    return None;
  });

  reduce(listReverseIteratorType, (vm, args) => {
    const it = args[0] as PyListReverseIterator;
    const reversedFn = builtinNamed(vm, 'reversed');
    // Consumed to the front but not yet finished, it still names its list (CPython's it_seq).
    if (it.index === LIST_REVERSE_EXHAUSTED) return iterReduce(vm, () => null, new PyList([]));
    return newTuple([reversedFn, newTuple([it.list]), it.index]);
  });
  defSetState(listReverseIteratorType, (vm, o, i) => {
    const it = o as PyListReverseIterator;
    if (it.index === LIST_REVERSE_EXHAUSTED) return;
    it.index = i < -1 ? -1 : Math.min(i, it.list.items.length - 1);
  });

  for (const t of [bytesIteratorType, bytearrayIteratorType]) {
    reduce(t, (vm, args) => {
      const it = args[0] as PyBytesIterator;
      // Only an iterator next() found at its end has dropped its sequence (it_seq NULL): iter(b"") still names b"".
      return iterReduce(vm, () => (it.index !== Number.MAX_SAFE_INTEGER ? [it.seq, it.index] : null), emptyTuple);
    });
    defSetState(t, (vm, o, i) => {
      const it = o as PyBytesIterator;
      if (it.index <= it.seq.data.length) it.index = clamp(i, it.seq.data.length);
    });
  }

  reduce(seqIteratorType, (vm, args) => {
    const it = args[0] as PySeqIterator;
    return iterReduce(vm, () => (it.done ? null : [it.seq, it.index]), emptyTuple);
  });
  defSetState(seqIteratorType, (vm, o, i) => {
    const it = o as PySeqIterator;
    if (!it.done) it.index = Math.max(0, i);
  });

  reduce(callableIteratorType, (vm, args) => {
    const it = args[0] as PyCallableIterator;
    const iterFn = builtinIter(vm);
    if (it.done) return newTuple([iterFn, newTuple([emptyTuple])]);
    return newTuple([iterFn, newTuple([it.callable, it.sentinel])]);
  });

  reduce(enumerateType, (vm, args) => {
    const e = args[0] as PyEnumerate;
    return newTuple([e.cls, newTuple([e.it, e.count])]);
  });
  reduce(zipType, (vm, args) => {
    const z = args[0] as PyZip;
    const made = newTuple([z.cls, newTuple([...z.iters])]);
    return z.strict ? newTuple([z.cls, newTuple([...z.iters]), true]) : made;
  });
  defMethod(zipType, '__setstate__', (vm, args) => {
    checkArgCount('__setstate__', args, 1, 1);
    (args[0] as PyZip).strict = truthy(vm, args[1]);
    return None;
  });
  reduce(mapType, (vm, args) => {
    const m = args[0] as PyMap;
    return newTuple([m.cls, newTuple([m.func, ...m.iters])]);
  });
  reduce(filterType, (vm, args) => {
    const f = args[0] as PyFilter;
    return newTuple([f.cls, newTuple([f.func, f.it])]);
  });
  reduce(reversedType, (vm, args) => {
    const r = args[0] as PyReversed;
    // Only next() finding the end drops the sequence: at index -1 it still names it.
    if (r.exhausted) return newTuple([r.cls, newTuple([emptyTuple])]);
    return newTuple([r.cls, newTuple([r.seq]), r.index]);
  });
  defSetState(reversedType, (vm, o, i) => {
    const r = o as PyReversed;
    if (r.exhausted) return;
    const n = Number(len(vm, r.seq));
    r.index = i < -1 ? -1 : Math.min(i, n - 1);
  });
}
