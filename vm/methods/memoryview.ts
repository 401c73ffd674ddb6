// memoryview's methods: construction, items and slices (views of views), writes into the
// exporter, tobytes/tolist/hex, comparison by item values, release and the with statement.
// cast() is in memoryview_cast.ts, the item formats in memoryview_items.ts.

import type { PyObject } from '../objects/object.js';
import { PyObj } from '../objects/object.js';
import { PyMemoryView, memoryviewType, viewOf } from '../objects/memoryview.js';
import { PyBytes, PyByteArray, bufferBytes, type BufferExporter } from '../objects/bytes.js';
import { PyList } from '../objects/list.js';
import { PyMemoryIterator, installMemoryIteratorMethods } from './memoryview_iterator.js';
import { PyTuple, newTuple } from '../objects/tuple.js';
import { PySlice } from '../objects/range.js';
import { PyFloat } from '../objects/float.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { defMethod, defGetter } from '../objects/function.js';
import { typeError, valueError, indexError, notImplementedError } from '../objects/exceptions.js';
import { typeName, typeOf } from '../ops/typeof.js';
import { index } from '../ops/convert.js';
import { strVal } from './str.js';
import { sliceIndices } from '../ops/sequence.js';
import { pyHash } from '../ops/hash.js';
import { call } from '../ops/call.js';
import { getAttr } from '../ops/attribute.js';
import { defNew, hexId } from './object.js';
import { noArgs, parseArgs } from './args.js';
import { readItem, writeItem, formatChar, isByteFormat } from './memoryview_items.js';
import { memoryviewCast } from './memoryview_cast.js';
import type { VM } from '../vm.js';

/** The view, checked not to be released. */
export function view(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.released) throw valueError('operation forbidden on released memoryview object');
  return m;
}

function isExporter(o: PyObject): o is PyObj & BufferExporter {
  return o instanceof PyObj && bufferBytes(o) !== undefined;
}

/** A view of any bytes-like object (itself when it is one), or undefined. */
function asView(o: PyObject): PyMemoryView | undefined {
  if (o instanceof PyMemoryView) return view(o);
  return isExporter(o) ? viewOf(o) : undefined;
}

/** One index along dimension `dim` (0-based), negative counted from the end. */
function dimIndex(vm: VM, m: PyMemoryView, key: PyObject, dim: number): number {
  const i0 = index(vm, key, () => 'memoryview: invalid slice key');
  let i = typeof i0 === 'bigint' ? Number(i0) : i0;
  const n = m.shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(`index out of bounds on dimension ${dim + 1}`);
  return i;
}

const isIntLike = (o: PyObject): boolean =>
  typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean' || typeOf(o).lookup('__index__') !== undefined;

const isIndexKey = (o: PyObject): boolean => !(o instanceof PySlice) && !(o instanceof PyTuple) && o !== Ellipsis;

/** The byte offset of the single item `key` names, or undefined when the key is not an item's. */
function itemAt(vm: VM, m: PyMemoryView, key: PyObject, writing: boolean): number | undefined {
  if (m.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return m.offset;
    if (key === Ellipsis) return undefined;
    throw typeError('invalid indexing of 0-dim memory');
  }
  if (key instanceof PyTuple) {
    const keys = key.items;
    if (keys.every(isIndexKey)) {
      if (keys.length < m.ndim) throw notImplementedError('sub-views are not implemented');
      if (keys.length > m.ndim) throw typeError(`cannot index ${m.ndim}-dimension view with ${keys.length}-element tuple`);
      let at = m.offset;
      keys.forEach((k, d) => (at += dimIndex(vm, m, k, d) * m.strides[d]));
      return at;
    }
    if (keys.every((k) => k instanceof PySlice)) throw notImplementedError('multi-dimensional slicing is not implemented');
    throw typeError('memoryview: invalid slice key');
  }
  if (key instanceof PySlice || key === Ellipsis) return undefined;
  if (!isIntLike(key)) throw typeError('memoryview: invalid slice key');
  if (m.ndim > 1) throw notImplementedError(writing ? 'sub-views are not implemented' : 'multi-dimensional sub-views are not implemented');
  return m.offset + dimIndex(vm, m, key, 0) * m.strides[0];
}

/** m[a:b:c]: the first dimension sliced, the bytes shared. */
function sliced(vm: VM, m: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, , step, count] = sliceIndices(vm, s, m.shape[0]);
  const shape = [count, ...m.shape.slice(1)];
  const strides = [m.strides[0] * step, ...m.strides.slice(1)];
  return new PyMemoryView(m.obj, m.offset + start * m.strides[0], m.format, m.itemsize, shape, strides, m.frozen);
}

/** The items as nested lists, one level per dimension (the item itself for 0 dimensions). */
function tolist(m: PyMemoryView): PyObject {
  const data = m.data;
  const walk = (d: number, at: number): PyObject => {
    if (d === m.ndim) return readItem(data, at, m.format);
    const items: PyObject[] = [];
    for (let i = 0; i < m.shape[d]; i++) items.push(walk(d + 1, at + i * m.strides[d]));
    return new PyList(items);
  };
  return walk(0, m.offset);
}

