// The marshal module: CPython's serialisation format (version 4) for None, bools, ints,
// floats, str, bytes, tuples, lists, dicts, sets and frozensets, read and written byte for byte.
//
// Layout of a record: one type byte (bit 0x80 = FLAG_REF: "remember this object, later
// records may point back at it with TYPE_REF <index>"), then the payload. References are
// numbered in the order their objects start (pre-order), on both the writing and reading side.
//
// Code objects (TYPE_CODE) are written in tpy's own layout, as CPython's are in its own (a
// .pyc is for one interpreter version): the fields of vm/code.ts's CodeInit. Only tpy's cache
// of compiled library modules (stdlib/lib_cache.ts) asks for them; the marshal module refuses
// code objects both ways, since bytecode from outside that cache is not checked.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyFloat, floatType } from '../vm/objects/float.js';
import { PyComplex, complexType } from '../vm/objects/complex.js';
import { PyBytes, PyByteArray } from '../vm/objects/bytes.js';
import { PyTuple, tupleType, emptyTuple } from '../vm/objects/tuple.js';
import { PyList, listType } from '../vm/objects/list.js';
import { PyDict, dictType } from '../vm/objects/dict.js';
import { PySetBase, newSet, newFrozenSet, setType, frozensetType } from '../vm/objects/set.js';
import { None, Ellipsis } from '../vm/objects/singletons.js';
import { normInt } from '../vm/objects/int.js';
import { builtin, NativeFn } from '../vm/objects/function.js';
import { newException, typeError, valueError, EOFError, StopIteration } from '../vm/objects/exceptions.js';
import { decodeBytes, encodeString } from '../vm/methods/codecs.js';
import { parseFloatText } from '../vm/methods/float.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import { typeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import { getAttr } from '../vm/ops/attribute.js';
import { call } from '../vm/ops/call.js';
import type { ModuleInit, VM } from '../vm/vm.js';
import { Code } from '../vm/code.js';

enum T {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  INT64 = 0x49, // 'I' (read only: no longer written)
  FLOAT = 0x66, // 'f' (text, versions 0 and 1)
  BINARY_FLOAT = 0x67, // 'g'
  COMPLEX = 0x78, // 'x'
  BINARY_COMPLEX = 0x79, // 'y'
  LONG = 0x6c, // 'l'
  STRING = 0x73, // 's' (bytes)
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SMALL_TUPLE = 0x29, // ')'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}

const FLAG_REF = 0x80;
const MAX_DEPTH = 2000;
/** marshal.version: the format written by default. */
export const MARSHAL_VERSION = 4;

const eofError = (msg: string) => newException(EOFError, msg);
const badData = (what: string) => valueError(`bad marshal data (${what})`);

// ---------------------------------------------------------------- writing

/** A growable byte buffer. */
class ByteWriter {
  private buf = new Uint8Array(64);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.buf.subarray(0, this.length));
    this.buf = bigger;
    this.view = new DataView(bigger.buffer);
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.length++] = b;
  }

  int32(v: number): void {
    this.room(4);
    this.view.setInt32(this.length, v, true);
    this.length += 4;
  }

  float64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** CPython interns identifier-like string constants; tpy has no interning, so this is the rule it follows. */
const looksInterned = (s: string) => /^[A-Za-z0-9_]*$/.test(s);
const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

/**
 * Which objects get FLAG_REF. CPython flags every object whose reference count is above
 * one, which tpy cannot see; it approximates it so that what it writes for profile data
 * matches CPython byte for byte: strings and small ints (shared in CPython) always, the
 * top-level object always (it is normally held by a variable), other objects when they
 * occur more than once in the value being written.
 */
class RefPolicy {
  private seen = new Map<PyObj, number>();

  constructor(root: PyObject) {
    this.count(root);
  }

