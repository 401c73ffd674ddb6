// CPython 3.11's compile-time recursion guard: its AST optimizer and symbol table count one level
// for each statement and expression they enter, from 3 x the Python call depth at which
// compilation starts, and raise RecursionError past 3 x sys.getrecursionlimit(). tpy's passes do
// not need the guard (deep trees fit its stack), so the same limit is checked once, up front,
// on the tree as parsed (CPython's optimizer sees it before folding `-(-(-1))`).

import type * as ast from './ast.js';
import { AST_SCHEMA } from './ast_schema.js';

/** How many statement and expression levels CPython 3.11 lets compilation enter. */
export interface DepthBudget {
  /** sys.getrecursionlimit() when compiling. */
  recursionLimit: number;
  /** Python frames on the stack when compiling (0 for the program itself). */
  callDepth: number;
}

/** The CPython node classes with a child node of another class, by field: found from the schema once. */
let nodeFields: Map<string, { names: string[]; counts: boolean }> | null = null;

function fieldsOf(kind: string): { names: string[]; counts: boolean } | undefined {
  if (nodeFields === null) {
    nodeFields = new Map();
    const nodeTypes = new Set([...AST_SCHEMA.sums.keys(), ...AST_SCHEMA.classes.keys()]);
    for (const [name, cls] of AST_SCHEMA.classes) {
      const sum = cls.base === null ? undefined : AST_SCHEMA.sums.get(cls.base);
      if (sum?.simple) continue;
      const names = cls.fields.filter((f) => nodeTypes.has(f.type) && !AST_SCHEMA.sums.get(f.type)?.simple).map((f) => f.name);
      nodeFields.set(name, { names, counts: cls.base === 'stmt' || cls.base === 'expr' });
    }
  }
  return nodeFields.get(kind);
}

/**
 * Whether compiling `tree` goes past CPython's limit: a chain of 3,000 operators (`1+1+...`,
 * `-----x`, `f()()()...`) at the top level of a program.
 */
export function exceedsCompileDepth(tree: ast.mod, budget: DepthBudget): boolean {
  const limit = 3 * budget.recursionLimit - 3 * budget.callDepth;
  const stack: { node: unknown; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth });
      continue;
    }
    const kind = (node as { kind?: unknown }).kind;
    if (typeof kind !== 'string') continue;
    const info = fieldsOf(kind);
    if (info === undefined) continue;
    const d = info.counts ? depth + 1 : depth;
    if (d > limit) return true;
    for (const name of info.names) stack.push({ node: (node as Record<string, unknown>)[name], depth: d });
  }
  return false;
}
