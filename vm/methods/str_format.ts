// str.format and str.format_map: the replacement-field grammar of CPython's unicode_format.h.
//
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//   arg_name          ::= [identifier | digit+]      (empty: automatic numbering)
//   format_spec       ::= may itself contain replacement fields, expanded first (two levels at most)

import type { PyObject } from '../objects/object.js';
import type { KwArgs } from '../objects/function.js';
import { valueError, indexError, keyError } from '../objects/exceptions.js';
import { getAttr } from '../ops/attribute.js';
import { getItem } from '../ops/sequence.js';
import { formatValue, formatExactNumber } from '../ops/format.js';
import type { VM } from '../vm.js';

enum AutoNumber { Unknown, Auto, Manual }

interface FormatState {
  args: PyObject[] | null;
  /** Keyword arguments of format(), or the mapping of format_map. */
  kwargs: KwArgs | null;
  mapping: PyObject | null;
  auto: AutoNumber;
  next: number;
}

export interface Field {
  name: string;
  conversion: string;
  spec: string;
  specNeedsExpanding: boolean;
}

/** 'fmt'.format(*args, **kwargs), or with `kwargs` a non-Map object: 'fmt'.format_map(mapping). */
export function strFormat(vm: VM, fmt: string, args: PyObject[], kwargs: KwArgs | PyObject | null): string {
  const state: FormatState = kwargs instanceof Map
    ? { args, kwargs, mapping: null, auto: AutoNumber.Unknown, next: 0 }
    : kwargs === null
      ? { args, kwargs: null, mapping: null, auto: AutoNumber.Unknown, next: 0 }
      : { args: null, kwargs: null, mapping: kwargs, auto: AutoNumber.Unknown, next: 0 };
  return buildString(vm, fmt, state, 2);
}

/**
 * The pieces of format strings met before that scan without an error: a program formats with
 * the same few strings over and over. A string with a syntax error is never cached, so that
 * its fields are still rendered one by one before the error, as CPython does.
 */
const piecesCache = new Map<string, FormatPiece[]>();
const PIECES_CACHE_LIMIT = 256;

function cachedPieces(s: string): FormatPiece[] | null {
  const known = piecesCache.get(s);
  if (known !== undefined) return known;
  const pieces: FormatPiece[] = [];
  try {
    const scanner = new FormatScanner(s);
    for (let piece = scanner.next(); piece !== null; piece = scanner.next()) pieces.push(piece);
  } catch {
    return null;
  }
  if (piecesCache.size >= PIECES_CACHE_LIMIT) piecesCache.clear();
  piecesCache.set(s, pieces);
  return pieces;
}

function buildString(vm: VM, s: string, state: FormatState, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  const pieces = cachedPieces(s);
  if (pieces !== null) {
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      out += piece.literal;
      if (piece.field !== null) out += renderField(vm, piece.field, state, depth);
    }
    return out;
  }
  const scanner = new FormatScanner(s);
  for (let piece = scanner.next(); piece !== null; piece = scanner.next()) {
    out += piece.literal;
    if (piece.field !== null) out += renderField(vm, piece.field, state, depth);
  }
  return out;
}

/** Literal text and the replacement field after it (null after an escaped brace or at the end). */
export interface FormatPiece {
  literal: string;
  field: Field | null;
}

/**
 * Walks a format string one piece at a time, so that str.format renders each field before
 * it parses the next (a later syntax error comes after an earlier field's error), and
 * string.Formatter.parse (through _string.formatter_parser) sees the same pieces.
 */
export class FormatScanner {
  private i = 0;

  constructor(private readonly s: string) {}

  next(): FormatPiece | null {
    const s = this.s;
    const n = s.length;
    if (this.i >= n) return null;
    // Literal text up to the next brace.
    let j = this.i;
    while (j < n && s[j] !== '{' && s[j] !== '}') j++;
    const literal = s.slice(this.i, j);
    if (j >= n) {
      this.i = n;
      return { literal, field: null };
    }
    const c = s[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || s[j + 1] !== '}')) throw valueError("Single '}' encountered in format string");
    if (c === '{' && atEnd) throw valueError("Single '{' encountered in format string");
    if (s[j + 1] === c) {
      this.i = j + 2;
      return { literal: literal + c, field: null };
    }
    const [field, next] = parseField(s, j + 1);
    this.i = next;
    return { literal, field };
  }
}