/** The items in C order, flat. */
function flatItems(m: PyMemoryView): PyObject[] {
  const data = m.data;
  return m.itemOffsets().map((at) => readItem(data, at, m.format));
}

/** Two items equal as struct.unpack would give them: numbers by value, 'c' items by their byte. */
function itemsEqual(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyBytes || b instanceof PyBytes) return a instanceof PyBytes && b instanceof PyBytes && a.data[0] === b.data[0];
  const num = (x: PyObject): number | bigint => (x instanceof PyFloat ? x.value : typeof x === 'boolean' ? Number(x) : (x as number | bigint));
  const x = num(a);
  const y = num(b);
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (typeof x === 'number' && !Number.isInteger(x)) return false;
    if (typeof y === 'number' && !Number.isInteger(y)) return false;
    return BigInt(x) === BigInt(y);
  }
  return x === y;
}

function viewsEqual(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.ndim !== b.ndim || a.shape.some((n, d) => n !== b.shape[d])) return false;
  // Same byte format: compare the bytes (as CPython, so a NaN in a 'B'-cast view compares as bytes).
  if (formatChar(a.format) === formatChar(b.format) && formatChar(a.format) !== 'f' && formatChar(a.format) !== 'd') {
    const x = a.exportBytes();
    const y = b.exportBytes();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  const xs = flatItems(a);
  const ys = flatItems(b);
  return xs.every((x, i) => itemsEqual(x, ys[i]));
}

