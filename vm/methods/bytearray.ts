// bytearray's own methods (slice assignment and deletion, append/extend/pop/insert/remove...) and the
// bytes/bytearray iterators; the methods it shares with bytes are installed by bytes.ts.

import type { PyObject } from '../objects/object.js';
import type { PyType } from '../objects/type.js';
import { PyByteArray, bytearrayType, appendBytes, deleteFront, bufferBytes, checkResize } from '../objects/bytes.js';
import { defMethod } from '../objects/function.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PySlice } from '../objects/range.js';
import { typeError, valueError, indexError, stopIteration } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';
import { index, indexSize } from '../ops/convert.js';
import { sliceIndices, toArray } from '../ops/sequence.js';
import {
  PyBytesIterator, bytesIteratorType, bytearrayIteratorType, bytesData, concatData, selfData, byteValue, dataFrom, construct, concat, repeat,
} from './bytes.js';
import { defNew } from './object.js';
import { checkArgCount, noArgs, noKwargs, oneArg, wrapperArgs } from './args.js';
import type { VM } from '../vm.js';
import { subscriptIndex } from './list.js';
import { isIterable } from '../eval.js';
import { strType } from '../objects/str.js';
import { PyComplex } from '../objects/complex.js';
import { PyFloat } from '../objects/float.js';

/** PyNumber_Check: a number a bytearray slice refuses to take as its new contents. */
function isNumberLike(o: PyObject): boolean {
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || o instanceof PyFloat || o instanceof PyComplex) return true;
  const t = typeOf(o);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

/** bytearray's mutators: slice assignment and deletion, append/extend/pop/insert/remove... */
function setItem(vm: VM, self: PyByteArray, key: PyObject, value: PyObject | undefined): void {
  const data = self.data;
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(vm, key, data.length);
    let repl: Uint8Array;
    if (value === undefined) repl = new Uint8Array(0);
    else {
      const d = bytesData(value);
      if (d !== undefined) repl = d.slice();
      // Numbers and str are refused outright (PyNumber_Check); anything else converts as bytearray(value) does.
      else if (isNumberLike(value) || typeof value === 'string' || typeOf(value).isSubtypeOf(strType)) {
        throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      } else repl = dataFrom(vm, value, 'bytearray');
    }
    if (step === 1) {
      const hi = Math.max(start, stop);
      if (start === 0 && repl.length === 0) {
        deleteFront(self, hi);
        return;
      }
      // Overwriting in place and writing at (or over) the end cost what they write, not the
      // whole bytearray: BytesIO.write does `buf[pos:pos + n] = data` for every write.
      const replaced = hi - start;
      if (repl.length === replaced) {
        data.set(repl, start);
        return;
      }
      if (hi === data.length && repl.length > replaced) {
        checkResize(self, start + repl.length);
        data.set(repl.subarray(0, replaced), start);
        appendBytes(self, repl.subarray(replaced));
        return;
      }
      checkResize(self, data.length - (hi - start) + repl.length);
      const out = new Uint8Array(data.length - (hi - start) + repl.length);
      out.set(data.subarray(0, start));
      out.set(repl, start);
      out.set(data.subarray(hi), start + repl.length);
      self.data = out;
      return;
    }
    if (value === undefined) {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      checkResize(self, data.length - count);
      self.data = data.filter((_, i) => !drop.has(i));
      return;
    }
    if (repl.length !== count) throw valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) data[j] = repl[i];
    return;
  }
  const i = subscriptIndex(vm, key, 'bytearray');
  // The value is checked before the index (bytearray_setitem converts it first).
  const byte = value === undefined ? 0 : byteValue(vm, value);
  // Read after the conversion: the value's __index__ may have resized the bytearray.
  const now = self.data;
  const j = i < 0 ? i + now.length : i;
  if (j < 0 || j >= now.length) throw indexError('bytearray index out of range');
  if (value === undefined) {
    checkResize(self, now.length - 1);
    self.data = concat(now.subarray(0, j), now.subarray(j + 1));
    return;
  }
  now[j] = byte;
}

export function installByteArrayMethods(): void {
  installByteArray();
  installIterators();
}

