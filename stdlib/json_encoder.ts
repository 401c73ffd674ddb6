// The JSON encoder: a tpy object to JSON text in one pass (CPython's _json encoder, and its
// pure-Python twin for indent, whose output it also produces).
//
// The checks go in CPython's order (str, None, True, False, int, float, list/tuple, dict,
// then default()), subclasses included, with int.__repr__/float.__repr__ for numbers.
// Containers and default() results nest one recursion level each.

import type { PyObject } from '../vm/objects/object.js';
import { PyObj } from '../vm/objects/object.js';
import { PyDict, dictType } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { PyTuple, newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { PyFloat } from '../vm/objects/float.js';
import { PyIntSub } from '../vm/objects/int.js';
import { PyStrSub } from '../vm/objects/str.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { intToString } from '../vm/format/int_text.js';
import { floatRepr } from '../vm/format/float_repr.js';
import { recursionError } from '../vm/errors.js';
import { call } from '../vm/ops/call.js';
import { getAttr } from '../vm/ops/attribute.js';
import { getIter, iterNext } from '../vm/ops/sequence.js';
import { typeName } from '../vm/ops/typeof.js';
import { listSort } from '../vm/methods/list_sort.js';
import type { VM } from '../vm/vm.js';
import { encodeJsonString } from './json_strings.js';
import { sequenceFast } from '../vm/methods/list.js';

/** JSONEncoder's settings; `indent` is already the indent string (or null for none). */
export interface EncodeOptions {
  skipkeys: boolean;
  ensureAscii: boolean;
  checkCircular: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  default: PyObject;
}

const NESTING = ' while encoding a JSON object';

/** Flush the text built so far into `done` past this many units (see JsonEncoder.flush). */
const CHUNK = 8192;

/** Whether a value is written by itself (no nesting, no default()): CPython's list encoder joins it to the separator before it. */
function isScalar(v: PyObject): boolean {
  return typeof v !== 'object' || v === None || v instanceof PyStrSub || v instanceof PyIntSub || v instanceof PyFloat;
}

export class JsonEncoder {
  private out = '';
  private readonly done: string[] = [];
  private readonly markers: Set<PyObj> | null;
  /**
   * iterencode()'s mode: the text is cut where CPython's pure-Python encoder (_make_iterencode,
   * which JSONEncoder.iterencode and so json.dump use) yields, each piece a chunk in `done`.
   */
  private chunked = false;

  constructor(private readonly vm: VM, private readonly o: EncodeOptions) {
    this.markers = o.checkCircular ? new Set() : null;
  }

  encode(value: PyObject): string {
    this.value(value, 0);
    this.done.push(this.out);
    return this.done.join('');
  }

  /**
   * The chunks iterencode() yields, and the exception that ended the encoding, if one did (the
   * chunks before it are still yielded, as a generator's are: json.dump has written them).
   */
  encodeChunks(value: PyObject): { chunks: string[]; error: unknown } {
    this.chunked = true;
    try {
      this.value(value, 0);
      return { chunks: this.done, error: null };
    } catch (e) {
      return { chunks: this.done, error: e };
    }
  }

  /** Whether CPython would run its pure-Python encoder (iterencode(), json.dump, any indent), whose errors read differently. */
  private pythonEncoder(): boolean {
    return this.chunked || this.o.indent !== null;
  }

  /** A yield of CPython's generator: what was written since the last one is a chunk. */
  private cut(): void {
    if (!this.chunked) return;
    this.done.push(this.out);
    this.out = '';
  }

  /**
   * Appending builds a V8 rope whose cells all live until the end: on a big document the GC
   * copied them again and again (most of dumps' time). Flattening a chunk now and then
   * (charCodeAt flattens a rope) lets its cells die young.
   */
  private flush(): void {
    const out = this.out;
    out.charCodeAt(0);
    this.done.push(out);
    this.out = '';
  }

  private value(v: PyObject, level: number): void {
    if (this.out.length > CHUNK && !this.chunked) this.flush();
    switch (typeof v) {
      case 'string': this.out += encodeJsonString(v, this.o.ensureAscii); this.cut(); return;
      case 'boolean': this.out += v ? 'true' : 'false'; this.cut(); return;
      case 'number': case 'bigint': this.out += intToString(v); this.cut(); return;
    }
    if (v instanceof PyStrSub) this.out += encodeJsonString(v.value, this.o.ensureAscii);
    else if (v === None) this.out += 'null';
    else if (v instanceof PyIntSub) this.out += intToString(v.value);
    else if (v instanceof PyFloat) this.out += this.float(v.value);
    else if (v instanceof PyList || v instanceof PyTuple) {
      // PySequence_Fast: a list or tuple subclass is encoded from its iterator (its __iter__).
      this.nested(v, () => this.array(v.cls.isHeapType ? sequenceFast(this.vm, v, '_iterencode_list needs a sequence') : v.items, level));
    }
    else if (v instanceof PyDict) this.nested(v, () => this.dict(v, level));
    else this.nested(v as PyObj, () => this.value(call(this.vm, this.o.default, [v]), level));
    if (isScalar(v)) this.cut();
  }

  private float(x: number): string {
    if (Number.isFinite(x)) return floatRepr(x);
    if (!this.o.allowNan) {
      // CPython's pure-Python encoder names the value; the C one does not.
      const named = this.pythonEncoder();
      throw valueError(`Out of range float values are not JSON compliant${named ? `: ${x !== x ? 'nan' : x > 0 ? 'inf' : '-inf'}` : ''}`);
    }
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }

  /** Runs `body` for container (or default() subject) `v`: one recursion level, marked against cycles. */
  private nested(v: PyObj, body: () => void): void {
    const vm = this.vm;
    const markers = this.markers;
    if (markers !== null) {
      if (markers.has(v)) throw valueError('Circular reference detected');
      markers.add(v);
    }
    if (vm.depth >= vm.recursionLimit) throw recursionError(this.pythonEncoder() ? ' while calling a Python object' : NESTING);
    vm.depth++;
    try {
      body();
    } finally {
      vm.depth--;
    }
    if (markers !== null) markers.delete(v);
  }

  private array(items: PyObject[], level: number): void {
    if (items.length === 0) {
      this.out += '[]';
      this.cut();
      return;
    }
    const indent = this.o.indent;
    let separator = this.o.itemSeparator;
    this.out += '[';
    if (indent !== null) {
      level++;
      const newline = '\n' + indent.repeat(level);
      separator += newline;
      this.out += newline;
    }
    // A default() or sort may change the list as it goes: walk it by index, as CPython does.
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out += separator;
      // CPython yields a scalar joined to the separator before it, anything else after it.
      if (!isScalar(items[i])) this.cut();
      this.value(items[i], level);
    }
    if (indent !== null) {
      this.out += '\n' + indent.repeat(level - 1);
      this.cut();
    }
    this.out += ']';
    this.cut();
  }

  private dict(d: PyDict, level: number): void {
    if (d.size === 0) {
      this.out += '{}';
      this.cut();
      return;
    }
    let items = this.items(d);
    if (this.o.sortKeys) {
      const l = new PyList(items.map((kv) => newTuple(kv)));
      listSort(this.vm, l, None, false);
      items = l.items.map((t) => (t as PyTuple).items as [PyObject, PyObject]);
    }
    const indent = this.o.indent;
    let separator = this.o.itemSeparator;
    this.out += '{';
    this.cut();
    if (indent !== null) {
      level++;
      const newline = '\n' + indent.repeat(level);
      separator += newline;
      this.out += newline;
      this.cut();
    }
    let first = true;
    for (const [k, v] of items) {
      const key = this.key(k);
      if (key === null) continue;
      if (!first) {
        this.out += separator;
        this.cut();
      }
      first = false;
      this.out += encodeJsonString(key, this.o.ensureAscii);
      this.cut();
      this.out += this.o.keySeparator;
      this.cut();
      this.value(v, level);
    }
    if (indent !== null) {
      this.out += '\n' + indent.repeat(level - 1);
      this.cut();
    }
    this.out += '}';
    this.cut();
  }

  /** The dict's items: its own, or what a subclass's overriding items() returns (as PyMapping_Items). */
  private items(d: PyDict): [PyObject, PyObject][] {
    if (d.cls === dictType || d.cls.lookup('items') === dictType.lookup('items')) return [...d.entries()];
    const vm = this.vm;
    const it = getIter(vm, call(vm, getAttr(vm, d, 'items'), []));
    const out: [PyObject, PyObject][] = [];
    for (let item = iterNext(vm, it); item !== undefined; item = iterNext(vm, it)) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) throw valueError('items must return 2-tuples');
      out.push([item.items[0], item.items[1]]);
    }
    return out;
  }

  /** A key as the JSON object's key text; null to skip it (skipkeys). */
  private key(k: PyObject): string | null {
    switch (typeof k) {
      case 'string': return k;
      case 'boolean': return k ? 'true' : 'false';
      case 'number': case 'bigint': return intToString(k);
    }
    if (k instanceof PyStrSub) return k.value;
    if (k instanceof PyFloat) return this.float(k.value);
    if (k === None) return 'null';
    if (k instanceof PyIntSub) return intToString(k.value);
    if (this.o.skipkeys) return null;
    throw typeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
  }
}
