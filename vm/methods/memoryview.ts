// memoryview's methods: construction, items and slices (views of views), writes into a
// bytearray, tobytes/tolist/hex, comparison, release and the with statement.

import type { PyObject } from '../objects/object.js';
import { PyMemoryView, memoryviewType } from '../objects/memoryview.js';
import { PyBytes, PyByteArray, bufferBytes } from '../objects/bytes.js';
import { PyList } from '../objects/list.js';
import { PyListIterator } from '../objects/iterators.js';
import { newTuple } from '../objects/tuple.js';
import { PySlice } from '../objects/range.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { typeError, valueError, indexError, notImplementedError } from '../objects/exceptions.js';
import { typeName } from '../ops/typeof.js';
import { index } from '../ops/convert.js';
import { sliceIndices } from '../ops/sequence.js';
import { pyHash } from '../ops/hash.js';
import { call } from '../ops/call.js';
import { getAttr } from '../ops/attribute.js';
import { defNew, hexId } from './object.js';
import { noArgs } from './args.js';
import type { VM } from '../vm.js';

/** The view, checked not to be released. */
function view(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.released) throw valueError('operation forbidden on released memoryview object');
  return m;
}

function itemIndex(vm: VM, m: PyMemoryView, key: PyObject): number {
  const i0 = index(vm, key, () => 'memoryview: invalid slice key');
  let i = typeof i0 === 'bigint' ? Number(i0) : i0;
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw indexError('index out of bounds on dimension 1');
  return i;
}

function byteValue(vm: VM, v: PyObject): number {
  const n = typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? index(vm, v) : undefined;
  if (n === undefined) throw typeError(`memoryview: invalid type for format 'B'`);
  if (typeof n === 'bigint' || n < 0 || n > 255) throw valueError(`memoryview: invalid value for format 'B'`);
  return n;
}