  /** Counts how often each object occurs, walking containers the first time they are met. */
  private count(root: PyObject): void {
    const open: PyObject[][] = [[root]];
    const next: number[] = [0];
    while (open.length > 0) {
      const items = open[open.length - 1];
      const i = next[next.length - 1];
      if (i === items.length) {
        open.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const o = items[i];
      if (!(o instanceof PyObj)) continue;
      const n = this.seen.get(o) ?? 0;
      this.seen.set(o, n + 1);
      if (n > 0) continue;
      let inside: PyObject[] | null = null;
      if (o instanceof PyTuple || o instanceof PyList) inside = o.items;
      else if (o instanceof PyDict) {
        inside = [];
        for (const [k, v] of o.entries()) inside.push(k, v);
      } else if (o instanceof PySetBase) inside = o.toArray();
      else if (o instanceof Code) inside = o.co_consts; // constants shared between code objects stay shared
      if (inside !== null && inside.length > 0) {
        open.push(inside);
        next.push(0);
      }
    }
  }

  shared(o: PyObject): boolean {
    if (typeof o === 'string') return true;
    if (typeof o === 'number') return o >= -5 && o <= 256;
    if (o instanceof PyObj) return (this.seen.get(o) ?? 0) > 1;
    return false;
  }
}

class MarshalWriter {
  readonly out = new ByteWriter();
  /** Object (or, for str and small ints, value) -> its reference index. */
  private refs = new Map<PyObject, number>();
  private policy: RefPolicy | null;

  constructor(private version: number, root: PyObject, private withCode: boolean) {
    this.policy = version >= 3 ? new RefPolicy(root) : null;
  }

