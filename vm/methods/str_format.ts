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
import { formatValue } from '../ops/format.js';
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

interface Field {
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

function buildString(vm: VM, s: string, state: FormatState, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    // Literal text up to the next brace.
    let j = i;
    while (j < n && s[j] !== '{' && s[j] !== '}') j++;
    out += s.slice(i, j);
    if (j >= n) break;
    const c = s[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || s[j + 1] !== '}')) throw valueError("Single '}' encountered in format string");
    if (c === '{' && atEnd) throw valueError("Single '{' encountered in format string");
    if (s[j + 1] === c) {
      out += c;
      i = j + 2;
      continue;
    }
    const [field, next] = parseField(s, j + 1);
    i = next;
    out += renderField(vm, field, state, depth);
  }
  return out;
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
function decimalValue(s: string): number {
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
  return formatValue(vm, obj, conv, spec);
}

/** get_field_object: the argument named by the first part, then each .attribute and [index]. */
function fieldObject(vm: VM, name: string, state: FormatState): PyObject {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
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
  // The rest: .name and [key] parts.
  while (i < name.length) {
    const c = name[i++];
    if (c === '.') {
      const st = i;
      while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
      const attr = name.slice(st, i);
      if (attr.length === 0) throw valueError('Empty attribute in format string');
      obj = getAttr(vm, obj, attr);
    } else if (c === '[') {
      const st = i;
      while (i < name.length && name[i] !== ']') i++;
      if (i >= name.length) throw valueError("Missing ']' in format string");
      const key = name.slice(st, i);
      i++;
      if (key.length === 0) throw valueError('Empty attribute in format string');
      const k = decimalValue(key);
      obj = getItem(vm, obj, k >= 0 ? k : key);
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}


