// _symtable: the compiler's own scope analysis (compiler/symtable.ts) handed to the symtable
// module (stdlib/lib/symtable.py). symtable(source, filename, compile_type) parses the source
// and returns its top block as a dict: type, id, name, lineno, nested, symbols (name -> the
// DEF_* flags or'ed with the scope << SCOPE_OFF, as CPython's), varnames and children (the
// nested blocks, alike). CPython's gives 'symtable entry' objects; tpy's symtable.py is the
// only reader of these dicts. `id` numbers the blocks in the order they were entered.

import { parse } from '../compiler/parse.js';
import { Source } from '../compiler/syntax_error.js';
import { withSyntaxErrors, checkNoNullBytes } from '../compiler/syntax_error_exception.js';
import {
  buildSymtable, BlockType, SymbolTableEntry, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE,
  DEF_FREE, DEF_FREE_CLASS, DEF_IMPORT, DEF_ANNOT, DEF_BOUND, SCOPE_OFFSET, Scope,
} from '../compiler/symtable.js';
import { PyDict } from '../vm/objects/dict.js';
import { PyList } from '../vm/objects/list.js';
import { builtin } from '../vm/objects/function.js';
import { strVal } from '../vm/objects/str.js';
import { typeError, valueError } from '../vm/objects/exceptions.js';
import { typeName } from '../vm/ops/typeof.js';
import { parseArgs } from '../vm/methods/args.js';
import { bytesData } from '../vm/methods/bytes.js';
import type { ModuleInit } from '../vm/vm.js';

const TYPE_NUMBER: Record<BlockType, number> = { [BlockType.Function]: 0, [BlockType.Class]: 1, [BlockType.Module]: 2 };

function entryDict(e: SymbolTableEntry, ids: Map<SymbolTableEntry, number>): PyDict {
  const d = new PyDict();
  if (!ids.has(e)) ids.set(e, ids.size + 1);
  d.setStr('type', TYPE_NUMBER[e.type]);
  d.setStr('id', ids.get(e)!);
  d.setStr('name', e.name);
  d.setStr('lineno', e.lineno);
  d.setStr('nested', e.nested);
  const symbols = new PyDict();
  for (const [name, flags] of e.symbols) symbols.setStr(name, flags);
  d.setStr('symbols', symbols);
  d.setStr('varnames', new PyList([...e.varnames]));
  d.setStr('children', new PyList(e.children.map((c) => entryDict(c, ids))));
  return d;
}

export const init__symtable: ModuleInit = (_vm, m) => {
  const d = m.dict;
  d.setStr('symtable', builtin('symtable', (vm, args, kwargs) => {
    const [code, filename, mode] = parseArgs('symtable', args, kwargs, { names: ['source', 'filename', 'startstr'], required: 3, posOnly: 3 }, 0);
    const raw = bytesData(code!);
    const text = raw !== undefined ? new TextDecoder().decode(raw) : strVal(code!);
    if (text === undefined) throw typeError(`symtable() argument 1 must be str, bytes or bytearray, not ${typeName(code!)}`);
    const file = strVal(filename!);
    if (file === undefined) throw typeError(`symtable() argument 2 must be str, not ${typeName(filename!)}`);
    const kind = strVal(mode!);
    if (kind !== 'exec' && kind !== 'eval' && kind !== 'single') {
      throw valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    }
    checkNoNullBytes(text);
    return withSyntaxErrors(() => {
      const tree = parse(text, file, kind as 'exec');
      const table = buildSymtable(tree, new Source(text, file, false, tree.kind === 'Module'));
      return entryDict(table.top, new Map());
    });
  }, '_symtable'));
  const constants: [string, number][] = [
    ['DEF_GLOBAL', DEF_GLOBAL], ['DEF_LOCAL', DEF_LOCAL], ['DEF_PARAM', DEF_PARAM], ['DEF_NONLOCAL', DEF_NONLOCAL],
    ['USE', USE], ['DEF_FREE', DEF_FREE], ['DEF_FREE_CLASS', DEF_FREE_CLASS], ['DEF_IMPORT', DEF_IMPORT],
    ['DEF_ANNOT', DEF_ANNOT], ['DEF_BOUND', DEF_BOUND], ['SCOPE_OFF', SCOPE_OFFSET],
    ['SCOPE_MASK', DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL],
    ['LOCAL', Scope.LOCAL], ['GLOBAL_EXPLICIT', Scope.GLOBAL_EXPLICIT], ['GLOBAL_IMPLICIT', Scope.GLOBAL_IMPLICIT],
    ['FREE', Scope.FREE], ['CELL', Scope.CELL],
    ['TYPE_FUNCTION', 0], ['TYPE_CLASS', 1], ['TYPE_MODULE', 2],
  ];
  for (const [name, value] of constants) d.setStr(name, value);
};
