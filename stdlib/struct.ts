// The _struct module (imported as struct too): pack, unpack, calcsize, iter_unpack, pack_into,
// unpack_from, the Struct type and its unpack_iterator, over struct_format.ts and struct_pack.ts.
//
// Buffers are bytes, bytearray, memoryview and array.array; pack_into writes into a bytearray.
// As CPython, the module-level functions keep the Structs of recent formats in a cache, keyed
// by the format object (so an unhashable format fails as a dict key would).

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyBytes, PyByteArray, bufferBytes } from '../vm/objects/bytes.js';
import { writableBytes } from '../vm/objects/memoryview.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { PyList } from '../vm/objects/list.js';
import { PyType, makeNativeType } from '../vm/objects/type.js';
import { None } from '../vm/objects/singletons.js';
import { builtin, defGetter, defMethod, NativeFn } from '../vm/objects/function.js';
import { typeError, overflowError, stopIteration, newException, MemoryError } from '../vm/objects/exceptions.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { pyHash } from '../vm/ops/hash.js';
import { checkArgCount, noKwargs, oneArg, parseArgs } from '../vm/methods/args.js';
import { newClsArg } from '../vm/methods/list.js';
import { defNew } from '../vm/methods/object.js';
import { encodeString } from '../vm/methods/codecs.js';
import { latin1 } from '../vm/methods/latin1.js';
import { importModule } from '../vm/import.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { parseFormat, structError, structErrorType, type StructLayout } from './struct_format.js';
import { packValues, unpackValues } from './struct_pack.js';

// ---------------------------------------------------------------- formats

