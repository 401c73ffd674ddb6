// sys.stdin/stdout/stderr.reconfigure(*, encoding, errors, newline, line_buffering, write_through):
// what `sys.stdout.reconfigure(encoding='utf-8')` at the top of a script changes, with
// CPython's (textio.c's) argument checks and their order.

import type { PyObject } from '../vm/objects/object.js';
import type { KwArgs } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { newException, typeError, valueError } from '../vm/objects/exceptions.js';
import { argTypeName } from '../vm/ops/typeof.js';
import { index } from '../vm/ops/convert.js';
import type { VM } from '../vm/vm.js';
import { fileCodec } from './io_text_codec.js';
import { UnsupportedOperation } from './io_file.js';
import type { PyTextStream } from './sys.js';

const NAMES = ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'] as const;
type Name = (typeof NAMES)[number];

function strOrNone(name: Name, v: PyObject | undefined): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== 'string') throw typeError(`reconfigure() argument '${name}' must be str or None, not ${argTypeName(v)}`);
  return v;
}

/** convert_optional_bool: None keeps the setting; anything else is read as an integer (PyLong_AsLong). */
function optionalBool(vm: VM, v: PyObject | undefined): boolean | null {
  if (v === undefined || v === None) return null;
  const n = index(vm, v);
  return typeof n === 'bigint' ? n !== 0n : n !== 0;
}

export function reconfigureStream(vm: VM, s: PyTextStream, positional: number, kwargs: KwArgs | null): PyObject {
  if (positional > 0) throw typeError('reconfigure() takes no positional arguments');
  const given = new Map<Name, PyObject>();
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (!(NAMES as readonly string[]).includes(k)) throw typeError(`'${k}' is an invalid keyword argument for reconfigure()`);
      given.set(k as Name, v);
    }
  }
  const encoding = strOrNone('encoding', given.get('encoding'));
  let errors = strOrNone('errors', given.get('errors'));
  const newlineGiven = given.has('newline');
  const newline = strOrNone('newline', given.get('newline'));
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw valueError(`illegal newline value: ${newline}`);
  const lineBuffering = optionalBool(vm, given.get('line_buffering'));
  const writeThrough = optionalBool(vm, given.get('write_through'));
  vm.io.flush?.();
  // Text already read ahead was decoded with the old settings (CPython's decoded_chars).
  if (s.pending !== '' && (encoding !== null || errors !== null || newlineGiven)) {
    throw newException(UnsupportedOperation, 'It is not possible to set the encoding or newline of stream after the first read');
  }
  if (newlineGiven) s.outNewline = newline === '\r' || newline === '\r\n' ? newline : null;
  if (encoding !== null) {
    const codec = fileCodec(encoding);
    errors ??= 'strict';
    s.codec = codec.name === 'utf-8' ? null : codec;
    s.encoding = encoding;
  }
  if (errors !== null) s.errors = errors;
  if (lineBuffering !== null) s.lineBuffering = lineBuffering;
  if (writeThrough !== null) s.writeThrough = writeThrough;
  return None;
}