  /**
   * Writes `root` and everything inside it. The traversal keeps its own stack (a list of
   * objects still to write, with their depths) so that nesting is bounded by MAX_DEPTH,
   * as in CPython, and never by JavaScript's call stack.
   */
  writeRoot(root: PyObject): void {
    const first = this.writeOne(root, true);
    if (first === null) return;
    // Containers being written: their items, the next one to write, and whether a NULL ends them.
    const open: { items: PyObject[]; next: number; dict: boolean }[] = [{ items: first.items, next: 0, dict: first.dict }];
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top.next === top.items.length) {
        open.pop();
        if (top.dict) this.out.byte(T.NULL);
        continue;
      }
      const o = top.items[top.next++];
      if (open.length + 1 > MAX_DEPTH) throw valueError('object too deeply nested to marshal');
      const inside = this.writeOne(o, false);
      if (inside !== null) open.push({ items: inside.items, next: 0, dict: inside.dict });
    }
  }

  /** Writes one object's record, or its header for a container; returns the items still to write. */
  private writeOne(o: PyObject, root: boolean): { items: PyObject[]; dict: boolean } | null {
    const w = this.out;
    if (o === None) w.byte(T.NONE);
    else if (o === StopIteration) w.byte(T.STOPITER);
    else if (o === Ellipsis) w.byte(T.ELLIPSIS);
    else if (o === false) w.byte(T.FALSE);
    else if (o === true) w.byte(T.TRUE);
    else {
      let flag = 0;
      if (this.policy !== null && (root || this.policy.shared(o))) {
        const at = this.refs.get(o);
        if (at !== undefined) {
          w.byte(T.REF);
          w.int32(at);
          return null;
        }
        this.refs.set(o, this.refs.size);
        flag = FLAG_REF;
      }
      return this.writeValue(o, flag);
    }
    return null;
  }

  private writeValue(o: PyObject, flag: number): { items: PyObject[]; dict: boolean } | null {
    const w = this.out;
    if (typeof o === 'number' || typeof o === 'bigint') {
      if (typeof o === 'number' && o >= -0x80000000 && o <= 0x7fffffff) {
        w.byte(T.INT | flag);
        w.int32(o);
      } else this.writeLong(BigInt(o), flag);
    } else if (typeof o === 'string') {
      this.writeStr(o, flag);
    } else if (o instanceof PyFloat && o.cls === floatType) {
      if (this.version > 1) {
        w.byte(T.BINARY_FLOAT | flag);
        w.float64(o.value);
      } else {
        const text = new TextEncoder().encode(floatReprG17(o.value));
        w.byte(T.FLOAT | flag);
        w.byte(text.length);
        w.bytes(text);
      }
    } else if (o instanceof PyComplex && o.cls === complexType) {
      if (this.version > 1) {
        w.byte(T.BINARY_COMPLEX | flag);
        w.float64(o.real);
        w.float64(o.imag);
      } else {
        w.byte(T.COMPLEX | flag);
        for (const part of [o.real, o.imag]) {
          const text = new TextEncoder().encode(floatReprG17(part));
          w.byte(text.length);
          w.bytes(text);
        }
      }
    } else if (o instanceof PyTuple && o.cls === tupleType) {
      const n = o.items.length;
      if (this.version >= 4 && n < 256) {
        w.byte(T.SMALL_TUPLE | flag);
        w.byte(n);
      } else {
        w.byte(T.TUPLE | flag);
        w.int32(n);
      }
      return { items: o.items, dict: false };
    } else if (o instanceof PyList && o.cls === listType) {
      w.byte(T.LIST | flag);
      w.int32(o.items.length);
      return { items: o.items.slice(), dict: false };
    } else if (o instanceof PyDict && o.cls === dictType) {
      w.byte(T.DICT | flag);
      const items: PyObject[] = [];
      for (const [k, v] of o.entries()) items.push(k, v);
      return { items, dict: true };
    } else if (o instanceof PySetBase && (o.cls === setType || o.cls === frozensetType)) {
      w.byte((o.cls === setType ? T.SET : T.FROZENSET) | flag);
      w.int32(o.size);
      return { items: o.toArray(), dict: false };
    } else if (o instanceof Code && this.withCode) {
      return this.writeCode(o, flag);
    } else if (o instanceof PyBytes || o instanceof PyByteArray) {
      // Any buffer is written as bytes (a bytearray loads back as bytes), as in CPython.
      w.byte(T.STRING | flag);
      w.int32(o.data.length);
      w.bytes(o.data);
    } else {
      throw valueError('unmarshallable object');
    }
    return null;
  }

  /** TYPE_CODE in tpy's layout: CODE_INTS as int32s, then the CODE_FIELDS records. */
  private writeCode(c: Code, flag: number): { items: PyObject[]; dict: boolean } {
    const w = this.out;
    w.byte(T.CODE | flag);
    for (const v of [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_stacksize, c.co_flags, c.co_firstlineno]) w.int32(v);
    const strs = (a: string[]) => new PyTuple(a.slice());
    const raw = (a: Int32Array) => new PyBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength).slice());
    const items: PyObject[] = [
      new PyBytes(c.co_code), new PyTuple(c.co_consts.slice()), strs(c.co_names), strs(c.co_varnames),
      strs(c.co_freevars), strs(c.co_cellvars), c.co_filename, c.co_name, c.co_qualname,
      raw(c.lines), raw(c.positions), c.hasDocstring,
    ];
    return { items, dict: false };
  }

  /** TYPE_LONG: a signed count of 15-bit digits, least significant first. */
  private writeLong(v: bigint, flag: number): void {
    const w = this.out;
    const digits: number[] = [];
    for (let a = v < 0n ? -v : v; a > 0n; a >>= 15n) digits.push(Number(a & 0x7fffn));
    w.byte(T.LONG | flag);
    w.int32(v < 0n ? -digits.length : digits.length);
    for (const d of digits) {
      w.byte(d & 0xff);
      w.byte(d >> 8);
    }
  }

  private writeStr(s: string, flag: number): void {
    const w = this.out;
    const interned = looksInterned(s);
    if (this.version >= 4 && isAscii(s)) {
      const data = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) data[i] = s.charCodeAt(i);
      if (s.length < 256) {
        w.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | flag);
        w.byte(s.length);
      } else {
        w.byte((interned ? T.ASCII_INTERNED : T.ASCII) | flag);
        w.int32(s.length);
      }
      w.bytes(data);
      return;
    }
    const data = encodeString(s, 'utf-8', 'surrogatepass');
    w.byte((interned && this.version >= 1 ? T.INTERNED : T.UNICODE) | flag);
    w.int32(data.length);
    w.bytes(data);
  }
}

