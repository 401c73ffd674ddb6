// The symbol table: scopes of names (local, global implicit/explicit, cell, free), block flags and scope errors.

import { describe, expect, test } from 'vitest';
import { parse } from '../../compiler/parse.js';
import { buildSymtable, Scope, SymbolTableEntry, BlockType, mangle, DEF_PARAM, DEF_FREE_CLASS } from '../../compiler/symtable.js';
import { Source, TpySyntaxError } from '../../compiler/syntax_error.js';

function table(source: string): SymbolTableEntry {
  return buildSymtable(parse(source, 't.py', 'exec'), new Source(source, 't.py')).top;
}

/** The block reached by following child names from the module ('f', 'f/g', 'C/m', 'f/listcomp'). */
function block(source: string, path = ''): SymbolTableEntry {
  let b = table(source);
  for (const name of path.split('/').filter(Boolean)) {
    const child = b.children.find((c) => c.name === name);
    if (!child) throw new Error(`no block ${name} in ${b.name}`);
    b = child;
  }
  return b;
}

function scopes(b: SymbolTableEntry): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of b.symbols.keys()) out[name] = Scope[b.getScope(name) as Scope] ?? '0';
  return out;
}

function error(source: string): TpySyntaxError {
  try {
    table(source);
  } catch (e) {
    if (e instanceof TpySyntaxError) return e;
    throw e;
  }
  throw new Error('no SyntaxError');
}

describe('module scope', () => {
  test('assigned and used names', () => {
    expect(scopes(block('x = 1\nprint(x)\nimport a.b\nfrom m import c as d\n'))).toEqual({
      x: 'LOCAL', print: 'GLOBAL_IMPLICIT', a: 'LOCAL', d: 'LOCAL',
    });
  });

  test('a name declared global in a function is explicit global in the module too', () => {
    const top = block('x = 1\ndef f():\n    global x\n    x = 2\n');
    expect(top.getScope('x')).toBe(Scope.GLOBAL_EXPLICIT);
    expect(block('x = 1\ndef f():\n    global x\n    x = 2\n', 'f').getScope('x')).toBe(Scope.GLOBAL_EXPLICIT);
  });

  test('block types and nesting', () => {
    const top = table('def f():\n    def g(): pass\nclass C:\n    def m(self): pass\n');
    expect(top.type).toBe(BlockType.Module);
    const [f, C] = top.children;
    expect([f.name, f.type, f.nested]).toEqual(['f', BlockType.Function, false]);
    expect([f.children[0].name, f.children[0].nested]).toEqual(['g', true]);
    expect([C.name, C.type, C.nested]).toEqual(['C', BlockType.Class, false]);
    expect(C.children[0].nested).toBe(false);
  });
});

describe('function scope', () => {
  test('parameters, locals and implicit globals', () => {
    const f = block('def f(a, b=1, *args, c, **kw):\n    d = a\n    return len(d)\n', 'f');
    expect(scopes(f)).toEqual({
      a: 'LOCAL', b: 'LOCAL', c: 'LOCAL', args: 'LOCAL', kw: 'LOCAL', d: 'LOCAL', len: 'GLOBAL_IMPLICIT',
    });
    expect(f.varnames).toEqual(['a', 'b', 'c', 'args', 'kw']);
    expect(f.getFlags('a') & DEF_PARAM).toBe(DEF_PARAM);
    expect([f.varargs, f.varkeywords, f.generator]).toEqual([true, true, false]);
  });

  test('augmented assignment makes a name local', () => {
    expect(block('def f():\n    x += 1\n', 'f').getScope('x')).toBe(Scope.LOCAL);
  });

  test('explicit global', () => {
    expect(scopes(block('def f():\n    global g\n    g = 1\n    return h\n', 'f'))).toEqual({
      g: 'GLOBAL_EXPLICIT', h: 'GLOBAL_IMPLICIT',
    });
  });

  test('a name global in an enclosing function is implicit global in the nested one', () => {
    const src = 'def f():\n    global g\n    def inner():\n        return g\n';
    expect(block(src, 'f/inner').getScope('g')).toBe(Scope.GLOBAL_IMPLICIT);
  });

  test('cells and free variables', () => {
    const src = 'def f():\n    x = 1\n    y = 2\n    def g():\n        return x\n    return g\n';
    expect(scopes(block(src, 'f'))).toEqual({ x: 'CELL', y: 'LOCAL', g: 'LOCAL' });
    expect(scopes(block(src, 'f/g'))).toEqual({ x: 'FREE' });
    expect(block(src, 'f').childFree).toBe(true);
    expect(block(src, 'f/g').hasFree).toBe(true);
  });

  test('a parameter can be a cell', () => {
    expect(block('def f(a):\n    return lambda: a\n', 'f').getScope('a')).toBe(Scope.CELL);
  });

  test('free variables pass through intermediate functions', () => {
    const src = 'def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n';
    expect(block(src, 'f').getScope('x')).toBe(Scope.CELL);
    expect(block(src, 'f/g').getScope('x')).toBe(Scope.FREE);
    expect(block(src, 'f/g/h').getScope('x')).toBe(Scope.FREE);
  });

  test('nonlocal', () => {
    const src = 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n';
    expect(block(src, 'f').getScope('x')).toBe(Scope.CELL);
    expect(block(src, 'f/g').getScope('x')).toBe(Scope.FREE);
  });

  test('generators', () => {
    expect(block('def f():\n    yield 1\n', 'f').generator).toBe(true);
    expect(block('def f():\n    yield from x\n', 'f').generator).toBe(true);
    expect(block('def f():\n    return 1\n', 'f').generator).toBe(false);
    expect(block('def f():\n    return 1\n', 'f').returnsValue).toBe(true);
  });
});

