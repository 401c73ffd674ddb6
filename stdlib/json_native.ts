// Module _json: the native accelerator stdlib/lib/json uses, as CPython's C _json speeds up its json.
//
// scan_once parses one value (JSONDecoder.raw_decode), encode turns an object into JSON
// text (JSONEncoder.iterencode); the json module passes its settings in, and its own
// JSONDecodeError class, so every message and position stays the json module's.

import type { PyObject } from '../vm/objects/object.js';
import { builtin, NativeFn, type KwArgs } from '../vm/objects/function.js';
import { PyList } from '../vm/objects/list.js';
import { toPyException } from '../vm/errors.js';
import type { VM } from '../vm/vm.js';
import { newTuple } from '../vm/objects/tuple.js';
import { None } from '../vm/objects/singletons.js';
import { typeError } from '../vm/objects/exceptions.js';
import { strVal } from '../vm/objects/str.js';
import { truthy, indexSize } from '../vm/ops/convert.js';
import { typeName, argTypeName } from '../vm/ops/typeof.js';
import { checkArgCount, noKwargs } from '../vm/methods/args.js';
import type { ModuleInit } from '../vm/vm.js';
import { JsonScanner } from './json_scanner.js';
import { JsonEncoder } from './json_encoder.js';
import { encodeJsonString } from './json_strings.js';
import { hasSurrogates, unitIndex, codePointIndex } from './json_positions.js';

function strArg(fname: string, o: PyObject): string {
  const s = strVal(o);
  if (s === undefined) throw typeError(`${fname}() argument must be str, not ${argTypeName(o)}`);
  return s;
}

/** scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_class) -> (value, end). */
const scanOnce: NativeFn = (vm, args, kwargs) => {
  noKwargs('scan_once', kwargs);
  checkArgCount('scan_once', args, 9, 9, 0);
  const s = strArg('scan_once', args[0]);
  const idx = indexSize(vm, args[1]);
  const wide = hasSurrogates(s);
  const scanner = new JsonScanner(vm, s, {
    strict: truthy(vm, args[2]), objectHook: args[3], objectPairsHook: args[4], parseFloat: args[5],
    parseInt: args[6], parseConstant: args[7], errorClass: args[8],
  });
  const [value, end] = scanner.scan(wide ? unitIndex(s, idx) : idx);
  return newTuple([value, wide ? codePointIndex(s, end) : end]);
};

function separator(o: PyObject): string {
  const s = strVal(o);
  if (s === undefined) throw typeError(`separators must be str, not ${typeName(o)}`);
  return s;
}

function makeEncoder(vm: VM, name: string, args: PyObject[], kwargs: KwArgs | null): JsonEncoder {
  noKwargs(name, kwargs);
  checkArgCount(name, args, 10, 10, 0);
  const indent = args[6] === None ? null : separator(args[6]);
  return new JsonEncoder(vm, {
    skipkeys: truthy(vm, args[1]), ensureAscii: truthy(vm, args[2]), checkCircular: truthy(vm, args[3]),
    allowNan: truthy(vm, args[4]), sortKeys: truthy(vm, args[5]), indent,
    itemSeparator: separator(args[7]), keySeparator: separator(args[8]), default: args[9],
  });
}

/** encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, item_separator, key_separator, default) -> str. */
const encode: NativeFn = (vm, args, kwargs) => makeEncoder(vm, 'encode', args, kwargs).encode(args[0]);

/**
 * encode_chunks(the same arguments) -> (chunks, exception or None): the pieces CPython's
 * iterencode() yields, up to the exception that stopped it (os._exit and tpy's own errors go on).
 */
const encodeChunks: NativeFn = (vm, args, kwargs) => {
  const { chunks, error } = makeEncoder(vm, 'encode_chunks', args, kwargs).encodeChunks(args[0]);
  return newTuple([new PyList(chunks), error === null ? None : toPyException(error)]);
};

function basestring(name: string, ascii: boolean): NativeFn {
  return (_vm, args, kwargs) => {
    noKwargs(name, kwargs);
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    const s = strVal(args[0]);
    if (s === undefined) throw typeError(`first argument must be a string, not ${typeName(args[0])}`);
    return encodeJsonString(s, ascii);
  };
}

export const init__json: ModuleInit = (_vm, m) => {
  const functions: [string, NativeFn][] = [
    ['scan_once', scanOnce],
    ['encode', encode],
    ['encode_chunks', encodeChunks],
    ['encode_basestring', basestring('encode_basestring', false)],
    ['encode_basestring_ascii', basestring('encode_basestring_ascii', true)],
  ];
  for (const [name, f] of functions) m.dict.setStr(name, builtin(name, f, '_json'));
};