/** repr(x) with 17 significant digits in C's %g style ('g' format of the version 0/1 text floats). */
function floatReprG17(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mant, expText] = x.toExponential(16).split('e');
  const exp = Number(expText);
  const sign = mant.startsWith('-') ? '-' : '';
  const digits = mant.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
  if (exp < -4 || exp >= 17) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return sign + intPart + (frac ? '.' + frac : '');
}

/** `withCode`: code objects are written too (tpy's own cache of compiled modules only). */
export function marshalDumps(_vm: VM, value: PyObject, version = MARSHAL_VERSION, withCode = false): Uint8Array {
  const wr = new MarshalWriter(version, value, withCode);
  wr.writeRoot(value);
  return wr.out.result();
}

// ---------------------------------------------------------------- reading

/** A container read from the stream whose items are still arriving. */
class OpenContainer {
  /** A dict's key waiting for its value. */
  private key: PyObject | undefined = undefined;

  constructor(
    readonly kind: 'tuple' | 'list' | 'dict' | 'set' | 'frozenset' | 'code',
    /** The container itself, when it exists before its items (all but frozenset). */
    readonly obj: PyObject | null,
    readonly items: PyObject[],
    /** Items still to read (a dict ends at TYPE_NULL instead). */
    public left: number,
    /** Its reference slot, or -1. */
    readonly slot: number,
    /** A code object's int32 fields (CODE_INTS), read before its records. */
    readonly ints: number[] = [],
    /** The file name a code object gets in place of the one written (CodeOptions). */
    readonly filename = '',
  ) {}

  /** Takes the next item (undefined for TYPE_NULL); true when the container is complete. */
  accept(vm: VM, o: PyObject | undefined): boolean {
    if (this.kind === 'dict') {
      if (o === undefined) return true;
      if (this.key === undefined) {
        this.key = o;
        return false;
      }
      (this.obj as PyDict).set(vm, this.key, o);
      this.key = undefined;
      return false;
    }
    if (o === undefined) throw typeError(`NULL object in marshal data for ${this.kind === 'frozenset' ? 'set' : this.kind === 'code' ? 'object' : this.kind}`);
    if (this.kind === 'set') (this.obj as PySetBase).add(vm, o);
    else this.items.push(o);
    return --this.left === 0;
  }

  finish(vm: VM): PyObject {
    if (this.kind === 'code') return codeFromFields(this.ints, this.items, this.filename);
    return this.obj ?? newFrozenSet(vm, this.items);
  }
}

class MarshalReader {
  pos = 0;
  /** Remembered objects by index; undefined while a container is still being read. */
  private refs: (PyObject | undefined)[] = [];
  private view: DataView;

