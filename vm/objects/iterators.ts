// The built-in iterator types (list, tuple, str, dict views, range, sequence and callable iterators).

import { PyObj, PyObject } from './object.js';
import { makeNativeType, type PyType } from './type.js';
import type { PyList } from './list.js';
import type { PyTuple } from './tuple.js';
import type { PyDict } from './dict.js';
import type { PyRange } from './range.js';
import type { VM } from '../vm.js';

/**
 * An iterator implemented natively (enumerate, zip, map, ...): `next` returns the next
 * value or undefined at the end. iterNext calls it directly, not through __next__.
 */
export abstract class PyNativeIterator extends PyObj {
  abstract next(vm: VM): PyObject | undefined;
  /**
   * For `for a, b in it:` (ops/sequence.ts's iterNextPair): the next item's two values into
   * `out` instead of a tuple to unpack, false at the end, as next() would give them; null
   * when this iterator's items are not pairs made here.
   */
  nextPair(vm: VM, out: PyObject[]): boolean | null {
    void vm;
    void out;
    return null;
  }
  /**
   * nextPair for compiled code, when it runs no tpy code and cannot raise (enumerate or zip
   * over lists, tuples or ranges): the same answer; null when only nextPair can tell.
   */
  nextPairPlain(out: PyObject[]): boolean | null {
    void out;
    return null;
  }
}

/** A list's, tuple's, range's or str's iterator: its next value is found without running tpy code. */
export function isPlainIterator(it: PyObject): boolean {
  return it instanceof PyListIterator || it instanceof PyRangeIterator || it instanceof PyTupleIterator || it instanceof PyStrIterator;
}

/** The next value of a list's, tuple's, range's or str's iterator (undefined at its end); null for any other. */
export function plainNext(it: PyObject): PyObject | undefined | null {
  if (it instanceof PyListIterator) {
    const l = it.list;
    return l !== null && it.index < l.items.length ? l.items[it.index++] : listIterEnd(it);
  }
  if (it instanceof PyRangeIterator) return it.index < it.length ? it.range.start + it.range.step * it.index++ : undefined;
  if (it instanceof PyTupleIterator) return it.index < it.tuple.items.length ? it.tuple.items[it.index++] : tupleIterEnd(it);
  if (it instanceof PyStrIterator) return strNext(it);
  return null;
}

/**
 * A tuple or str iterator's index once next() has found its end: CPython drops its sequence
 * then (it_seq NULL), which __reduce__ and __setstate__ tell apart from an iterator merely at
 * the end. A small integer (V8 keeps the field one) past any tuple's or str's length.
 */
export const SEQ_ITER_EXHAUSTED = 0x3fffffff;

/** The end of a tuple iterator: it is exhausted for good and gives no value. */
export function tupleIterEnd(it: PyTupleIterator): undefined {
  it.index = SEQ_ITER_EXHAUSTED;
  return undefined;
}

/** The next character of a str's iterator (undefined at its end): a code point, surrogate pairs joined. */
export function strNext(it: PyStrIterator): string | undefined {
  const s = it.str;
  if (it.index >= s.length) {
    it.index = SEQ_ITER_EXHAUSTED;
    return undefined;
  }
  // Not a surrogate: one unit (s[i] of a one-byte character is V8's cached string, no allocation).
  const c = s.charCodeAt(it.index);
  if (c < 0xd800 || c >= 0xe000) return s[it.index++];
  const ch = String.fromCodePoint(s.codePointAt(it.index)!);
  it.index += ch.length;
  return ch;
}

export const listIteratorType = makeNativeType('list_iterator', undefined, { final: true });
export const listReverseIteratorType = makeNativeType('list_reverseiterator', undefined, { final: true });
export const tupleIteratorType = makeNativeType('tuple_iterator', undefined, { final: true });
export const strIteratorType = makeNativeType('str_ascii_iterator', undefined, { final: true });
/** CPython 3.11's iterator over a str with any non-ASCII character (the same behaviour, another name). */
export const strUnicodeIteratorType = makeNativeType('str_iterator', undefined, { final: true });
export const dictKeyIteratorType = makeNativeType('dict_keyiterator', undefined, { final: true });
export const dictValueIteratorType = makeNativeType('dict_valueiterator', undefined, { final: true });
export const dictItemIteratorType = makeNativeType('dict_itemiterator', undefined, { final: true });
export const rangeIteratorType = makeNativeType('range_iterator', undefined, { final: true });
export const seqIteratorType = makeNativeType('iterator', undefined, { final: true });
export const callableIteratorType = makeNativeType('callable_iterator', undefined, { final: true });

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyListIterator extends PyObj {}
export class PyListIterator {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare index: number;
  /** Dropped (null) at the end: an exhausted iterator stays so when the list grows, as in CPython. */
  declare list: PyList | null;
  constructor(list: PyList | null) {
    this.cls = listIteratorType;
    this.dict = null;
    this.index = 0;
    this.list = list;
  }
}
Object.setPrototypeOf(PyListIterator.prototype, PyObj.prototype);

