// bytes % args (PEP 461): the printf-style formatter of str run over the latin-1 view of the bytes,
// with bytes' own rules for %s/%b (bytes-like or __bytes__ only), %c (range(256)) and %r/%a (ascii()).

import { latin1 } from './latin1.js';
import type { PyObject } from '../objects/object.js';
import { PyBytes, PyByteArray, bufferBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, TypeError, typeError, overflowError } from '../objects/exceptions.js';
import { percentFormat, PercentHooks } from '../format/percent_format.js';
import { strRepr } from '../format/str_repr.js';
import { typeOf } from '../ops/typeof.js';
import { call } from '../ops/call.js';
import { bindDescriptor } from '../ops/attribute.js';
import { index } from '../ops/convert.js';
import { getItem } from '../ops/sequence.js';
import { asciiEscape, asciiOf } from '../ops/format.js';
import { toFloatValue } from './float.js';
import type { VM } from '../vm.js';

/** A str argument, hidden from the str formatter (which would accept it for %s). */
class StrArg {
  constructor(readonly value: string) {}
}

const asData = (o: PyObject): Uint8Array | undefined => (o instanceof PyBytes || o instanceof PyByteArray ? o.data : undefined);
/** %s and %b take any buffer (memoryview, array.array); %c and __bytes__ only bytes and bytearray. */
const bufferData = (o: PyObject): Uint8Array | undefined => asData(o) ?? bufferBytes(o);


function typeNameOf(v: unknown): string {
  return v instanceof StrArg ? 'str' : typeOf(v as PyObject).tpName;
}

/** %s / %b: the bytes of a bytes-like object or of __bytes__(). */
function bytesText(vm: VM, v: unknown): string {
  if (!(v instanceof StrArg)) {
    const o = v as PyObject;
    const d = bufferData(o);
    if (d !== undefined) return latin1(d);
    const m = typeof o === 'object' ? typeOf(o).lookup('__bytes__') : undefined;
    // _PyObject_LookupSpecial: a __bytes__ whose binding fails counts as none (the TypeError below).
    let bound: PyObject | undefined;
    if (m !== undefined && m !== None) {
      try {
        bound = bindDescriptor(vm, m, o, typeOf(o));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
    if (bound !== undefined) {
      const r = call(vm, bound, []);
      const rd = asData(r);
      if (rd === undefined) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).tpName})`);
      return latin1(rd);
    }
  }
  throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(v)}'`);
}

function hooks(vm: VM): PercentHooks {
  const asciiText = (v: unknown) => (v instanceof StrArg ? asciiEscape(strRepr(v.value)) : asciiOf(vm, v as PyObject));
  return {
    str: (v) => bytesText(vm, v),
    repr: asciiText,
    ascii: asciiText,
    toInt(v, conv) {
      if (conv === 'c') {
        const d = v instanceof StrArg ? undefined : asData(v as PyObject);
        if (d !== undefined && d.length === 1) return d[0];
        if (v instanceof StrArg || d !== undefined || typeOf(v as PyObject).lookup('__index__') === undefined) {
          throw typeError('%c requires an integer in range(256) or a single byte');
        }
        return index(vm, v as PyObject);
      }
      const what = conv === 'o' || conv === 'x' || conv === 'X' ? 'an integer' : 'a real number';
      if (v instanceof StrArg) throw typeError(`%${conv} format: ${what} is required, not str`);
      const o = v as PyObject;
      if (typeOf(o).lookup('__index__') !== undefined) return index(vm, o);
      if (what === 'a real number' && (typeOf(o).lookup('__int__') !== undefined || typeOf(o).lookup('__float__') !== undefined)) {
        return index(vm, call(vm, typeOf(0), [o]));
      }
      throw typeError(`%${conv} format: ${what} is required, not ${typeOf(o).tpName}`);
    },
    toFloat(v) {
      const o = v as PyObject;
      if (v instanceof StrArg || (typeOf(o).lookup('__float__') === undefined && typeOf(o).lookup('__index__') === undefined)) {
        throw typeError(`float argument required, not ${typeNameOf(v)}`);
      }
      return toFloatValue(vm, o);
    },
    getItem: (mapping, key) => getItem(vm, mapping as PyObject, new PyBytes(Uint8Array.from(key, (c) => c.charCodeAt(0)))),
  };
}

/**
 * Rewrites the bytes-only conversion %b to %s (leaving %% alone). A scan, not a pattern: a
 * mapping key may hold nested parentheses (b'%(f(o)o)b'), which the format reads by depth.
 */
function bToS(fmt: string): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) break;
    let j = pct + 1;
    if (fmt[j] === '(') {
      let depth = 1;
      for (j++; j < fmt.length && depth > 0; j++) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
      }
    }
    while (j < fmt.length && '-+ #0*.0123456789hlL'.includes(fmt[j])) j++;
    if (fmt[j] === 'b') {
      out += fmt.slice(i, j) + 's';
      i = j + 1;
    } else {
      // '%%' and every other conversion stay as they are (past the conversion character).
      out += fmt.slice(i, j + 1);
      i = j + 1;
    }
  }
  return out + fmt.slice(i);
}

/** bytes % args, for bytes and bytearray. */
export function bytesPercent(vm: VM, fmtData: Uint8Array, args: PyObject): Uint8Array {
  const wrap = (v: PyObject): unknown => (typeof v === 'string' ? new StrArg(v) : v);
  const fmt = bToS(latin1(fmtData));
  let out: string;
  try {
    if (args instanceof PyTuple) out = percentFormat(fmt, { kind: 'tuple', items: args.items.map(wrap) }, hooks(vm));
    else {
      const isMapping = typeof args === 'object' && !(args instanceof PyBytes) && !(args instanceof PyByteArray) &&
        typeOf(args).lookup('__getitem__') !== undefined;
      out = percentFormat(fmt, { kind: 'single', value: wrap(args), isMapping }, hooks(vm));
    }
  } catch (e) {
    if (e instanceof PyBaseException && e.cls === TypeError && e.args[0] === 'not all arguments converted during string formatting') {
      throw typeError('not all arguments converted during bytes formatting');
    }
    throw e;
  }
  const data = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c > 0xff) throw overflowError('%c arg not in range(256)');
    data[i] = c;
  }
  return data;
}
