// code.replace(**changes): a copy of a code object with some fields changed (types.coroutine
// sets CO_ITERABLE_COROUTINE this way; tools rename code or move its first line).
//
// tpy's bytecode is its own (the 3.7 shape), so what would need new instructions, a new
// frame layout or other arguments is refused with NotImplementedError rather than run:
// co_code, the line and exception tables, the counts of arguments and variables, and the
// flags that make a function a generator or change how its arguments bind.

import type { PyObject } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { typeError, valueError, notImplementedError } from '../objects/exceptions.js';
import { Code, CO_GENLIKE, CO_VARARGS, CO_VARKEYWORDS } from '../code.js';
import { argTypeName } from '../ops/typeof.js';
import { indexSize } from '../ops/convert.js';
import type { KwArgs } from '../objects/function.js';
import type { VM } from '../vm.js';

const INT_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const TUPLE_FIELDS = ['co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars'] as const;
const STR_FIELDS = ['co_filename', 'co_name', 'co_qualname'] as const;
const BYTES_FIELDS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const;

/** Flags a copy may not change: they decide what a call of the code makes and binds. */
const FIXED_FLAGS = CO_GENLIKE | CO_VARARGS | CO_VARKEYWORDS;

function refuse(field: string): never {
  throw notImplementedError(`tpy cannot replace ${field} of a code object (its bytecode is tpy's own)`);
}

export function codeReplace(vm: VM, code: Code, args: PyObject[], kwargs: KwArgs | null): Code {
  if (args.length > 1) throw typeError('replace() takes no positional arguments');
  const given = kwargs ?? new Map<string, PyObject>();
  const known = new Set<string>([...INT_FIELDS, ...TUPLE_FIELDS, ...STR_FIELDS, ...BYTES_FIELDS]);
  for (const name of given.keys()) {
    if (!known.has(name)) throw typeError(`'${name}' is an invalid keyword argument for replace()`);
  }
  const ints = new Map<string, number>();
  for (const name of INT_FIELDS) {
    const v = given.get(name);
    if (v !== undefined) ints.set(name, indexSize(vm, v));
  }
  for (const name of TUPLE_FIELDS) {
    const v = given.get(name);
    if (v !== undefined && !(v instanceof PyTuple)) throw typeError(`replace() argument '${name}' must be tuple, not ${argTypeName(v)}`);
  }
  for (const name of STR_FIELDS) {
    const v = given.get(name);
    if (v !== undefined && typeof v !== 'string') throw typeError(`replace() argument '${name}' must be str, not ${argTypeName(v)}`);
  }
  for (const name of BYTES_FIELDS) if (given.has(name)) refuse(name);

  const same = (name: string, current: number) => {
    const v = ints.get(name);
    if (v !== undefined && v !== current) refuse(name);
  };
  same('co_argcount', code.co_argcount);
  same('co_posonlyargcount', code.co_posonlyargcount);
  same('co_kwonlyargcount', code.co_kwonlyargcount);
  same('co_nlocals', code.co_nlocals);
  const flags = ints.get('co_flags') ?? code.co_flags;
  if ((flags & FIXED_FLAGS) !== (code.co_flags & FIXED_FLAGS)) refuse('the generator and argument flags in co_flags');
  const firstlineno = ints.get('co_firstlineno') ?? code.co_firstlineno;
  if (firstlineno <= 0) throw valueError('co_firstlineno must be a positive integer');

  const strings = (name: typeof TUPLE_FIELDS[number], current: readonly string[]): string[] => {
    const v = given.get(name) as PyTuple | undefined;
    if (v === undefined) return [...current];
    if (!v.items.every((s) => typeof s === 'string')) throw typeError(`replace() argument '${name}' must be a tuple of str`);
    // Names are found by index: another count would need other instructions.
    if (v.items.length !== current.length) refuse(`${name} with another length`);
    return v.items as string[];
  };
  const consts = given.get('co_consts') as PyTuple | undefined;
  if (consts !== undefined && consts.items.length !== code.co_consts.length) refuse('co_consts with another length');

  // Lines are kept as absolute numbers: a new first line moves them all, as CPython's
  // line table, relative to co_firstlineno, does.
  const shift = firstlineno - code.co_firstlineno;
  const moved = (lines: Int32Array, stride: number, fields: number[]) => {
    const out = lines.slice();
    if (shift !== 0) {
      for (let i = 0; i < out.length; i += stride) for (const k of fields) if (out[i + k] > 0) out[i + k] += shift;
    }
    return out;
  };
  return new Code({
    argcount: code.co_argcount, posonlyargcount: code.co_posonlyargcount, kwonlyargcount: code.co_kwonlyargcount,
    nlocals: code.co_nlocals, stacksize: Math.max(code.co_stacksize, ints.get('co_stacksize') ?? 0), flags, firstlineno,
    code: code.co_code.slice(),
    consts: consts !== undefined ? [...consts.items] : [...code.co_consts],
    names: strings('co_names', code.co_names), varnames: strings('co_varnames', code.co_varnames),
    freevars: strings('co_freevars', code.co_freevars), cellvars: strings('co_cellvars', code.co_cellvars),
    filename: (given.get('co_filename') as string | undefined) ?? code.co_filename,
    name: (given.get('co_name') as string | undefined) ?? code.co_name,
    qualname: (given.get('co_qualname') as string | undefined) ?? code.co_qualname,
    lines: moved(code.lines, 1, [0]), positions: moved(code.positions, 4, [0, 1]), hasDocstring: code.hasDocstring,
  });
}
