// tpy's parse tree (compiler/ast.ts) to `ast` node objects, as CPython's ast2obj builds them for ast.parse.

import type * as ast from '../compiler/ast.js';
import type { PyObject } from '../vm/objects/object.js';
import { PyList } from '../vm/objects/list.js';
import { None } from '../vm/objects/singletons.js';
import { constantValue } from '../compiler/ast_opt.js';
import { AST_SCHEMA, astAttributes, type AsdlField } from '../compiler/ast_schema.js';
import { astClasses, newNode, type AstClasses } from './ast_classes.js';
import type { VM } from '../vm/vm.js';

/**
 * Column offsets as CPython counts them: UTF-8 bytes, where tpy's parser counts UTF-16 code
 * units. Lines that are all ASCII need no conversion.
 */
class ByteColumns {
  private readonly lines: string[];
  private readonly ascii: boolean;
  constructor(source: string) {
    // The text parse() read: universal newlines, no BOM.
    const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    this.ascii = !/[^\x00-\x7f]/.test(text);
    this.lines = this.ascii ? [] : text.split('\n');
  }

  at(lineno: number, col: number): number {
    if (this.ascii) return col;
    const line = this.lines[lineno - 1];
    if (line === undefined || col <= 0) return col;
    return Buffer.byteLength(line.slice(0, col), 'utf8');
  }
}

/** The node kind CPython names: tpy marks `async def/for/with` on the plain node. */
function className(node: Record<string, unknown>): string {
  const kind = node['kind'] as string;
  return node['is_async'] === true ? `Async${kind}` : kind;
}

class Converter {
  constructor(private readonly classes: AstClasses, private readonly cols: ByteColumns) {}

  node(node: Record<string, unknown>): PyObject {
    const name = className(node);
    const cls = this.classes.byName.get(name)!;
    const spec = AST_SCHEMA.classes.get(name)!;
    const o = newNode(cls);
    const d = o.dict!;
    for (const f of spec.fields) d.setStr(f.name, this.field(name, node, f));
    const attrs = astAttributes(name);
    if (attrs.length > 0) {
      const lineno = node['lineno'] as number;
      const endLineno = node['end_lineno'] as number;
      d.setStr('lineno', lineno);
      d.setStr('col_offset', this.cols.at(lineno, node['col_offset'] as number));
      d.setStr('end_lineno', endLineno);
      d.setStr('end_col_offset', this.cols.at(endLineno, node['end_col_offset'] as number));
    }
    return o;
  }

  private field(kind: string, node: Record<string, unknown>, f: AsdlField): PyObject {
    if (f.type === 'constant') {
      // Constant.value is tpy's ConstantValue; MatchSingleton.value a Constant node.
      const c = kind === 'MatchSingleton' ? (node['value'] as ast.Constant) : (node as unknown as ast.Constant);
      return constantValue(c);
    }
    const raw = kind === 'Constant' && f.name === 'kind' ? node['kind_'] : node[f.name];
    if (raw === undefined || raw === null) return None;
    if (f.list) return new PyList((raw as unknown[]).map((v) => this.value(f.type, v)));
    return this.value(f.type, raw);
  }

  private value(type: string, v: unknown): PyObject {
    if (v === null || v === undefined) return None;
    switch (type) {
      case 'identifier':
      case 'string':
        return v as string;
      case 'int':
        return v as number;
    }
    // A simple sum's value is its constructor's name ('Load', 'Add'): the shared instance.
    if (typeof v === 'string') return this.classes.singletons.get(v)!;
    return this.node(v as Record<string, unknown>);
  }
}

/** The `ast` objects for a tree parsed from `source` (which gives the UTF-8 column offsets). */
export function astToPy(vm: VM, tree: ast.mod, source: string): PyObject {
  return new Converter(astClasses(vm), new ByteColumns(source)).node(tree as unknown as Record<string, unknown>);
}