export function installMemoryviewMethods(): void {
  const t = memoryviewType;
  defNew(t, (vm, args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0 && !kwargs.has('object')) {
      throw typeError(`memoryview() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
    }
    const o = args.length > 1 ? args[1] : kwargs?.get('object');
    if (o === undefined) throw typeError("memoryview() missing required argument 'object' (pos 1)");
    if (o instanceof PyMemoryView) {
      const m = view(o);
      return new PyMemoryView(m.obj, m.start, m.step, m.length, m.frozen);
    }
    if (o instanceof PyBytes || o instanceof PyByteArray) return new PyMemoryView(o, 0, 1, o.data.length);
    if (bufferBytes(o) !== undefined) throw notImplementedError(`tpy's memoryview views bytes and bytearray only, not '${typeName(o)}'`);
    throw typeError(`memoryview: a bytes-like object is required, not '${typeName(o)}'`);
  });
  defMethod(t, '__len__', (vm, args) => view(args[0]).length);
  defMethod(t, '__getitem__', (vm, args) => {
    const m = view(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(vm, key, m.length);
      return new PyMemoryView(m.obj, m.at(start), m.step * step, count, m.frozen);
    }
    return m.obj.data[m.at(itemIndex(vm, m, key))];
  });
  defMethod(t, '__setitem__', (vm, args) => {
    const m = view(args[0]);
    if (m.readonly) throw typeError('cannot modify read-only memory');
    const data = m.obj.data;
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(vm, key, m.length);
      const src = args[2] instanceof PyMemoryView ? view(args[2]).exportBytes() : bufferBytes(args[2]);
      if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeName(args[2])}'`);
      if (src.length !== count) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      const copy = src.slice();
      for (let i = 0; i < count; i++) data[m.at(start + i * step)] = copy[i];
      return None;
    }
    data[m.at(itemIndex(vm, m, key))] = byteValue(vm, args[2]);
    return None;
  });
  defMethod(t, '__delitem__', (vm, args) => {
    const m = view(args[0]);
    throw typeError(m.readonly ? 'cannot modify read-only memory' : 'cannot delete memory');
  });
  defMethod(t, 'toreadonly', (vm, args, kwargs) => {
    noArgs('memoryview.toreadonly', args, kwargs);
    const m = view(args[0]);
    return new PyMemoryView(m.obj, m.start, m.step, m.length, true);
  });
  defMethod(t, '__iter__', (vm, args) => new PyListIterator(new PyList(tolist(view(args[0])))));
  defMethod(t, 'tobytes', (vm, args) => new PyBytes(view(args[0]).exportBytes()));
  defMethod(t, 'tolist', (vm, args, kwargs) => {
    noArgs('memoryview.tolist', args, kwargs);
    return new PyList(tolist(view(args[0])));
  });
  defMethod(t, 'hex', (vm, args, kwargs) => {
    const bytes = new PyBytes(view(args[0]).exportBytes());
    return call(vm, getAttr(vm, bytes, 'hex'), args.slice(1), kwargs);
  });
  defMethod(t, 'release', (vm, args, kwargs) => {
    noArgs('memoryview.release', args, kwargs);
    (args[0] as PyMemoryView).released = true;
    return None;
  });
  defMethod(t, '__enter__', (vm, args) => view(args[0]));
  defMethod(t, '__exit__', (vm, args) => {
    (args[0] as PyMemoryView).released = true;
    return None;
  });
  defMethod(t, 'cast', () => {
    throw notImplementedError("tpy's memoryview has no cast(): its format is always 'B'");
  });
  defMethod(t, '__eq__', (vm, args) => {
    const a = args[0] as PyMemoryView;
    const b = args[1];
    if (a === b) return true;
    const other = b instanceof PyMemoryView ? (b.released ? undefined : b.exportBytes()) : bufferBytes(b);
    if (other === undefined || a.released) return b instanceof PyMemoryView || bufferBytes(b) !== undefined ? false : NotImplemented;
    const mine = a.exportBytes();
    if (mine.length !== other.length) return false;
    for (let i = 0; i < mine.length; i++) if (mine[i] !== other[i]) return false;
    return true;
  });
  defMethod(t, '__hash__', (vm, args) => {
    const m = view(args[0]);
    if (!m.readonly) throw valueError('cannot hash writable memoryview object');
    // A read-only view of a bytearray hashes as its object does: not at all.
    if (m.obj instanceof PyByteArray) throw typeError("unhashable type: 'bytearray'");
    return pyHash(vm, new PyBytes(m.exportBytes()));
  });
  defMethod(t, '__repr__', (vm, args) => `<${(args[0] as PyMemoryView).released ? 'released ' : ''}memory at ${hexId(args[0])}>`);
  defGetter(t, 'obj', (vm, o) => view(o).obj);
  defGetter(t, 'nbytes', (vm, o) => view(o).length);
  defGetter(t, 'readonly', (vm, o) => view(o).readonly);
  defGetter(t, 'itemsize', (vm, o) => (view(o), 1));
  defGetter(t, 'format', (vm, o) => (view(o), 'B'));
  defGetter(t, 'ndim', (vm, o) => (view(o), 1));
  defGetter(t, 'shape', (vm, o) => newTuple([view(o).length]));
  defGetter(t, 'strides', (vm, o) => newTuple([view(o).step]));
  defGetter(t, 'suboffsets', (vm, o) => (view(o), newTuple([])));
  defGetter(t, 'c_contiguous', (vm, o) => view(o).step === 1);
  defGetter(t, 'f_contiguous', (vm, o) => view(o).step === 1);
  defGetter(t, 'contiguous', (vm, o) => view(o).step === 1);
}

function tolist(m: PyMemoryView): PyObject[] {
  const data = m.obj.data;
  const out: PyObject[] = [];
  for (let i = 0; i < m.length; i++) out.push(data[m.at(i)]);
  return out;
}
