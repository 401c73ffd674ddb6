// The JSON decoder's scanner: one JSON value parsed from a str into tpy objects (CPython's _json scanner).
//
// It follows the grammar and error positions of json.decoder: every failure is the json
// module's JSONDecodeError(msg, doc, pos), with pos a code point index (see json_positions).
// Containers nest one recursion level each, as CPython's _Py_EnterRecursiveCall.

import type { PyObject } from '../vm/objects/object.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { newTuple, PyTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { newFloat, floatType } from '../vm/objects/float.js';
import { intType } from '../vm/objects/int.js';
import { PyBaseException, typeError } from '../vm/objects/exceptions.js';
import { parseInt } from '../vm/format/int_text.js';
import { recursionError } from '../vm/errors.js';
import { call } from '../vm/ops/call.js';
import type { VM } from '../vm/vm.js';
import { codePointIndex } from './json_positions.js';

/** The decoder's settings (JSONDecoder's attributes) and the error class to raise. */
export interface ScanOptions {
  strict: boolean;
  objectHook: PyObject;
  objectPairsHook: PyObject;
  parseFloat: PyObject;
  parseInt: PyObject;
  parseConstant: PyObject;
  errorClass: PyObject;
}

const UNESCAPE: Record<number, string> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

export class JsonScanner {
  private readonly n: number;
  /** The index just after the value the last scanning method returned (saves a pair per value). */
  private end = 0;

  constructor(private readonly vm: VM, private readonly s: string, private readonly o: ScanOptions) {
    this.n = s.length;
  }

  /** The value starting at UTF-16 index `i` and the index after it. */
  scan(i: number): [PyObject, number] {
    const v = this.value(i);
    return [v, this.end];
  }

  private error(msg: string, at: number): PyBaseException {
    const err = call(this.vm, this.o.errorClass, [msg, this.s, codePointIndex(this.s, at)]);
    if (err instanceof PyBaseException) return err;
    return typeError('exceptions must derive from BaseException');
  }