function installByteArray(): void {
  const t = bytearrayType;
  defNew(t, (vm, args) => {
    const cls = args[0] as PyType;
    return new PyByteArray(new Uint8Array(0), cls);
  });
  defMethod(t, '__init__', (vm, args, kwargs) => {
    const self = args[0] as PyByteArray;
    // bytearray_init empties a non-empty one first, so even a same-size __init__ is a resize.
    checkResize(self, 0);
    self.data = construct(vm, 'bytearray', args, kwargs);
    return None;
  });
  t.setAttr('__hash__', None);
  defMethod(t, '__setitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 2, 1, kwargs, 'bytearray.__setitem__');
    setItem(vm, args[0] as PyByteArray, args[1], args[2]);
    return None;
  });
  defMethod(t, '__delitem__', (vm, args, kwargs) => {
    wrapperArgs(args, 1, 1, kwargs, 'bytearray.__delitem__');
    setItem(vm, args[0] as PyByteArray, args[1], undefined);
    return None;
  });
  defMethod(t, '__iadd__', (vm, args) => {
    const self = args[0] as PyByteArray;
    const b = concatData(args[1]);
    if (b === undefined) throw typeError(`can't concat ${typeOf(args[1]).tpName} to bytearray`);
    appendBytes(self, b);
    return self;
  });
  defMethod(t, '__imul__', (vm, args) => {
    const self = args[0] as PyByteArray;
    const k = args[1];
    if (typeof k !== 'number' && typeof k !== 'bigint' && typeof k !== 'boolean' && typeOf(k).lookup('__index__') === undefined) return NotImplemented;
    const data = repeat(self.data, indexSize(vm, k), null);
    checkResize(self, data.length);
    self.data = data;
    return self;
  });
  defMethod(t, 'append', (vm, args, kwargs) => {
    const self = args[0] as PyByteArray;
    const b = byteValue(vm, oneArg('bytearray.append', args, kwargs));
    appendBytes(self, Uint8Array.of(b));
    return None;
  });
  defMethod(t, 'extend', (vm, args, kwargs) => {
    const self = args[0] as PyByteArray;
    const src = oneArg('bytearray.extend', args, kwargs);
    // Not a buffer: iterated for ints, so anything without __iter__ is refused (a str's items are not ints).
    const d = bytesData(src) ?? bufferBytes(src);
    if (d !== undefined) appendBytes(self, d.slice());
    else if (!isIterable(src)) throw typeError(`can't extend bytearray with ${typeOf(src).tpName}`);
    else appendBytes(self, Uint8Array.from(toArray(vm, src), (v) => byteValue(vm, v)));
    return None;
  });
  defMethod(t, 'pop', (vm, args, kwargs) => {
    noKwargs('bytearray.pop', kwargs);
    checkArgCount('pop', args, 0, 1);
    const self = args[0] as PyByteArray;
    if (self.data.length === 0) throw indexError('pop from empty bytearray');
    const i0 = args.length > 1 ? Number(index(vm, args[1])) : -1;
    const i = i0 < 0 ? i0 + self.data.length : i0;
    if (i < 0 || i >= self.data.length) throw indexError('pop index out of range');
    const v = self.data[i];
    checkResize(self, self.data.length - 1);
    self.data = concat(self.data.subarray(0, i), self.data.subarray(i + 1));
    return v;
  });
  defMethod(t, 'insert', (vm, args, kwargs) => {
    noKwargs('bytearray.insert', kwargs);
    checkArgCount('insert', args, 2, 2);
    const self = args[0] as PyByteArray;
    let i = Number(index(vm, args[1]));
    const n = self.data.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    const b = byteValue(vm, args[2]);
    checkResize(self, n + 1);
    self.data = concat(concat(self.data.subarray(0, i), new Uint8Array([b])), self.data.subarray(i));
    return None;
  });
  defMethod(t, 'remove', (vm, args, kwargs) => {
    const self = args[0] as PyByteArray;
    const b = byteValue(vm, oneArg('bytearray.remove', args, kwargs));
    const i = self.data.indexOf(b);
    if (i < 0) throw valueError('value not found in bytearray');
    checkResize(self, self.data.length - 1);
    self.data = concat(self.data.subarray(0, i), self.data.subarray(i + 1));
    return None;
  });
  defMethod(t, 'clear', (vm, args, kwargs) => {
    noArgs('bytearray.clear', args, kwargs);
    checkResize(args[0] as PyByteArray, 0);
    (args[0] as PyByteArray).data = new Uint8Array(0);
    return None;
  });
  defMethod(t, 'copy', (vm, args, kwargs) => {
    noArgs('bytearray.copy', args, kwargs);
    return new PyByteArray(selfData(args).slice());
  });
  defMethod(t, 'reverse', (vm, args, kwargs) => {
    noArgs('bytearray.reverse', args, kwargs);
    selfData(args).reverse();
    return None;
  });
}

function installIterators(): void {
  for (const it of [bytesIteratorType, bytearrayIteratorType]) {
    defMethod(it, '__iter__', (vm, args) => args[0]);
    defMethod(it, '__next__', (vm, args) => {
      const v = (args[0] as PyBytesIterator).next();
      if (v === undefined) throw stopIteration();
      return v;
    });
    defMethod(it, '__length_hint__', (vm, args) => {
      const self = args[0] as PyBytesIterator;
      return Math.max(0, self.seq.data.length - self.index);
    });
  }
}

