// The array module: array.array, a mutable sequence of C numbers of one typecode
// (Modules/arraymodule.c's behaviour and messages), over array_store.ts's typed arrays.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { PyBytes, bufferBytes } from '../vm/objects/bytes.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { PySlice } from '../vm/objects/range.js';
import { None, NotImplemented } from '../vm/objects/singletons.js';
import { defMethod, defGetter, NativeFn } from '../vm/objects/function.js';
import { typeError, valueError, indexError, stopIteration, newException, EOFError } from '../vm/objects/exceptions.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { repr } from '../vm/ops/convert.js';
import { getIter, iterNext, sliceIndices } from '../vm/ops/sequence.js';
import { pyEq } from '../vm/ops/compare.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import { Cmp } from '../vm/opcodes.js';
import { noArgs, oneArg, checkArgCount, checkArgs, noKwargs, wrapperArgs } from '../vm/methods/args.js';
import { newClsArg, isIndexable, subscriptIndex, ssizeArg, startStop, repeatCount, compareItems, checkRepeatSize } from '../vm/methods/list.js';
import { defNew, anyId } from '../vm/methods/object.js';
import { markSequenceSlots } from '../vm/objects/function.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { arrayCode, TYPECODES, type ArrayCode, type Raw } from './array_codes.js';
import { PyArray } from './array_store.js';
import { getItem as seqGetItem } from '../vm/ops/sequence.js';
import { sequenceTypes } from '../vm/ops/match.js';

export const arrayType = makeNativeType('array.array', undefined, { allocate: null });
const arrayIterType = makeNativeType('array.arrayiterator', undefined, { allocate: null, final: true });
// An array is a sequence for match statements (Py_TPFLAGS_SEQUENCE).
sequenceTypes.add(arrayType);

class PyArrayIterator extends PyObj {
  index = 0;
  constructor(readonly array: PyArray) {
    super(arrayIterType);
  }
}

const self = (args: PyObject[]) => args[0] as PyArray;

/** A new plain array.array (slices, +, * and copies are never of a subclass, as in CPython). */
function newArray(code: ArrayCode, values: Raw[] = []): PyArray {
  const a = new PyArray(arrayType, code, values.length);
  a.pushAll(values);
  return a;
}

function convertAll(vm: VM, code: ArrayCode, items: PyObject[]): Raw[] {
  return items.map((o) => code.toRaw(vm, o));
}

/** extend(): an array of the same typecode, or any iterable item by item (items before a bad one stay). */
function extendFrom(vm: VM, a: PyArray, src: PyObject): void {
  if (src instanceof PyArray) {
    if (src.code !== a.code) throw typeError('can only extend with array of same kind');
    a.pushAll(src.toRawArray());
    return;
  }
  const it = getIter(vm, src);
  for (let v = iterNext(vm, it); v !== undefined; v = iterNext(vm, it)) a.push(a.code.toRaw(vm, v));
}

function frombytes(a: PyArray, data: Uint8Array): void {
  if (data.length % a.itemsize !== 0) throw valueError('bytes length not a multiple of item size');
  a.appendBytes(data.slice());
}

function fromunicode(a: PyArray, s: string): void {
  for (const ch of s) a.push(ch.codePointAt(0)!);
}

function tounicode(a: PyArray): string {
  let s = '';
  for (let i = 0; i < a.length; i++) s += a.get(i) as string;
  return s;
}

/** array(typecode[, initializer]) */
function construct(vm: VM, cls: PyType, args: PyObject[]): PyArray {
  checkArgs('array', args, 1, 2, 0);
  const tc = args[0];
  if (typeof tc !== 'string' || [...tc].length !== 1) throw typeError(`array() argument 1 must be a unicode character, not ${argTypeName(tc)}`);
  const code = arrayCode(tc);
  if (code === undefined) throw valueError(`bad typecode (must be ${[...TYPECODES].join(', ').replace(/, d$/, ' or d')})`);
  const a = new PyArray(cls, code);
  if (args.length < 2) return a;
  const init = args[1];
  if (typeof init === 'string') {
    if (code.code !== 'u') throw typeError(`cannot use a str to initialize an array with typecode '${code.code}'`);
    fromunicode(a, init);
    return a;
  }
  if (init instanceof PyArray && init.code.code === 'u' && code.code !== 'u') {
    throw typeError(`cannot use a unicode array to initialize an array with typecode '${code.code}'`);
  }
  const data = init instanceof PyArray ? undefined : bufferBytes(init);
  if (data !== undefined) frombytes(a, data);
  else if (init instanceof PyList || init instanceof PyTuple) {
    // As array_new: the stored length, each item through PySequence_GetItem (a subclass's __getitem__).
    const items = init.cls.isHeapType ? init.items.map((_, i) => seqGetItem(vm, init, i)) : init.items;
    a.pushAll(convertAll(vm, code, items));
  }
  else if (init instanceof PyArray) a.pushAll(convertAll(vm, code, init.toList()));
  else extendFrom(vm, a, init);
  return a;
}

