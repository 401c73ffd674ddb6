// The _string module: string.Formatter's view of str.format's parser (formatter_parser,
// formatter_field_name_split), over the same scanner str.format uses.

import type { PyObject } from '../vm/objects/object.js';
import { builtin } from '../vm/objects/function.js';
import { None } from '../vm/objects/singletons.js';
import { PyList } from '../vm/objects/list.js';
import { newTuple } from '../vm/objects/tuple.js';
import { typeError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { getIter } from '../vm/ops/sequence.js';
import { noKwargs } from '../vm/methods/args.js';
import { FormatScanner, FieldNameParts, decimalValue } from '../vm/methods/str_format.js';
import type { ModuleInit } from '../vm/vm.js';

function strArg(fn: string, args: PyObject[]): string {
  if (args.length !== 1) throw typeError(`_string.${fn}() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (typeof s !== 'string') throw typeError(`expected str, got ${typeName(s)}`);
  return s;
}

// DIVERGENCE: both functions parse the whole string when called (CPython's iterators parse as
// they go), so a malformed format string raises before string.Formatter renders any field.
export const init__string: ModuleInit = (vm, mod) => {
  mod.dict.setStr('formatter_parser', builtin('formatter_parser', (_vm, args, kwargs) => {
    noKwargs('formatter_parser', kwargs);
    const scanner = new FormatScanner(strArg('formatter_parser', args));
    const items: PyObject[] = [];
    for (let piece = scanner.next(); piece !== null; piece = scanner.next()) {
      const f = piece.field;
      items.push(f === null
        ? newTuple([piece.literal, None, None, None])
        : newTuple([piece.literal, f.name, f.spec, f.conversion === '' ? None : f.conversion]));
    }
    return getIter(vm, new PyList(items));
  }));
  mod.dict.setStr('formatter_field_name_split', builtin('formatter_field_name_split', (_vm, args, kwargs) => {
    noKwargs('formatter_field_name_split', kwargs);
    const parts = new FieldNameParts(strArg('formatter_field_name_split', args));
    const rest: PyObject[] = [];
    for (let part = parts.next(); part !== null; part = parts.next()) rest.push(newTuple([part.isAttribute, part.key]));
    const n = decimalValue(parts.first);
    return newTuple([n >= 0 ? n : parts.first, getIter(vm, new PyList(rest))]);
  }));
};