  constructor(private vm: VM, private data: Uint8Array, private code: CodeOptions | null) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.data.length) throw eofError('marshal data too short');
  }

  private u8(): number {
    this.need(1);
    return this.data[this.pos++];
  }

  /** A one-byte length (r_byte): its absence is EOF in the middle of an object (3.11.2 said 'where object expected'). */
  private lengthByte(): number {
    if (this.pos >= this.data.length) throw eofError('EOF read where not expected');
    return this.data[this.pos++];
  }

  private i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  private take(n: number): Uint8Array {
    this.need(n);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** A size field, with CPython's check on its range. */
  private size(what: string): number {
    const n = this.i32();
    if (n < 0) throw badData(`${what} size out of range`);
    return n;
  }

  /**
   * Reads one object (read_object). Containers are filled from a stack of open ones
   * rather than by recursion, so nesting is bounded by MAX_DEPTH as in CPython, never
   * by JavaScript's call stack.
   */
  readRoot(): PyObject {
    const open: OpenContainer[] = [];
    for (;;) {
      if (this.pos >= this.data.length) throw eofError('EOF read where object expected');
      if (open.length + 1 > MAX_DEPTH) throw valueError('recursion limit exceeded');
      const code = this.u8();
      let r = this.readValue(code & ~FLAG_REF, (code & FLAG_REF) !== 0);
      if (r instanceof OpenContainer) {
        open.push(r);
        continue;
      }
      // Hand the value (undefined for TYPE_NULL) to the containers waiting for it.
      for (;;) {
        const top = open[open.length - 1];
        if (top === undefined) {
          if (r === undefined) throw typeError('NULL object in marshal data for object');
          return r;
        }
        if (!top.accept(this.vm, r)) break;
        open.pop();
        r = this.fill(top.slot, top.finish(this.vm));
      }
    }
  }

  private remember<V extends PyObject>(flag: boolean, o: V): V {
    if (flag) this.refs.push(o);
    return o;
  }

  /** Reserves a reference slot for a container whose items are still to be read. */
  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(undefined);
    return this.refs.length - 1;
  }

  private fill<V extends PyObject>(slot: number, o: V): V {
    if (slot >= 0) this.refs[slot] = o;
    return o;
  }

  /**
   * Starts a container. Those that exist before their items are remembered at once, so a
   * back-reference inside them finds them; a container with no items is complete at once.
   */
  private openOrDone(c: OpenContainer): PyObject | OpenContainer {
    if (c.obj !== null) this.fill(c.slot, c.obj);
    return c.left === 0 ? this.fill(c.slot, c.finish(this.vm)) : c;
  }

  private readValue(type: number, flag: boolean): PyObject | OpenContainer | undefined {
    switch (type) {
      case T.NULL: return undefined;
      case T.NONE: return None;
      case T.FALSE: return false;
      case T.TRUE: return true;
      case T.STOPITER: return StopIteration;
      case T.ELLIPSIS: return Ellipsis;
      case T.INT: return this.remember(flag, this.i32());
      case T.INT64: {
        const lo = BigInt(this.i32() >>> 0);
        const hi = BigInt(this.i32());
        return this.remember(flag, normInt((hi << 32n) | lo));
      }
      case T.LONG: return this.remember(flag, this.readLong());
      case T.FLOAT: {
        const text = oneByteText(this.take(this.lengthByte()));
        return this.remember(flag, new PyFloat(parseFloatText(text)));
      }
      case T.BINARY_FLOAT: {
        this.need(8);
        const v = this.view.getFloat64(this.pos, true);
        this.pos += 8;
        return this.remember(flag, new PyFloat(v));
      }
      case T.COMPLEX: {
        const re = parseFloatText(oneByteText(this.take(this.lengthByte())));
        const im = parseFloatText(oneByteText(this.take(this.lengthByte())));
        return this.remember(flag, new PyComplex(re, im));
      }
      case T.BINARY_COMPLEX: {
        this.need(16);
        const re = this.view.getFloat64(this.pos, true);
        const im = this.view.getFloat64(this.pos + 8, true);
        this.pos += 16;
        return this.remember(flag, new PyComplex(re, im));
      }
      case T.CODE: {
        if (this.code === null) throw badData('code objects are not supported by tpy');
        const ints: number[] = [];
        for (let i = 0; i < CODE_INTS; i++) ints.push(this.i32());
        return new OpenContainer('code', null, [], CODE_FIELDS, this.reserve(flag), ints, this.code.filename);
      }
      case T.STRING: return this.remember(flag, new PyBytes(this.take(this.size('bytes object')).slice()));
      case T.UNICODE: case T.INTERNED: {
        const data = this.take(this.size('string'));
        // DIVERGENCE: CPython decodes with surrogatepass; tpy's decoder lacks it, so lone surrogates are an error.
        return this.remember(flag, decodeBytes(data, 'utf-8'));
      }
      case T.ASCII: case T.ASCII_INTERNED:
        return this.remember(flag, oneByteText(this.take(this.size('string'))));
      case T.SHORT_ASCII: case T.SHORT_ASCII_INTERNED:
        return this.remember(flag, oneByteText(this.take(this.lengthByte())));
      case T.TUPLE: case T.SMALL_TUPLE: {
        const n = type === T.SMALL_TUPLE ? this.lengthByte() : this.size('tuple');
        // The empty tuple is one object, as in CPython (`() is ()`).
        if (n === 0) return this.remember(flag, emptyTuple);
        const t = new PyTuple([]);
        return this.openOrDone(new OpenContainer('tuple', t, t.items, n, this.reserve(flag)));
      }
      case T.LIST: {
        const n = this.size('list');
        const l = new PyList([]);
        return this.openOrDone(new OpenContainer('list', l, l.items, n, this.reserve(flag)));
      }
      case T.DICT: {
        return this.openOrDone(new OpenContainer('dict', new PyDict(), [], -1, this.reserve(flag)));
      }
      case T.SET: case T.FROZENSET: {
        const n = this.size('set');
        // A frozenset is built from its items, so it is only referable once complete.
        const s = type === T.SET ? newSet(this.vm, []) : null;
        return this.openOrDone(new OpenContainer(type === T.SET ? 'set' : 'frozenset', s, [], n, this.reserve(flag)));
      }
      case T.REF: {
        const i = this.i32();
        const o = i >= 0 && i < this.refs.length ? this.refs[i] : undefined;
        if (o === undefined) throw badData('invalid reference');
        return o;
      }
      default:
        throw badData('unknown type code');
    }
  }

  private readLong(): PyObject {
    const n = this.i32();
    if (n < -0x7fffffff || n > 0x7fffffff) throw badData('long size out of range');
    const count = Math.abs(n);
    let v = 0n;
    let last = 0;
    for (let i = 0; i < count; i++) {
      const d = this.u8() | (this.u8() << 8);
      if (d > 0x7fff) throw badData('digit out of range in long');
      v |= BigInt(d) << BigInt(15 * i);
      last = d;
    }
    if (count > 0 && last === 0) throw badData('unnormalized long data');
    return normInt(n < 0 ? -v : v);
  }
}