  private skip(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
      i++;
    }
  }

  private startsWith(word: string, i: number): boolean {
    return this.s.startsWith(word, i);
  }

  private value(i: number): PyObject {
    if (i >= this.n) throw this.error('Expecting value', i);
    const c = this.s.charCodeAt(i);
    switch (c) {
      case 0x22: return this.string(i + 1);
      case 0x7b: return this.nested(i, false);
      case 0x5b: return this.nested(i, true);
      case 0x6e: if (this.startsWith('null', i)) { this.end = i + 4; return None; } break;
      case 0x74: if (this.startsWith('true', i)) { this.end = i + 4; return true; } break;
      case 0x66: if (this.startsWith('false', i)) { this.end = i + 5; return false; } break;
      case 0x4e: if (this.startsWith('NaN', i)) { this.end = i + 3; return this.constant('NaN'); } break;
      case 0x49: if (this.startsWith('Infinity', i)) { this.end = i + 8; return this.constant('Infinity'); } break;
      case 0x2d:
        if (this.startsWith('-Infinity', i)) { this.end = i + 9; return this.constant('-Infinity'); }
        return this.number(i);
      default:
        if (c >= 0x30 && c <= 0x39) return this.number(i);
    }
    throw this.error('Expecting value', i);
  }

  private constant(name: string): PyObject {
    return call(this.vm, this.o.parseConstant, [name]);
  }

  private nested(i: number, array: boolean): PyObject {
    const vm = this.vm;
    if (vm.depth >= vm.recursionLimit) {
      throw recursionError(` while decoding a JSON ${array ? 'array' : 'object'} from a unicode string`);
    }
    vm.depth++;
    try {
      return array ? this.array(i + 1) : this.object(i + 1);
    } finally {
      vm.depth--;
    }
  }

  private number(start: number): PyObject {
    const s = this.s;
    const n = this.n;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    let c = s.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) throw this.error('Expecting value', start);
    i++;
    if (c !== 0x30) {
      while (i < n && (c = s.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
    }
    let isFloat = false;
    if (s.charCodeAt(i) === 0x2e && (c = s.charCodeAt(i + 1)) >= 0x30 && c <= 0x39) {
      isFloat = true;
      i += 2;
      while (i < n && (c = s.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
    }
    c = s.charCodeAt(i);
    if (c === 0x65 || c === 0x45) {
      let j = i + 1;
      c = s.charCodeAt(j);
      if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++j);
      if (c >= 0x30 && c <= 0x39) {
        isFloat = true;
        i = j + 1;
        while (i < n && (c = s.charCodeAt(i)) >= 0x30 && c <= 0x39) i++;
      }
    }
    const text = s.slice(start, i);
    if (isFloat) {
      const pf = this.o.parseFloat;
      // The JSON number grammar is a subset of float()'s, and JS's conversion rounds as CPython's.
      this.end = i;
      return pf === floatType ? newFloat(Number(text)) : call(this.vm, pf, [text]);
    }
    const pi = this.o.parseInt;
    if (pi !== intType) {
      const v = call(this.vm, pi, [text]);
      this.end = i;
      return v;
    }
    if (text.length < 16) {
      const v = Number(text);
      this.end = i;
      return v === 0 ? 0 : v;
    }
    this.end = i;
    return parseInt(text);
  }

  /** The string whose opening quote is just before `i`. */
  private string(i: number): string {
    const s = this.s;
    const n = this.n;
    const begin = i - 1;
    const strict = this.o.strict;
    let out = '';
    for (;;) {
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || (c < 0x20 && strict)) break;
        j++;
      }
      if (j >= n) throw this.error('Unterminated string starting at', begin);
      if (j > i) out += s.slice(i, j);
      if (c === 0x22) {
        this.end = j + 1;
        return out;
      }
      if (c !== 0x5c) throw this.error('Invalid control character at', j);
      if (j + 1 >= n) throw this.error('Unterminated string starting at', begin);
      const esc = s.charCodeAt(j + 1);
      if (esc !== 0x75) {
        const ch = UNESCAPE[esc];
        if (ch === undefined) throw this.error('Invalid \\escape', j);
        out += ch;
        i = j + 2;
        continue;
      }
      let code = this.hex4(j + 2, j + 1);
      i = j + 6;
      if (code >= 0xd800 && code <= 0xdbff && i + 6 < n && s.charCodeAt(i) === 0x5c && s.charCodeAt(i + 1) === 0x75) {
        const low = this.hex4(i + 2, i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  private hex4(i: number, at: number): number {
    // A string needs its closing quote after the digits: CPython reports a missing one here.
    if (i + 4 >= this.n) throw this.error('Invalid \\uXXXX escape', at);
    let v = 0;
    for (let k = i; k < i + 4; k++) {
      const c = this.s.charCodeAt(k);
      let d: number;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
      else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
      else throw this.error('Invalid \\uXXXX escape', at);
      v = v * 16 + d;
    }
    return v;
  }

  private object(i: number): PyObject {
    const s = this.s;
    const pairsHook = this.o.objectPairsHook;
    const pairs: PyTuple[] | null = pairsHook !== None ? [] : null;
    const d = pairs === null ? new PyDict() : null;
    i = this.skip(i);
    if (s.charCodeAt(i) !== 0x7d) {
      for (;;) {
        if (s.charCodeAt(i) !== 0x22) throw this.error('Expecting property name enclosed in double quotes', i);
        const key = this.string(i + 1);
        i = this.skip(this.end);
        if (s.charCodeAt(i) !== 0x3a) throw this.error("Expecting ':' delimiter", i);
        i = this.skip(i + 1);
        const value = this.value(i);
        i = this.end;
        if (d !== null) d.setStr(key, value);
        else pairs!.push(newTuple([key, value]));
        i = this.skip(i);
        const c = s.charCodeAt(i);
        if (c === 0x7d) break;
        if (c !== 0x2c) throw this.error("Expecting ',' delimiter", i);
        i = this.skip(i + 1);
      }
    }
    if (pairs !== null) {
      const v = call(this.vm, pairsHook, [new PyList(pairs)]);
      this.end = i + 1;
      return v;
    }
    const hook = this.o.objectHook;
    this.end = i + 1;
    return hook !== None ? call(this.vm, hook, [d!]) : d!;
  }

  private array(i: number): PyObject {
    const s = this.s;
    const items: PyObject[] = [];
    i = this.skip(i);
    if (s.charCodeAt(i) === 0x5d) {
      this.end = i + 1;
      return new PyList(items);
    }
    for (;;) {
      const value = this.value(i);
      i = this.end;
      items.push(value);
      i = this.skip(i);
      const c = s.charCodeAt(i);
      if (c === 0x5d) {
        this.end = i + 1;
        return new PyList(items);
      }
      if (c !== 0x2c) throw this.error("Expecting ',' delimiter", i);
      i = this.skip(i + 1);
    }
  }
}