function arrayRepr(vm: VM, a: PyArray): string {
  const name = a.cls.name;
  if (a.length === 0) return `${name}('${a.code.code}')`;
  if (a.code.code === 'u') return `${name}('u', ${repr(vm, tounicode(a))})`;
  return `${name}('${a.code.code}', [${a.toList().map((v) => repr(vm, v)).join(', ')}])`;
}

function itemIndex(vm: VM, a: PyArray, key: PyObject, message: string): number {
  let i = subscriptIndex(vm, key, 'array');
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throw indexError(message);
  return i;
}

function checkKey(key: PyObject): void {
  if (!(key instanceof PySlice) && !isIndexable(key)) throw typeError('array indices must be integers');
}

function getItem(vm: VM, a: PyArray, key: PyObject): PyObject {
  checkKey(key);
  if (!(key instanceof PySlice)) return a.get(itemIndex(vm, a, key, 'array index out of range'));
  const [start, , step, count] = sliceIndices(vm, key, a.length);
  const out: Raw[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = a.raw(j);
  return newArray(a.code, out);
}

function setSlice(vm: VM, a: PyArray, key: PySlice, value: PyObject | undefined): void {
  let values: Raw[] = [];
  if (value !== undefined) {
    if (!(value instanceof PyArray)) throw typeError(`can only assign array (not "${typeName(value)}") to array slice`);
    if (value.code !== a.code) throw typeError('bad argument type for built-in operation');
    values = value.toRawArray();
  }
  const [start, stop, step, count] = sliceIndices(vm, key, a.length);
  if (step === 1) {
    a.splice(start, Math.max(start, stop), values);
    return;
  }
  if (value === undefined) {
    const doomed = new Set<number>();
    for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
    a.replace(a.toRawArray().filter((_, i) => !doomed.has(i)));
    return;
  }
  if (values.length !== count) throw valueError(`attempt to assign array of size ${values.length} to extended slice of size ${count}`);
  for (let i = 0, j = start; i < count; i++, j += step) a.setRaw(j, values[i]);
}

function setItem(vm: VM, a: PyArray, key: PyObject, value: PyObject | undefined): void {
  checkKey(key);
  if (key instanceof PySlice) return setSlice(vm, a, key, value);
  const i = itemIndex(vm, a, key, 'array assignment index out of range');
  if (value === undefined) a.splice(i, i + 1, []);
  else a.setRaw(i, a.code.toRaw(vm, value));
}

function findItem(vm: VM, a: PyArray, x: PyObject, start = 0, stop = a.length): number {
  for (let i = start; i < Math.min(stop, a.length); i++) {
    const v = a.get(i);
    if (v === x || pyEq(vm, v, x)) return i;
  }
  return -1;
}

function repeat(a: PyArray, n: number): Raw[] {
  const items = a.toRawArray();
  if (n <= 0 || items.length === 0) return [];
  checkRepeatSize(items.length * a.itemsize, n);
  const out: Raw[] = [];
  for (let r = 0; r < n; r++) for (const v of items) out.push(v);
  return out;
}

function compareFn(op: Cmp): NativeFn {
  return (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const b = args[1];
    if (!(b instanceof PyArray)) return NotImplemented;
    return compareItems(vm, self(args).toList(), b.toList(), op);
  };
}

function byteswap(a: PyArray): void {
  const size = a.itemsize;
  const bytes = a.exportBytes();
  for (let at = 0; at < bytes.length; at += size) bytes.subarray(at, at + size).reverse();
}

function installArrayMethods(): void {
  const t = arrayType;
  defNew(t, (vm, args, kwargs) => {
    const cls = newClsArg(args, t);
    if (cls === t) noKwargs('array.array', kwargs);
    return construct(vm, cls, args.slice(1));
  });
  defGetter(t, 'typecode', (_vm, o) => (o as PyArray).code.code);
  defGetter(t, 'itemsize', (_vm, o) => (o as PyArray).itemsize);
  defMethod(t, 'append', (vm, args, kwargs) => {
    const a = self(args);
    a.push(a.code.toRaw(vm, oneArg('array.append', args, kwargs)));
    return None;
  });
  defMethod(t, 'extend', (vm, args, kwargs) => {
    noKwargs('extend', kwargs);
    if (args.length !== 2) throw typeError(`extend() takes exactly 1 positional argument (${args.length - 1} given)`);
    extendFrom(vm, self(args), args[1]);
    return None;
  });
  defMethod(t, 'insert', (vm, args, kwargs) => {
    noKwargs('insert', kwargs);
    checkArgCount('insert', args, 2, 2);
    const a = self(args);
    let i = ssizeArg(vm, args[1]);
    const v = a.code.toRaw(vm, args[2]);
    if (i < 0) i = Math.max(0, i + a.length);
    i = Math.min(i, a.length);
    a.splice(i, i, [v]);
    return None;
  });
  defMethod(t, 'pop', (vm, args, kwargs) => {
    noKwargs('pop', kwargs);
    checkArgCount('pop', args, 0, 1);
    const a = self(args);
    let i = args.length > 1 ? ssizeArg(vm, args[1]) : -1;
    if (a.length === 0) throw indexError('pop from empty array');
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw indexError('pop index out of range');
    const v = a.get(i);
    a.splice(i, i + 1, []);
    return v;
  });
  defMethod(t, 'remove', (vm, args, kwargs) => {
    const a = self(args);
    const i = findItem(vm, a, oneArg('array.remove', args, kwargs));
    if (i < 0) throw valueError('array.remove(x): x not in array');
    a.splice(i, i + 1, []);
    return None;
  });
  defMethod(t, 'index', (vm, args, kwargs) => {
    noKwargs('index', kwargs);
    checkArgCount('index', args, 1, 3);
    const a = self(args);
    const [start, stop] = startStop(vm, args[2], args[3], a.length);
    const i = findItem(vm, a, args[1], start, stop);
    if (i < 0) throw valueError('array.index(x): x not in array');
    return i;
  });
  defMethod(t, 'count', (vm, args, kwargs) => {
    const a = self(args);
    const x = oneArg('array.count', args, kwargs);
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const v = a.get(i);
      if (v === x || pyEq(vm, v, x)) n++;
    }
    return n;
  });
  defMethod(t, 'reverse', (_vm, args, kwargs) => {
    noArgs('array.reverse', args, kwargs);
    self(args).replace(self(args).toRawArray().reverse());
    return None;
  });
  defMethod(t, 'byteswap', (_vm, args, kwargs) => {
    noArgs('array.byteswap', args, kwargs);
    byteswap(self(args));
    return None;
  });
  defMethod(t, 'buffer_info', (_vm, args, kwargs) => {
    noArgs('array.buffer_info', args, kwargs);
    // DIVERGENCE: the first item is an id-like int, not a real memory address.
    return newTuple([anyId(self(args)), self(args).length]);
  });
  defMethod(t, 'tolist', (_vm, args, kwargs) => {
    noArgs('array.tolist', args, kwargs);
    return new PyList(self(args).toList());
  });
  defMethod(t, 'fromlist', (vm, args, kwargs) => {
    const a = self(args);
    const list = oneArg('array.fromlist', args, kwargs);
    if (!(list instanceof PyList)) throw typeError('arg must be list');
    a.pushAll(convertAll(vm, a.code, list.items));
    return None;
  });
  defMethod(t, 'tobytes', (_vm, args, kwargs) => {
    noArgs('array.tobytes', args, kwargs);
    return new PyBytes(self(args).exportBytes().slice());
  });
  defMethod(t, 'frombytes', (_vm, args, kwargs) => {
    const data = oneArg('array.frombytes', args, kwargs);
    const bytes = bufferBytes(data);
    if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
    frombytes(self(args), bytes);
    return None;
  });
  defMethod(t, 'fromunicode', (_vm, args, kwargs) => {
    const a = self(args);
    const s = oneArg('array.fromunicode', args, kwargs);
    if (typeof s !== 'string') throw typeError(`fromunicode() argument must be str, not ${argTypeName(s)}`);
    if (a.code.code !== 'u') throw valueError('fromunicode() may only be called on unicode type arrays');
    fromunicode(a, s);
    return None;
  });
  defMethod(t, 'tounicode', (_vm, args, kwargs) => {
    noArgs('array.tounicode', args, kwargs);
    if (self(args).code.code !== 'u') throw valueError('tounicode() may only be called on unicode type arrays');
    return tounicode(self(args));
  });
  defMethod(t, 'tofile', (vm, args, kwargs) => {
    const f = oneArg('array.tofile', args, kwargs);
    call(vm, getAttr(vm, f, 'write'), [new PyBytes(self(args).exportBytes().slice())]);
    return None;
  });
  defMethod(t, 'fromfile', (vm, args, kwargs) => {
    noKwargs('fromfile', kwargs);
    if (args.length !== 3) throw typeError(`fromfile() takes exactly 2 positional arguments (${args.length - 1} given)`);
    const a = self(args);
    const n = ssizeArg(vm, args[2]);
    if (n < 0) throw valueError('negative count');
    const got = call(vm, getAttr(vm, args[1], 'read'), [n * a.itemsize]);
    if (!(got instanceof PyBytes)) throw typeError('read() didn\'t return bytes');
    const whole = got.data.length - (got.data.length % a.itemsize);
    frombytes(a, got.data.subarray(0, whole));
    if (got.data.length !== n * a.itemsize) throw newException(EOFError, "read() didn't return enough bytes");
    return None;
  });
  defMethod(t, '__copy__', (_vm, args) => newArray(self(args).code, self(args).toRawArray()));
  defMethod(t, '__deepcopy__', (_vm, args, kwargs) => {
    oneArg('array.__deepcopy__', args, kwargs);
    return newArray(self(args).code, self(args).toRawArray());
  });
  defMethod(t, '__len__', (_vm, args) => self(args).length);
  defMethod(t, '__repr__', (vm, args) => arrayRepr(vm, self(args)));
  t.setAttr('__hash__', None);
  defMethod(t, '__getitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    return getItem(vm, self(args), args[1]);
  });
  defMethod(t, '__setitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 2, 1, kwargs);
    setItem(vm, self(args), args[1], args[2]);
    return None;
  });
  defMethod(t, '__delitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    setItem(vm, self(args), args[1], undefined);
    return None;
  });
  defMethod(t, '__contains__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    return findItem(vm, self(args), args[1]) >= 0;
  });
  defMethod(t, '__iter__', (_vm, args) => new PyArrayIterator(self(args)));
  defMethod(t, '__add__', (_vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const a = self(args);
    const b = args[1];
    if (!(b instanceof PyArray)) throw typeError(`can only append array (not "${typeName(b)}") to array`);
    if (b.code !== a.code) throw typeError('bad argument type for built-in operation');
    return newArray(a.code, a.toRawArray().concat(b.toRawArray()));
  });
  defMethod(t, '__iadd__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    const b = args[1];
    if (!(b instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeName(b)}")`);
    extendFrom(vm, self(args), b);
    return args[0];
  });
  // As sequence slots these run after both operands' number methods: a non-int is the end.
  const notInt = (o: PyObject) => typeError(`can't multiply sequence by non-int of type '${typeName(o)}'`);
  defMethod(t, '__mul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    if (!isIndexable(args[1])) throw notInt(args[1]);
    return newArray(self(args).code, repeat(self(args), repeatCount(vm, args[1])));
  });
  defMethod(t, '__rmul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    if (!isIndexable(args[1])) return NotImplemented;
    return newArray(self(args).code, repeat(self(args), repeatCount(vm, args[1])));
  });
  defMethod(t, '__imul__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs);
    if (!isIndexable(args[1])) throw notInt(args[1]);
    self(args).replace(repeat(self(args), repeatCount(vm, args[1])));
    return args[0];
  });
  markSequenceSlots(t);
  for (const [name, op] of [['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE]] as [string, Cmp][]) {
    defMethod(t, name, compareFn(op));
  }
  // No __class_getitem__: array.array[int] is 3.12's.

  defMethod(arrayIterType, '__iter__', (_vm, args) => args[0]);
  defMethod(arrayIterType, '__next__', (_vm, args) => {
    const it = args[0] as PyArrayIterator;
    if (it.index >= it.array.length) {
      it.index = Number.MAX_SAFE_INTEGER;
      throw stopIteration();
    }
    return it.array.get(it.index++);
  });
}

let installed = false;

export const init_array: ModuleInit = (_vm, m) => {
  if (!installed) {
    installed = true;
    installArrayMethods();
  }
  m.dict.setStr('typecodes', TYPECODES);
  m.dict.setStr('array', arrayType);
  m.dict.setStr('ArrayType', arrayType);
};