describe('class scope', () => {
  test('class bindings are not visible in methods', () => {
    const src = 'class C:\n    x = 1\n    def m(self):\n        return x\n';
    expect(block(src, 'C').getScope('x')).toBe(Scope.LOCAL);
    expect(block(src, 'C/m').getScope('x')).toBe(Scope.GLOBAL_IMPLICIT);
  });

  test('super() creates the __class__ cell', () => {
    const src = 'class C:\n    def m(self):\n        return super().m()\n';
    expect(block(src, 'C').needsClassClosure).toBe(true);
    expect(block(src, 'C/m').getScope('__class__')).toBe(Scope.FREE);
    expect(block('class C:\n    def m(self):\n        return 1\n', 'C').needsClassClosure).toBe(false);
    expect(block('class C:\n    def m(self):\n        return __class__\n', 'C').needsClassClosure).toBe(true);
  });

  test('a class in a function reads enclosing locals as free variables', () => {
    const src = 'def f():\n    y = 1\n    class C:\n        z = y\n        def m(self):\n            return y\n';
    expect(block(src, 'f').getScope('y')).toBe(Scope.CELL);
    expect(block(src, 'f/C').getScope('y')).toBe(Scope.FREE);
    expect(block(src, 'f/C/m').getScope('y')).toBe(Scope.FREE);
  });

  test('a method free variable that the class also binds is flagged DEF_FREE_CLASS', () => {
    const src = 'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n';
    const C = block(src, 'f/C');
    expect(C.getScope('x')).toBe(Scope.LOCAL);
    expect(C.getFlags('x') & DEF_FREE_CLASS).toBe(DEF_FREE_CLASS);
  });

  test('private names are mangled', () => {
    const src = 'class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__y\n';
    expect([...block(src, 'C').symbols.keys()]).toEqual(['_C__x', '_C__m']);
    expect(block(src, 'C/__m').varnames).toEqual(['self', '_C__a']);
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('_C', '__x')).toBe('_C__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('C', '__a.b')).toBe('__a.b');
    expect(mangle('__', '__x')).toBe('__x');
    expect(mangle(null, '__x')).toBe('__x');
  });
});

describe('comprehensions and lambdas', () => {
  test('a comprehension is a function block with the implicit .0 parameter', () => {
    const src = 'def f(xs):\n    return [x + y for x in xs]\n';
    const lc = block(src, 'f/listcomp');
    expect(lc.type).toBe(BlockType.Function);
    expect(lc.varnames).toEqual(['.0']);
    expect(scopes(lc)).toEqual({ '.0': 'LOCAL', x: 'LOCAL', y: 'GLOBAL_IMPLICIT' });
    // The outermost iterable is evaluated in the enclosing scope.
    expect(block(src, 'f').getScope('xs')).toBe(Scope.LOCAL);
  });

  test('generator expressions are generators', () => {
    expect(block('g = (x for x in y)\n', 'genexpr').generator).toBe(true);
    expect(block('g = {x: 1 for x in y}\n', 'dictcomp').generator).toBe(false);
  });

  test('lambda parameters and closures', () => {
    const src = 'def f(n):\n    return lambda x, *, k=n: x + n\n';
    expect(scopes(block(src, 'f/lambda'))).toEqual({ x: 'LOCAL', k: 'LOCAL', n: 'FREE' });
    expect(block(src, 'f').getScope('n')).toBe(Scope.CELL);
  });
});

describe('errors', () => {
  test.each([
    ['def f(a, a): pass\n', "duplicate argument 'a' in function definition", 1, 10],
    ['lambda a, a: 1\n', "duplicate argument 'a' in function definition", 1, 11],
    ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 3, 5],
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3, 5],
    ['def f(a):\n    global a\n', "name 'a' is parameter and global", 2, 5],
    ['def f(a):\n    nonlocal a\n', "name 'a' is parameter and nonlocal", 2, 5],
    ['def f():\n    x: int\n    global x\n', "annotated name 'x' can't be global", 3, 5],
    ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1, 1],
    ['def f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2, 5],
    ['def f():\n    from m import *\n', 'import * only allowed at module level', 2, 19],
    ['[(yield) for x in y]\n', "'yield' inside list comprehension", 1, 3],
    ['def f():\n    return ((yield) for x in y)\n', "'yield' inside generator expression", 2, 14],
  ])('%j', (source, msg, lineno, offset) => {
    const e = error(source);
    expect([e.msg, e.lineno, e.offset]).toEqual([msg, lineno, offset]);
    expect(e.kind).toBe('SyntaxError');
  });
});