/**
 * The text of marshal's one-byte strings (ASCII names and constants, float texts): the bytes
 * as code points, without a codec lookup per string (loading a library module reads thousands).
 */
function oneByteText(data: Uint8Array): string {
  if (data.length > 4096) return decodeBytes(data, 'latin-1');
  return String.fromCharCode.apply(null, data as unknown as number[]);
}

/** int32 fields of a code record, and the records that follow them (MarshalWriter.writeCode). */
const CODE_INTS = 7;
const CODE_FIELDS = 12;

/** A code object from its record's fields; anything of the wrong type is bad data. */
function codeFromFields(ints: number[], f: PyObject[], filename: string): Code {
  const bytes = (o: PyObject) => {
    if (!(o instanceof PyBytes)) throw badData('code object');
    return o.data;
  };
  const int32s = (o: PyObject) => {
    const b = bytes(o);
    if (b.length % 4 !== 0) throw badData('code object');
    return new Int32Array(new Uint8Array(b).buffer); // a copy, aligned
  };
  const strs = (o: PyObject) => {
    if (!(o instanceof PyTuple) || !o.items.every((s) => typeof s === 'string')) throw badData('code object');
    return o.items as string[];
  };
  const str = (o: PyObject) => {
    if (typeof o !== 'string') throw badData('code object');
    return o;
  };
  const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno] = ints;
  const consts = f[1];
  if (!(consts instanceof PyTuple) || typeof f[11] !== 'boolean') throw badData('code object');
  return new Code({
    argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, firstlineno,
    code: bytes(f[0]).slice(), consts: consts.items, names: strs(f[2]), varnames: strs(f[3]),
    freevars: strs(f[4]), cellvars: strs(f[5]), filename: (str(f[6]), filename), name: str(f[7]), qualname: str(f[8]),
    lines: int32s(f[9]), positions: int32s(f[10]), hasDocstring: f[11],
  });
}