/** A format argument (str or bytes, ASCII) parsed; TypeError for anything else. */
function layoutOf(format: PyObject): StructLayout {
  let bytes: Uint8Array;
  if (typeof format === 'string') bytes = encodeString(format, 'ascii');
  else if (format instanceof PyBytes) bytes = format.data;
  else throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(format)}`);
  if (bytes.includes(0)) throw structError('embedded null character');
  return parseFormat(bytes);
}

const CACHE_LIMIT = 100;
/** The cache, by str format and by bytes format (its bytes as a latin-1 str). */
const strCache = new Map<string, StructLayout>();
const bytesCache = new Map<string, StructLayout>();

/** The layout for a module-level function's format, through the cache. */
function cachedLayout(vm: VM, format: PyObject): StructLayout {
  let table: Map<string, StructLayout>;
  let key: string;
  if (typeof format === 'string') {
    table = strCache;
    key = format;
  } else if (format instanceof PyBytes) {
    table = bytesCache;
    key = latin1(format.data);
  } else {
    pyHash(vm, format); // unhashable formats fail here, as the key of CPython's cache dict
    return layoutOf(format);
  }
  let layout = table.get(key);
  if (layout === undefined) {
    layout = layoutOf(format);
    if (strCache.size + bytesCache.size >= CACHE_LIMIT) clearCache();
    table.set(key, layout);
  }
  return layout;
}

function clearCache(): void {
  strCache.clear();
  bytesCache.clear();
}

// ---------------------------------------------------------------- buffers and offsets

function readable(o: PyObject): Uint8Array {
  const data = bufferBytes(o);
  if (data !== undefined) return data;
  throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
}

function writable(o: PyObject): Uint8Array {
  const data = writableBytes(o);
  if (data !== undefined) return data;
  throw typeError(`argument must be read-write bytes-like object, not ${argTypeName(o)}`);
}

/** A Py_ssize_t offset argument. */
function offsetArg(vm: VM, o: PyObject | undefined): number {
  if (o === undefined) return 0;
  const n = index(vm, o);
  if (typeof n === 'bigint') {
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(n);
  }
  return n;
}

/** Past this a bytes object's size overflows with its header (PyBytes_FromStringAndSize's check). */
const BYTES_SIZE_MAX = 2n ** 63n - 1n - 33n;

/** The size of a layout that fits in memory (a bigint size cannot be allocated). */
function sizeOf(layout: StructLayout): number {
  const size = layout.size;
  if (typeof size === 'number') return size;
  throw size > BYTES_SIZE_MAX ? overflowError('byte string is too large') : newException(MemoryError);
}

/**
 * Where a layout of `size` bytes starts in a buffer of `length` for a (possibly negative)
 * offset, with CPython's messages for pack_into (`packing`) and unpack_from.
 */
function placeAt(layout: StructLayout, offset: number, length: number, packing: boolean): number {
  const size = layout.size;
  if (offset < 0) {
    if (offset + Number(size) > 0) {
      throw structError(packing ? `no space to pack ${size} bytes at offset ${offset}` : `not enough data to unpack ${size} bytes at offset ${offset}`);
    }
    if (offset + length < 0) throw structError(`offset ${offset} out of range for ${length}-byte buffer`);
    offset += length;
  }
  if (length - offset < size) {
    const need = typeof size === 'bigint' ? size + BigInt(offset) : size + offset;
    throw structError(packing
      ? `pack_into requires a buffer of at least ${need} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${length})`
      : `unpack_from requires a buffer of at least ${need} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${length})`);
  }
  return offset;
}

// ---------------------------------------------------------------- the operations

function pack(vm: VM, layout: StructLayout, args: PyObject[], first: number): PyBytes {
  const given = args.length - first;
  if (given !== layout.nvalues) throw structError(`pack expected ${layout.nvalues} items for packing (got ${given})`);
  const out = new Uint8Array(sizeOf(layout));
  packValues(vm, layout, out, 0, args, first);
  return new PyBytes(out);
}

/** pack_into(buffer, offset, *values): args[first] is the buffer. */
function packInto(vm: VM, layout: StructLayout, args: PyObject[], first: number): PyObject {
  if (args.length - first < 1) throw structError('pack_into expected buffer argument');
  if (args.length - first < 2) throw structError('pack_into expected offset argument');
  const given = args.length - first - 2;
  if (given !== layout.nvalues) throw structError(`pack_into expected ${layout.nvalues} items for packing (got ${given})`);
  const data = writable(args[first]);
  const at = placeAt(layout, offsetArg(vm, args[first + 1]), data.length, true);
  packValues(vm, layout, data, at, args, first + 2);
  return None;
}

function unpack(layout: StructLayout, buffer: PyObject): PyTuple {
  const data = readable(buffer);
  if (data.length !== layout.size) throw structError(`unpack requires a buffer of ${layout.size} bytes`);
  return newTuple(unpackValues(layout, data, 0));
}

function unpackFrom(vm: VM, layout: StructLayout, buffer: PyObject, offset: PyObject | undefined): PyTuple {
  const data = readable(buffer);
  const at = placeAt(layout, offsetArg(vm, offset), data.length, false);
  return newTuple(unpackValues(layout, data, at));
}

// ---------------------------------------------------------------- unpack_iterator

const unpackIteratorType = makeNativeType('_struct.unpack_iterator', undefined, { allocate: null });

class PyUnpackIterator extends PyObj {
  private pos = 0;
  /** The layout's size (a bigint one is larger than any buffer: the iterator is empty). */
  private readonly size: number;

  constructor(readonly layout: StructLayout, readonly buffer: PyObject) {
    super(unpackIteratorType);
    this.size = Number(layout.size);
  }

  /**
   * The buffer's current bytes: a bytearray changed meanwhile is seen changed, as through
   * CPython's buffer view; a memoryview's are its own slice of what it views, not all of it.
   */
  private get data(): Uint8Array {
    return readable(this.buffer);
  }

  next(): PyTuple | null {
    const data = this.data;
    if (this.pos + this.size > data.length) return null;
    const t = newTuple(unpackValues(this.layout, data, this.pos));
    this.pos += this.size;
    return t;
  }

  remaining(): number {
    return Math.max(0, Math.floor((this.data.length - this.pos) / this.size));
  }
}

function iterUnpack(layout: StructLayout, buffer: PyObject): PyUnpackIterator {
  if (layout.size === 0) throw structError('cannot iteratively unpack with a struct of length 0');
  const data = readable(buffer);
  if (data.length % Number(layout.size) !== 0) {
    throw structError(`iterative unpacking requires a buffer of a multiple of ${layout.size} bytes`);
  }
  return new PyUnpackIterator(layout, buffer);
}

defMethod(unpackIteratorType, '__iter__', (_vm, args) => args[0]);
defMethod(unpackIteratorType, '__next__', (_vm, args) => {
  const t = (args[0] as PyUnpackIterator).next();
  if (t === null) throw stopIteration();
  return t;
});
defMethod(unpackIteratorType, '__length_hint__', (_vm, args) => (args[0] as PyUnpackIterator).remaining());

// ---------------------------------------------------------------- Struct

/** An empty format until __init__ runs (Struct.__new__ alone). */
const EMPTY_LAYOUT = parseFormat(new Uint8Array(0));

export const structType: PyType = makeNativeType('_struct.Struct', undefined, { allocate: (cls) => new PyStruct(cls) });

class PyStruct extends PyObj {
  layout: StructLayout = EMPTY_LAYOUT;
}

const layoutOfSelf = (args: PyObject[]) => (args[0] as PyStruct).layout;

defNew(structType, (_vm, args) => {
  const cls = newClsArg(args, structType);
  return cls.allocate!(cls);
});
defMethod(structType, '__init__', (_vm, args, kwargs) => {
  const [format] = parseArgs('Struct', args, kwargs, { names: ['format'], required: 1 });
  (args[0] as PyStruct).layout = layoutOf(format!);
  return None;
});
defGetter(structType, 'format', (_vm, self) => (self as PyStruct).layout.format);
defGetter(structType, 'size', (_vm, self) => (self as PyStruct).layout.size);
defMethod(structType, 'pack', (vm, args, kwargs) => {
  noKwargs('Struct.pack', kwargs);
  return pack(vm, layoutOfSelf(args), args, 1);
});
defMethod(structType, 'pack_into', (vm, args, kwargs) => {
  noKwargs('Struct.pack_into', kwargs);
  return packInto(vm, layoutOfSelf(args), args, 1);
});
defMethod(structType, 'unpack', (_vm, args, kwargs) => unpack(layoutOfSelf(args), oneArg('Struct.unpack', args, kwargs)));
defMethod(structType, 'unpack_from', (vm, args, kwargs) => {
  const [buffer, offset] = parseArgs('unpack_from', args, kwargs, { names: ['buffer', 'offset'], required: 1 });
  return unpackFrom(vm, layoutOfSelf(args), buffer!, offset);
});
defMethod(structType, 'iter_unpack', (_vm, args, kwargs) => iterUnpack(layoutOfSelf(args), oneArg('Struct.iter_unpack', args, kwargs)));

// ---------------------------------------------------------------- the module's functions

const struct_pack: NativeFn = (vm, args, kwargs) => {
  noKwargs('_struct.pack', kwargs);
  if (args.length === 0) throw typeError('missing format argument');
  return pack(vm, cachedLayout(vm, args[0]), args, 1);
};

const struct_pack_into: NativeFn = (vm, args, kwargs) => {
  noKwargs('_struct.pack_into', kwargs);
  if (args.length === 0) throw typeError('missing format argument');
  return packInto(vm, cachedLayout(vm, args[0]), args, 1);
};

const struct_unpack: NativeFn = (vm, args, kwargs) => {
  noKwargs('_struct.unpack', kwargs);
  checkArgCount('unpack', args, 2, 2, 0);
  return unpack(cachedLayout(vm, args[0]), args[1]);
};

const struct_unpack_from: NativeFn = (vm, args, kwargs) => {
  const [format, buffer, offset] = parseArgs('unpack_from', args, kwargs, { names: ['format', 'buffer', 'offset'], required: 2, posOnly: 1 }, 0);
  return unpackFrom(vm, cachedLayout(vm, format!), buffer!, offset);
};

const struct_iter_unpack: NativeFn = (vm, args, kwargs) => {
  noKwargs('_struct.iter_unpack', kwargs);
  checkArgCount('iter_unpack', args, 2, 2, 0);
  return iterUnpack(cachedLayout(vm, args[0]), args[1]);
};

const struct_calcsize: NativeFn = (vm, args, kwargs) => cachedLayout(vm, oneArg('_struct.calcsize', args, kwargs, 0)).size;

const FUNCTIONS: [string, NativeFn][] = [
  ['pack', struct_pack], ['unpack', struct_unpack], ['calcsize', struct_calcsize], ['iter_unpack', struct_iter_unpack],
  ['pack_into', struct_pack_into], ['unpack_from', struct_unpack_from],
  ['_clearcache', (_vm, args, kwargs) => {
    checkArgCount('_clearcache', args, 0, 0, 0);
    noKwargs('_clearcache', kwargs);
    clearCache();
    return None;
  }],
];

export const init__struct: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Packing values into bytes and back, as C structs lay them out (the struct module).');
  for (const [name, fn] of FUNCTIONS) d.setStr(name, builtin(name, fn, '_struct'));
  d.setStr('Struct', structType);
  d.setStr('error', structErrorType);
};

/** The names `from struct import *` gives, as CPython's struct.py lists them. */
const STRUCT_ALL = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error'];

/** struct: _struct's names (CPython's struct.py is a `from _struct import *` with __all__). */
export const init_struct: ModuleInit = (vm, m) => {
  const d = m.dict;
  const impl = importModule(vm, '_struct', null);
  d.setStr('__doc__', impl.dict.getStr('__doc__')!);
  d.setStr('__all__', new PyList([...STRUCT_ALL]));
  for (const name of [...STRUCT_ALL, '_clearcache']) d.setStr(name, impl.dict.getStr(name)!);
};