export function installMemoryviewMethods(): void {
  installMemoryIteratorMethods();
  const t = memoryviewType;
  defNew(t, (vm, args, kwargs) => {
    const [o] = parseArgs('memoryview', args, kwargs, { names: ['object'], required: 1 });
    if (o instanceof PyMemoryView) {
      const m = view(o);
      return new PyMemoryView(m.obj, m.offset, m.format, m.itemsize, m.shape, m.strides, m.frozen);
    }
    if (isExporter(o!)) return viewOf(o as PyObj & BufferExporter);
    throw typeError(`memoryview: a bytes-like object is required, not '${typeName(o!)}'`);
  });
  defMethod(t, '__len__', (vm, args) => {
    const m = view(args[0]);
    return m.ndim === 0 ? 1 : m.shape[0];
  });
  defMethod(t, '__getitem__', (vm, args) => {
    const m = view(args[0]);
    const key = args[1];
    const at = itemAt(vm, m, key, false);
    if (at !== undefined) return readItem(m.data, at, m.format);
    if (key instanceof PySlice) return sliced(vm, m, key);
    return m; // m[...]
  });
  defMethod(t, '__setitem__', (vm, args) => {
    const m = view(args[0]);
    if (m.readonly) throw typeError('cannot modify read-only memory');
    const key = args[1];
    const at = itemAt(vm, m, key, true);
    if (at !== undefined) {
      writeItem(vm, m.data, at, m.format, args[2]);
      return None;
    }
    if (m.ndim !== 1) throw notImplementedError('memoryview slice assignments are currently restricted to ndim = 1');
    const dest = key instanceof PySlice ? sliced(vm, m, key) : m;
    const src = asView(args[2]);
    if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeName(args[2])}'`);
    if (formatChar(src.format) !== formatChar(dest.format) || src.ndim !== 1 || src.shape[0] !== dest.shape[0]) {
      throw valueError('memoryview assignment: lvalue and rvalue have different structures');
    }
    const bytes = src.exportBytes();
    const data = dest.data;
    let j = 0;
    for (const off of dest.itemOffsets()) {
      data.set(bytes.subarray(j, j + dest.itemsize), off);
      j += dest.itemsize;
    }
    return None;
  });
  defMethod(t, '__delitem__', (vm, args) => {
    const m = view(args[0]);
    throw typeError(m.readonly ? 'cannot modify read-only memory' : 'cannot delete memory');
  });
  defMethod(t, 'toreadonly', (vm, args, kwargs) => {
    noArgs('memoryview.toreadonly', args, kwargs);
    const m = view(args[0]);
    return new PyMemoryView(m.obj, m.offset, m.format, m.itemsize, m.shape, m.strides, true);
  });
  defMethod(t, '__iter__', (vm, args) => {
    const m = view(args[0]);
    if (m.ndim === 0) throw typeError('invalid indexing of 0-dim memory');
    if (m.ndim > 1) throw notImplementedError('multi-dimensional sub-views are not implemented');
    return new PyMemoryIterator(m);
  });
  defMethod(t, 'tobytes', (vm, args, kwargs) => {
    const [order] = parseArgs('tobytes', args, kwargs, { names: ['order'] });
    const m = view(args[0]);
    if (order !== undefined && order !== None) {
      const o = strVal(order);
      if (o === undefined) throw typeError(`tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
      if (o !== 'C' && o !== 'F' && o !== 'A') throw valueError("order must be 'C', 'F' or 'A'");
      if (o === 'F' && m.ndim > 1) return new PyBytes(fortranBytes(m));
    }
    return new PyBytes(m.exportBytes());
  });
  defMethod(t, 'tolist', (vm, args, kwargs) => {
    noArgs('memoryview.tolist', args, kwargs);
    return tolist(view(args[0]));
  });
  defMethod(t, 'hex', (vm, args, kwargs) => {
    const bytes = new PyBytes(view(args[0]).exportBytes());
    return call(vm, getAttr(vm, bytes, 'hex'), args.slice(1), kwargs);
  });
  defMethod(t, 'cast', memoryviewCast);
  defMethod(t, 'release', (vm, args, kwargs) => {
    noArgs('memoryview.release', args, kwargs);
    releaseView(args[0] as PyMemoryView);
    return None;
  });
  defMethod(t, '__enter__', (vm, args) => pinView(view(args[0])));
  defMethod(t, '__exit__', (vm, args) => {
    releaseView(args[0] as PyMemoryView);
    return None;
  });
  const eq = (vm: VM, a: PyMemoryView, b: PyObject): boolean | typeof NotImplemented => {
    if (a === b) return true;
    const other = b instanceof PyMemoryView ? b : isExporter(b) ? viewOf(b) : undefined;
    if (other === undefined) return NotImplemented;
    // A released view equals only itself.
    if (a.released || other.released) return false;
    return viewsEqual(a, other);
  };
  defMethod(t, '__eq__', (vm, args) => eq(vm, args[0] as PyMemoryView, args[1]));
  defMethod(t, '__ne__', (vm, args) => {
    const r = eq(vm, args[0] as PyMemoryView, args[1]);
    return r === NotImplemented ? r : !r;
  });
  defMethod(t, '__hash__', (vm, args) => {
    const m = view(args[0]);
    if (!m.readonly) throw valueError('cannot hash writable memoryview object');
    if (!isByteFormat(m.format)) throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    // A read-only view hashes only if its object does (a bytearray's or an array's does not).
    if (!(m.obj instanceof PyBytes)) pyHash(vm, m.obj);
    return pyHash(vm, new PyBytes(m.exportBytes()));
  });
  defMethod(t, '__repr__', (vm, args) => `<${(args[0] as PyMemoryView).released ? 'released ' : ''}memory at ${hexId(args[0])}>`);
  defGetter(t, 'obj', (vm, o) => view(o).obj);
  defGetter(t, 'nbytes', (vm, o) => view(o).nbytes);
  defGetter(t, 'readonly', (vm, o) => view(o).readonly);
  defGetter(t, 'itemsize', (vm, o) => view(o).itemsize);
  defGetter(t, 'format', (vm, o) => view(o).format);
  defGetter(t, 'ndim', (vm, o) => view(o).ndim);
  defGetter(t, 'shape', (vm, o) => newTuple([...view(o).shape]));
  defGetter(t, 'strides', (vm, o) => newTuple([...view(o).strides]));
  defGetter(t, 'suboffsets', (vm, o) => (view(o), newTuple([])));
  defGetter(t, 'c_contiguous', (vm, o) => view(o).cContiguous);
  defGetter(t, 'f_contiguous', (vm, o) => view(o).fContiguous);
  defGetter(t, 'contiguous', (vm, o) => view(o).cContiguous || view(o).fContiguous);
}

/** tobytes('F'): the items with the first index varying fastest. */
function fortranBytes(m: PyMemoryView): Uint8Array {
  const data = m.data;
  const out = new Uint8Array(m.nbytes);
  let j = 0;
  const walk = (d: number, at: number): void => {
    if (d < 0) {
      out.set(data.subarray(at, at + m.itemsize), j);
      j += m.itemsize;
      return;
    }
    for (let i = 0; i < m.shape[d]; i++) walk(d - 1, at + i * m.strides[d]);
  };
  walk(m.ndim - 1, m.offset);
  return out;
}

/**
 * memoryview.__enter__: the `with` statement holds the view until its __exit__, so its export
 * is certain (PyByteArray.pinnedViews, PyArray's): resizing the object meanwhile is a BufferError.
 */
function pinView(m: PyMemoryView): PyMemoryView {
  if (!m.pinned && isResizable(m.obj)) {
    m.pinned = true;
    m.obj.pinnedViews++;
  }
  return m;
}

function releaseView(m: PyMemoryView): void {
  m.released = true;
  if (m.pinned) {
    m.pinned = false;
    (m.obj as unknown as Resizable).pinnedViews--;
  }
}

/** An exporter that can change size (bytearray, array.array): it counts its pinned views. */
interface Resizable {
  pinnedViews: number;
}

function isResizable(o: object): o is Resizable {
  return o instanceof PyByteArray || typeof (o as Partial<Resizable>).pinnedViews === 'number';
}