/** The end of a list iterator: it lets go of its list and gives no value. */
export function listIterEnd(it: PyListIterator): undefined {
  it.list = null;
  return undefined;
}

/** A list reverse iterator's index once it has raised StopIteration (-1 is "at the front, not yet done"). */
export const LIST_REVERSE_EXHAUSTED = -2;

export class PyListReverseIterator extends PyObj {
  constructor(readonly list: PyList, public index: number) {
    super(listReverseIteratorType);
  }
}

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyTupleIterator extends PyObj {}
export class PyTupleIterator {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare index: number;
  declare readonly tuple: PyTuple;
  constructor(tuple: PyTuple) {
    this.cls = tupleIteratorType;
    this.dict = null;
    this.index = 0;
    (this as { tuple: PyTuple }).tuple = tuple;
  }
}
Object.setPrototypeOf(PyTupleIterator.prototype, PyObj.prototype);

/** A character past ASCII (a long str is scanned by RegExp). */
const NON_ASCII = /[^\0-\x7f]/;

/** Whether s has a character past ASCII: a short str (a word) is scanned inline, a long one by RegExp. */
function hasNonAscii(s: string): boolean {
  if (s.length > 16) return NON_ASCII.test(s);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * Iterates code points; `index` is a UTF-16 offset. A PyObj by its prototype, as
 * PyTupleIterator: `for ch in word` makes one per word.
 */
export interface PyStrIterator extends PyObj {}
export class PyStrIterator {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare readonly str: string;
  declare index: number;
  constructor(str: string) {
    this.cls = hasNonAscii(str) ? strUnicodeIteratorType : strIteratorType;
    this.dict = null;
    (this as { str: string }).str = str;
    this.index = 0;
  }
}
Object.setPrototypeOf(PyStrIterator.prototype, PyObj.prototype);

export enum DictIterKind { Keys, Values, Items }

export class PyDictIterator extends PyObj {
  readonly iter: Iterator<[unknown, PyObject]>;
  readonly initialSize: number;
  done = false;
  /** Entries handed out so far (what __length_hint__ subtracts). */
  taken = 0;
  constructor(readonly source: PyDict, readonly kind: DictIterKind) {
    super(kind === DictIterKind.Keys ? dictKeyIteratorType : kind === DictIterKind.Values ? dictValueIteratorType : dictItemIteratorType);
    this.iter = source.map.entries();
    this.initialSize = source.size;
  }
}

/** A PyObj by its prototype, not by `extends`, for the reason PyInstance gives (vm/objects/object.ts). */
export interface PyRangeIterator extends PyObj {}
export class PyRangeIterator {
  declare cls: PyType;
  declare dict: PyDict | null;
  declare index: number;
  declare readonly length: number;
  declare readonly range: PyRange;
  constructor(range: PyRange) {
    this.cls = rangeIteratorType;
    this.dict = null;
    this.index = 0;
    (this as { length: number }).length = range.length;
    (this as { range: PyRange }).range = range;
  }
}
Object.setPrototypeOf(PyRangeIterator.prototype, PyObj.prototype);

/** iter() of an object with only __getitem__: calls it with 0, 1, 2... until IndexError. */
export class PySeqIterator extends PyObj {
  index = 0;
  done = false;
  constructor(readonly seq: PyObject) {
    super(seqIteratorType);
  }
}

/** iter(callable, sentinel). */
export class PyCallableIterator extends PyObj {
  done = false;
  constructor(readonly callable: PyObject, readonly sentinel: PyObject) {
    super(callableIteratorType);
  }
}