/**
 * Reading code objects (tpy's own cache of compiled modules only): they are given the
 * file name they are loaded from, as CPython's import fixes co_filename for a moved .pyc.
 */
export interface CodeOptions {
  filename: string;
}

/** `code`: code objects are read too, as CodeOptions says (else they are bad data). */
export function marshalLoads(vm: VM, data: Uint8Array, code: CodeOptions | null = null): { value: PyObject; used: number } {
  const r = new MarshalReader(vm, data, code);
  const value = r.readRoot();
  return { value, used: r.pos };
}

// ---------------------------------------------------------------- the module

function bytesLike(o: PyObject): Uint8Array {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.data;
  throw typeError(`a bytes-like object is required, not '${typeName(o)}'`);
}

function versionArg(vm: VM, o: PyObject | undefined): number {
  if (o === undefined) return MARSHAL_VERSION;
  return Number(index(vm, o));
}

const marshal_dumps: NativeFn = (vm, args, kwargs) => {
  noKwargs('marshal.dumps', kwargs);
  checkArgCount('dumps', args, 1, 2, 0);
  return new PyBytes(marshalDumps(vm, args[0], versionArg(vm, args[1])));
};

const marshal_loads: NativeFn = (vm, args, kwargs) => {
  noKwargs('marshal.loads', kwargs);
  if (args.length !== 1) throw typeError(`marshal.loads() takes exactly one argument (${args.length} given)`);
  return marshalLoads(vm, bytesLike(args[0])).value;
};

const marshal_dump: NativeFn = (vm, args, kwargs) => {
  noKwargs('marshal.dump', kwargs);
  checkArgCount('dump', args, 2, 3, 0);
  const data = marshalDumps(vm, args[0], versionArg(vm, args[2]));
  call(vm, getAttr(vm, args[1], 'write'), [new PyBytes(data)]);
  return None;
};

/**
 * DIVERGENCE: CPython reads just the bytes it needs through readinto(); tpy reads the rest
 * of the file and seeks back over what the object did not use, so consecutive load()
 * calls on one seekable file see the same objects.
 */
const marshal_load: NativeFn = (vm, args, kwargs) => {
  noKwargs('marshal.load', kwargs);
  if (args.length !== 1) throw typeError(`marshal.load() takes exactly one argument (${args.length} given)`);
  const file = args[0];
  const read = getAttr(vm, file, 'read');
  const probe = call(vm, read, [0]);
  if (!(probe instanceof PyBytes)) throw typeError(`file.read() returned not bytes but ${typeName(probe)}`);
  const all = call(vm, read, []);
  if (!(all instanceof PyBytes)) throw typeError(`file.read() returned not bytes but ${typeName(all)}`);
  const { value, used } = marshalLoads(vm, all.data);
  const unused = all.data.length - used;
  if (unused > 0) call(vm, getAttr(vm, file, 'seek'), [-unused, 1]);
  return value;
};

export const init_marshal: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('__doc__', 'Serialisation of Python values in the format of CPython\'s marshal module.');
  d.setStr('version', MARSHAL_VERSION);
  d.setStr('dumps', builtin('dumps', marshal_dumps, 'marshal'));
  d.setStr('loads', builtin('loads', marshal_loads, 'marshal'));
  d.setStr('dump', builtin('dump', marshal_dump, 'marshal'));
  d.setStr('load', builtin('load', marshal_load, 'marshal'));
};