/** parse_field: the field after '{' at `start`; returns it and the index after its closing '}'. */
function parseField(s: string, start: number): [Field, number] {
  const n = s.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = s[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < n && s[i] !== ']') i++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const field: Field = { name: '', conversion: '', spec: '', specNeedsExpanding: false };
  if (c === '!' || c === ':') {
    field.name = s.slice(start, i - 1);
    if (c === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      field.conversion = s[i++];
      if (i < n) {
        const d = s[i++];
        if (d === '}') return [field, i];
        if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    const specStart = i;
    let count = 1;
    while (i < n) {
      const d = s[i++];
      if (d === '{') {
        field.specNeedsExpanding = true;
        count++;
      } else if (d === '}') {
        count--;
        if (count === 0) {
          field.spec = s.slice(specStart, i - 1);
          return [field, i];
        }
      }
    }
    throw valueError("unmatched '{' in format spec");
  }
  if (c !== '}' || i > n) throw valueError("expected '}' before end of string");
  field.name = s.slice(start, i - 1);
  return [field, i];
}

/** A run of decimal digits as a number, -1 when `s` has any other character, or the overflow error. */
export function decimalValue(s: string): number {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) return -1;
  const v = Number(s);
  if (!Number.isSafeInteger(v) || v > 0x7fffffffffffffff) throw valueError('Too many decimal digits in format string');
  return v;
}

function renderField(vm: VM, field: Field, state: FormatState, depth: number): string {
  const obj = fieldObject(vm, field.name, state);
  let conv = 0;
  switch (field.conversion) {
    case '': break;
    case 's': conv = 1; break;
    case 'r': conv = 2; break;
    case 'a': conv = 3; break;
    default: throw valueError(`Unknown conversion specifier ${field.conversion}`);
  }
  const spec = field.specNeedsExpanding ? buildString(vm, field.spec, state, depth - 1) : field.spec;
  return (conv === 0 ? formatExactNumber(obj, spec) : undefined) ?? formatValue(vm, obj, conv, spec);
}

/** get_field_object: the argument named by the first part, then each .attribute and [index]. */
function fieldObject(vm: VM, name: string, state: FormatState): PyObject {
  const parts = new FieldNameParts(name);
  const first = parts.first;
  let index: number;
  if (first.length === 0) {
    if (state.auto === AutoNumber.Manual) throw valueError('cannot switch from manual field specification to automatic field numbering');
    state.auto = AutoNumber.Auto;
    index = state.next++;
  } else {
    index = decimalValue(first);
    if (index >= 0) {
      if (state.auto === AutoNumber.Auto) throw valueError('cannot switch from automatic field numbering to manual field specification');
      state.auto = AutoNumber.Manual;
    }
  }
  let obj: PyObject;
  if (index < 0) {
    if (state.mapping !== null) obj = getItem(vm, state.mapping, first);
    else {
      const v = state.kwargs?.get(first);
      if (v === undefined) throw keyError(first);
      obj = v;
    }
  } else {
    if (state.args === null) throw valueError('Format string contains positional fields');
    if (index >= state.args.length) throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = state.args[index];
  }
  for (let part = parts.next(); part !== null; part = parts.next()) {
    obj = part.isAttribute ? getAttr(vm, obj, part.key as string) : getItem(vm, obj, part.key);
  }
  return obj;
}

/** One `.name` (a str) or `[key]` (an int when all digits, else a str) after a field's first part. */
export interface FieldNamePart {
  isAttribute: boolean;
  key: string | number;
}

/**
 * A field name split into its first part and, one at a time, the .attribute and [index]
 * parts after it; a malformed part raises when it is reached, after the earlier ones were
 * looked up, as CPython's FieldNameIterator does.
 */
export class FieldNameParts {
  readonly first: string;
  private i: number;

  constructor(private readonly name: string) {
    let i = 0;
    while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
    this.first = name.slice(0, i);
    this.i = i;
  }

  next(): FieldNamePart | null {
    const name = this.name;
    let i = this.i;
    if (i >= name.length) return null;
    const c = name[i++];
    let part: FieldNamePart;
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(st, i);
      if (attr.length === 0) throw valueError('Empty attribute in format string');
      part = { isAttribute: true, key: attr };
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      const key = name.slice(st, i);
      i++;
      if (key.length === 0) throw valueError('Empty attribute in format string');
      const k = decimalValue(key);
      part = { isAttribute: false, key: k >= 0 ? k : key };
    } else {
      // Only after `]` can anything else follow (a first part or .name stops at . and [);
      // reported by the call after that item's lookup, as in CPython ("{0[5]x}" is an IndexError).
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    this.i = i;
    return part;
  }
}
