// TextIOWrapper.reconfigure(*, encoding, errors, newline, line_buffering, write_through) of
// sys.stdin/stdout/stderr (what `sys.stdout.reconfigure(encoding='utf-8')` at the top of a
// script changes) and of open()'s text files, with CPython's (textio.c's) argument checks.

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
import type { TextCodec } from '../vm/methods/codecs.js';

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

/** What reconfigure() was asked to change (null: keep; `newline` undefined: keep). */
export interface Reconfiguration {
  encoding: string | null;
  errors: string | null;
  newline: string | null | undefined;
  lineBuffering: boolean | null;
  writeThrough: boolean | null;
}

/** reconfigure()'s arguments, checked in textio.c's order (before anything is flushed or changed). */
export function parseReconfigure(vm: VM, positional: number, kwargs: KwArgs | null): Reconfiguration {
  if (positional > 0) throw typeError('reconfigure() takes no positional arguments');
  const given = new Map<Name, PyObject>();
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (!(NAMES as readonly string[]).includes(k)) throw typeError(`'${k}' is an invalid keyword argument for reconfigure()`);
      given.set(k as Name, v);
    }
  }
  const encoding = strOrNone('encoding', given.get('encoding'));
  const errors = strOrNone('errors', given.get('errors'));
  const newlineGiven = given.has('newline');
  const newline = strOrNone('newline', given.get('newline'));
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw valueError(`illegal newline value: ${newline}`);
  const lineBuffering = optionalBool(vm, given.get('line_buffering'));
  const writeThrough = optionalBool(vm, given.get('write_through'));
  return { encoding, errors, newline: newlineGiven ? newline : undefined, lineBuffering, writeThrough };
}

/**
 * Text already decoded with the old settings forbids new ones (CPython's decoded_chars); and
 * the codec of a new encoding, whose errors then default to 'strict'.
 */
export function checkRecoding(r: Reconfiguration, readAhead: boolean): TextCodec | null {
  if (readAhead && (r.encoding !== null || r.errors !== null || r.newline !== undefined)) {
    throw newException(UnsupportedOperation, 'It is not possible to set the encoding or newline of stream after the first read');
  }
  if (r.encoding === null) return null;
  const codec = fileCodec(r.encoding);
  r.errors ??= 'strict';
  return codec;
}

export function reconfigureStream(vm: VM, s: PyTextStream, positional: number, kwargs: KwArgs | null): PyObject {
  const r = parseReconfigure(vm, positional, kwargs);
  vm.io.flush?.();
  const codec = checkRecoding(r, s.pending !== '');
  if (r.newline !== undefined) s.outNewline = r.newline === '\r' || r.newline === '\r\n' ? r.newline : null;
  if (codec !== null) {
    s.codec = codec.name === 'utf-8' ? null : codec;
    s.encoding = r.encoding!;
  }
  if (r.errors !== null) s.errors = r.errors;
  if (r.lineBuffering !== null) s.lineBuffering = r.lineBuffering;
  if (r.writeThrough !== null) s.writeThrough = r.writeThrough;
  return None;
}
