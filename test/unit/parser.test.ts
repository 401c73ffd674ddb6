// Parser tests: AST shapes (compared with CPython 3.11's ast.dump), locations, and SyntaxError messages and positions.
//
// The tables at the end were generated from CPython 3.11 (`ast.dump`, `compile`); the last
// describe block re-checks every snippet against a live python3 when one is installed.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse, TpySyntaxError } from '../../compiler/parse.js';
import { astDump, floatRepr, strRepr } from '../../compiler/ast_dump.js';
import { PythonParser } from '../../compiler/parser.js';
import type * as ast from '../../compiler/ast.js';

/** `ast.dump` of our parse, or the error in the tables' format. */
function dumpOrError(src: string, includeAttributes = false): string {
  try {
    return astDump(parse(src, 'f'), { includeAttributes });
  } catch (e) {
    if (e instanceof TpySyntaxError) return errorLine(e);
    throw e;
  }
}

function errorLine(e: TpySyntaxError): string {
  return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno}, ${e.end_offset})`;
}

function syntaxError(src: string, mode: 'exec' | 'eval' | 'single' = 'exec'): TpySyntaxError {
  try {
    parse(src, 'prog.py', mode);
  } catch (e) {
    if (e instanceof TpySyntaxError) return e;
    throw e;
  }
  throw new Error(`no SyntaxError for ${JSON.stringify(src)}`);
}

function body(src: string): ast.stmt[] {
  return parse(src, 'f').body;
}

describe('AST shapes match CPython ast.dump', () => {
  for (const [src, want] of astCases()) {
    it(JSON.stringify(src), () => {
      expect(dumpOrError(src)).toBe(want);
    });
  }
});

describe('locations match CPython (include_attributes=True)', () => {
  for (const [src, want] of positionCases()) {
    it(JSON.stringify(src), () => {
      expect(dumpOrError(src, true)).toBe(want);
    });
  }
});

describe('SyntaxError messages and positions match CPython', () => {
  for (const [src, want] of errorCases()) {
    it(JSON.stringify(src), () => {
      expect(dumpOrError(src)).toBe(want);
    });
  }
});

describe('grammar', () => {
  it("passes chevrotain's grammar validations (no ambiguity, no left recursion)", () => {
    expect(() => new PythonParser(true)).not.toThrow();
  });
});

describe('parse() API', () => {
  it('returns a Module, an Expression or an Interactive by mode', () => {
    expect(astDump(parse('x = 1\n', 'f'))).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])",
    );
    expect(astDump(parse('a, b\n\n', 'f', 'eval'))).toBe(
      "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))",
    );
    expect(astDump(parse('x = 1; y = 2', 'f', 'single'))).toBe(
      "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), " +
        "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])",
    );
    expect(astDump(parse('for x in y:\n  pass\n\n', 'f', 'single'))).toBe(
      "Interactive(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])])",
    );
  });

  it('reports mode-specific errors as CPython does', () => {
    expect(errorLine(syntaxError('x = 1', 'eval'))).toBe('SyntaxError: invalid syntax (1, 3, 1, 4)');
    expect(errorLine(syntaxError('*a', 'eval'))).toBe('SyntaxError: invalid syntax (1, 1, 1, 2)');
    expect(errorLine(syntaxError('x = 1\ny = 2\n', 'single'))).toBe(
      'SyntaxError: multiple statements found while compiling a single statement (1, 6, 1, 6)',
    );
  });

  it('throws a TpySyntaxError carrying the file name, the line text and a Python-style message', () => {
    const e = syntaxError('x = 1\ny = = 2\n');
    expect(e).toBeInstanceOf(Error);
    expect(e.kind).toBe('SyntaxError');
    expect(e.name).toBe('SyntaxError');
    expect(e.filename).toBe('prog.py');
    expect(e.lineno).toBe(2);
    expect(e.offset).toBe(5);
    expect(e.text).toBe('y = = 2\n');
    expect(e.message).toBe('invalid syntax (prog.py, line 2)');
    const ind = syntaxError('if x:\n    a\n  b\n');
    expect(ind.kind).toBe('IndentationError');
    expect(ind.text).toBe('  b\n');
    const tab = syntaxError('if x:\n  a\n\tb\n');
    expect(tab.kind).toBe('TabError');
    // Errors raised inside CPython's tokenizer keep the line without its newline.
    expect(syntaxError('x = "abc\n').text).toBe('x = "abc');
  });

  it('accepts \\r\\n and \\r line endings and a BOM', () => {
    const want = "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[]), Expr(value=Constant(value='a\\nb'))], type_ignores=[])";
    expect(astDump(parse('if x:\r\n    pass\r\n"""a\r\nb"""\r\n', 'f'))).toBe(want);
    expect(astDump(parse('if x:\r    pass\r"""a\rb"""\r', 'f'))).toBe(want);
    expect(astDump(parse('\uFEFFx', 'f'))).toBe("Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])");
  });

  it('can be called again after a failure (one parser instance is reused)', () => {
    expect(() => parse('x = (', 'f')).toThrow(TpySyntaxError);
    expect(astDump(parse('y', 'f'))).toBe("Module(body=[Expr(value=Name(id='y', ctx=Load()))], type_ignores=[])");
  });
});

describe('AST details', () => {
  it('sets Store and Del contexts on every target, recursively', () => {
    const [assign, del, forStmt] = body('[a, (b.c, *d)] = e\ndel x[0], (y, z)\nfor i, j in k: pass\n') as [ast.Assign, ast.Delete, ast.For];
    const list = assign.targets[0] as ast.List;
    expect(list.ctx).toBe('Store');
    const tuple = list.elts[1] as ast.Tuple;
    expect(tuple.ctx).toBe('Store');
    expect((tuple.elts[0] as ast.Attribute).ctx).toBe('Store');
    expect(((tuple.elts[0] as ast.Attribute).value as ast.Name).ctx).toBe('Load');
    const starred = tuple.elts[1] as ast.Starred;
    expect(starred.ctx).toBe('Store');
    expect((starred.value as ast.Name).ctx).toBe('Store');
    expect(del.targets.map((t) => (t as ast.Subscript | ast.Tuple).ctx)).toEqual(['Del', 'Del']);
    expect(((del.targets[1] as ast.Tuple).elts[0] as ast.Name).ctx).toBe('Del');
    expect((forStmt.target as ast.Tuple).elts.map((t) => (t as ast.Name).ctx)).toEqual(['Store', 'Store']);
  });

  it('keeps integer literals exact as bigint and floats as numbers', () => {
    const values = body('123456789012345678901234567890\n0xff\n0o17\n0b101\n1_000\n1.5e300\n.5\n1e400\n')
      .map((s) => ((s as ast.Expr).value as ast.Constant).value);
    expect(values).toEqual([
      { type: 'int', value: 123456789012345678901234567890n },
      { type: 'int', value: 255n },
      { type: 'int', value: 15n },
      { type: 'int', value: 5n },
      { type: 'int', value: 1000n },
      { type: 'float', value: 1.5e300 },
      { type: 'float', value: 0.5 },
      { type: 'float', value: Infinity },
    ]);
  });

  it('decodes escapes in str and bytes literals', () => {
    const values = body(String.raw`'\x41\u00e9\U0001F600\101\n\t\\\'\q'` + '\n' + String.raw`b'\x00\xff\n\\'` + '\n' + String.raw`rb'\x00'` + '\n')
      .map((s) => ((s as ast.Expr).value as ast.Constant).value);
    expect(values[0]).toEqual({ type: 'str', value: 'A\u00e9\u{1F600}A\n\t\\\'\\q' });
    expect(values[1]).toEqual({ type: 'bytes', value: Uint8Array.from([0, 255, 10, 92]) });
    expect(values[2]).toEqual({ type: 'bytes', value: Uint8Array.from([92, 120, 48, 48]) });
  });

  it('parses replacement fields of nested f-strings', () => {
    expect(dumpOrError(`f"{f'{x!r:>{w}}'}"`)).toBe(
      "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), " +
        "conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]), " +
        'conversion=-1)]))], type_ignores=[])',
    );
  });

  it('normalizes identifiers with NFKC, as CPython does', () => {
    expect(dumpOrError('ﬁ.ﬁ = 𝔘')).toBe(
      "Module(body=[Assign(targets=[Attribute(value=Name(id='fi', ctx=Load()), attr='fi', ctx=Store())], value=Name(id='U', ctx=Load()))], type_ignores=[])",
    );
  });

  it('gives a sole generator argument the call parentheses as its location', () => {
    const call = (body('f(x for x in y)')[0] as ast.Expr).value as ast.Call;
    const g = call.args[0]!;
    expect([g.col_offset, g.end_col_offset]).toEqual([1, 15]);
  });
});

describe('deliberate differences from CPython', () => {
  // DIVERGENCE: columns count UTF-16 code units, CPython counts UTF-8 bytes (same for ASCII).
  it('counts columns in UTF-16 code units', () => {
    const assign = body('café = "é"')[0] as ast.Assign;
    expect([assign.targets[0]!.end_col_offset, assign.value.col_offset, assign.value.end_col_offset]).toEqual([4, 7, 10]);
  });

  // DIVERGENCE: Python 3.11 syntax outside tpy's subset is rejected with a clear message.
  it.each([
    ['x = "\\N{BULLETX}"', "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name (1, 18, 1, 18)"],
  ])('%j', (src, want) => {
    expect(dumpOrError(src)).toBe(want);
  });

  it('reads imaginary literals and complex literal patterns', () => {
    expect(dumpOrError('x = 1j + 2.5J')).toBe(
      "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1j), op=Add(), right=Constant(value=2.5j)))], type_ignores=[])",
    );
    const m = body('match x:\n    case -1 - 2j: pass')[0] as ast.Match;
    expect(astDump(m.cases[0]!.pattern)).toBe('MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(value=2j)))');
  });

  // DIVERGENCE: CPython accepts 200 nested brackets; tpy's recursive parser stops earlier.
  it('reports brackets nested too deeply for the parser as a SyntaxError, not a stack overflow', () => {
    expect(dumpOrError(`x = ${'('.repeat(100)}1${')'.repeat(100)}`)).toContain('Module(');
    const e = syntaxError(`x = ${'('.repeat(1000)}1${')'.repeat(1000)}`);
    expect(e.msg).toBe('too many nested parentheses');
    expect(e.offset).toBe(5 + 200);
  });
});

describe('ast_dump helpers', () => {
  it('prints floats as Python repr does', () => {
    expect([1.5e300, 1e16, 1e15, 0.0001, 0.00001, 0.1 + 0.2, 5e-324, -0, 2.5, 100].map(floatRepr)).toEqual([
      '1.5e+300', '1e+16', '1000000000000000.0', '0.0001', '1e-05', '0.30000000000000004', '5e-324', '-0.0', '2.5', '100.0',
    ]);
  });

  it('prints strings as Python repr does', () => {
    expect(["it's", 'say "hi"', 'both \' "', 'tab\there\n', '\x00\x7f\u00e9\u2028'].map(strRepr)).toEqual([
      `"it's"`, `'say "hi"'`, `'both \\' "'`, `'tab\\there\\n'`, `'\\x00\\x7f\u00e9\\u2028'`,
    ]);
  });
});

const python3 = (() => {
  try {
    execFileSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!python3)('live comparison with python3 (3.11)', () => {
  const script = `
import ast, json, sys
out = []
for src, attrs in json.load(sys.stdin):
    try:
        out.append(ast.dump(ast.parse(src), include_attributes=attrs))
    except SyntaxError as e:
        out.append('%s: %s (%s, %s, %s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
print(json.dumps(out))
`;
  it('agrees on every snippet of the tables', () => {
    const cases: [string, boolean][] = [
      ...astCases().map(([s]): [string, boolean] => [s, false]),
      ...positionCases().map(([s]): [string, boolean] => [s, true]),
      ...errorCases().map(([s]): [string, boolean] => [s, false]),
    ];
    const expected = JSON.parse(
      execFileSync('python3', ['-W', 'ignore', '-c', script], { input: JSON.stringify(cases) }).toString(),
    ) as string[];
    const mismatches = cases
      .map(([src, attrs], i) => ({ src, got: dumpOrError(src, attrs), want: expected[i] }))
      .filter((m) => m.got !== m.want);
    expect(mismatches).toEqual([]);
  });
});

// ---- generated tables (CPython 3.11.7) ----
/** Snippet → CPython 3.11's `ast.dump(ast.parse(snippet))`. */
function astCases(): [string, string][] {
  return [
    // The match statement (PEP 634).
    ["match x:\n    case 1 | -2 | \"a\" \"b\" | None | True:\n        pass", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=Constant(value='ab')), MatchSingleton(value=None), MatchSingleton(value=True)]), body=[Pass()])])], type_ignores=[])"],
    ["match x, *y:\n    case [a, *_, (b, c)] | (d, e) if a:\n        pass", "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchSequence(patterns=[MatchAs(name='b'), MatchAs(name='c')])]), MatchSequence(patterns=[MatchAs(name='d'), MatchAs(name='e')])]), guard=Name(id='a', ctx=Load()), body=[Pass()])])], type_ignores=[])"],
    ["match x:\n    case {1: a, \"k\": [b], C.D: _, **rest}:\n        pass\n    case {}: pass", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value='k'), Attribute(value=Name(id='C', ctx=Load()), attr='D', ctx=Load())], patterns=[MatchAs(name='a'), MatchSequence(patterns=[MatchAs(name='b')]), MatchAs()], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignores=[])"],
    ["match x:\n    case P(1, y, a=B.c, b=(d as e)):\n        pass", "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='P', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='y')], kwd_attrs=['a', 'b'], kwd_patterns=[MatchValue(value=Attribute(value=Name(id='B', ctx=Load()), attr='c', ctx=Load())), MatchAs(pattern=MatchAs(name='d'), name='e')]), body=[Pass()])])], type_ignores=[])"],
    ["match = 1\nmatch(x)\ncase = match[0]", "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[])"],
    ["x = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = y = 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
    ["a, b = b, a", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["x += 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"],
    ["x: int = 3", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=3), simple=1)], type_ignores=[])"],
    ["x: int", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"],
    ["(x): int = 1", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"],
    ["a.b: int", "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"],
    ["del a, b[0], c.d", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"],
    ["def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"],
    ["def f(a, /, b, *, c): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["lambda x, y=1: x + y", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=BinOp(left=Name(id='x', ctx=Load()), op=Add(), right=Name(id='y', ctx=Load()))))], type_ignores=[])"],
    ["lambda *a, **k: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["lambda: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["class A(B, C, metaclass=M):\n    x = 1\n    def f(self): pass\n", "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[])"],
    ["@dec\n@dec2(1)\nclass A: pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])"],
    ["@a.b\ndef f(): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())])], type_ignores=[])"],
    ["if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"],
    ["while x:\n    break\nelse:\n    continue\n", "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"],
    ["for x, y in z:\n    pass\nelse:\n    pass\n", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"],
    ["try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"],
    ["try:\n    pass\nfinally:\n    pass\n", "Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"],
    ["with a as b, c as d:\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with a:\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
    ["with (a as b, c):\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
    ["with (a, b):\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
    ["with (a):\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
    ["with (a) as b:\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["raise", "Module(body=[Raise()], type_ignores=[])"],
    ["raise X", "Module(body=[Raise(exc=Name(id='X', ctx=Load()))], type_ignores=[])"],
    ["raise X from Y", "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])"],
    ["assert x", "Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"],
    ["assert x, 'msg'", "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"],
    ["import a", "Module(body=[Import(names=[alias(name='a')])], type_ignores=[])"],
    ["import a.b.c as d, e", "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"],
    ["from . import x", "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"],
    ["from .. import x", "Module(body=[ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[])"],
    ["from ... import x", "Module(body=[ImportFrom(names=[alias(name='x')], level=3)], type_ignores=[])"],
    ["from .a.b import (c, d as e,)", "Module(body=[ImportFrom(module='a.b', names=[alias(name='c'), alias(name='d', asname='e')], level=1)], type_ignores=[])"],
    ["from x import *", "Module(body=[ImportFrom(module='x', names=[alias(name='*')], level=0)], type_ignores=[])"],
    ["from x import a, b", "Module(body=[ImportFrom(module='x', names=[alias(name='a'), alias(name='b')], level=0)], type_ignores=[])"],
    ["global a, b", "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"],
    ["nonlocal a", "Module(body=[Nonlocal(names=['a'])], type_ignores=[])"],
    ["pass; pass", "Module(body=[Pass(), Pass()], type_ignores=[])"],
    ["x = 1; y = 2;", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
    ["if x: y; z", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load())), Expr(value=Name(id='z', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["for x in y: pass", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["while 1: pass", "Module(body=[While(test=Constant(value=1), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["a and b or not c", "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))]))], type_ignores=[])"],
    ["a if b else c", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"],
    ["a < b <= c != d", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])"],
    ["a not in b", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
    ["a is not b", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
    ["a is b", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Is()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
    ["a in b", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"],
    ["-a ** -b", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())))))], type_ignores=[])"],
    ["~a", "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())))], type_ignores=[])"],
    ["+a", "Module(body=[Expr(value=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load())))], type_ignores=[])"],
    ["not not a", "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"],
    ["a | b ^ c & d << e >> f + g - h * i / j // k % l @ m", "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])"],
    ["a ** b ** c", "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])"],
    ["(a + b) * c", "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Mult(), right=Name(id='c', ctx=Load())))], type_ignores=[])"],
    ["a - b - c", "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))], type_ignores=[])"],
    ["a[1]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[])"],
    ["a[1:2]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"],
    ["a[::2]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])"],
    ["a[1:2, 3]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["a[:]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"],
    ["a[...]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=Ellipsis), ctx=Load()))], type_ignores=[])"],
    ["a[1,]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["a[*b]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["a.b.c", "Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[])"],
    ["f()", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
    ["f(a, *b, c=1, **d)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"],
    ["f(a)(b)[c].d", "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"],
    ["f(x for x in y)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"],
    ["f((x for x in y), 1)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]), Constant(value=1)], keywords=[]))], type_ignores=[])"],
    ["[x for x in y if x if y for z in w]", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["{x for x in y}", "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["{k: v for k, v in x}", "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["(x for x in y)", "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["[*a, *b]", "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["{*a, 1}", "Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1)]))], type_ignores=[])"],
    ["{**a, 'b': 1, **c}", "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])"],
    ["{}", "Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"],
    ["[]", "Module(body=[Expr(value=List(elts=[], ctx=Load()))], type_ignores=[])"],
    ["()", "Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"],
    ["(1,)", "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"],
    ["1,", "Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"],
    ["{1}", "Module(body=[Expr(value=Set(elts=[Constant(value=1)]))], type_ignores=[])"],
    ["{1: 2}", "Module(body=[Expr(value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"],
    ["yield", "Module(body=[Expr(value=Yield())], type_ignores=[])"],
    ["yield x", "Module(body=[Expr(value=Yield(value=Name(id='x', ctx=Load())))], type_ignores=[])"],
    ["yield from x", "Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], type_ignores=[])"],
    ["x = yield", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"],
    ["x = yield 1, 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())))], type_ignores=[])"],
    ["await_ = 1", "Module(body=[Assign(targets=[Name(id='await_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["async def f():\n    async for x in y:\n        await z\n    async with a as b: pass", "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"],
    ["[x async for x in y]", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[])"],
    ["'abc'", "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"],
    ["\"abc\"", "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"],
    ["'''a\nb'''", "Module(body=[Expr(value=Constant(value='a\\nb'))], type_ignores=[])"],
    ["b'abc'", "Module(body=[Expr(value=Constant(value=b'abc'))], type_ignores=[])"],
    ["rb'\\n'", "Module(body=[Expr(value=Constant(value=b'\\\\n'))], type_ignores=[])"],
    ["br'a'", "Module(body=[Expr(value=Constant(value=b'a'))], type_ignores=[])"],
    ["u'x'", "Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])"],
    ["'a' 'b'", "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"],
    ["'a' \"b\"", "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"],
    ["R'\\d'", "Module(body=[Expr(value=Constant(value='\\\\d'))], type_ignores=[])"],
    ["'\\x41\\u0042\\U00000043\\101\\n\\t\\\\'", "Module(body=[Expr(value=Constant(value='ABCA\\n\\t\\\\'))], type_ignores=[])"],
    ["b'\\x00\\xff'", "Module(body=[Expr(value=Constant(value=b'\\x00\\xff'))], type_ignores=[])"],
    ["'\\q'", "Module(body=[Expr(value=Constant(value='\\\\q'))], type_ignores=[])"],
    ["'a\\\nb'", "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])"],
    ["f'a{b}c'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"],
    ["f'{a!r}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["f'{a!s:>10}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"],
    ["f'{a:{b}.{c}f}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[])"],
    ["f'{{}}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[])"],
    ["f'{x=}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["f'{x = }'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["f'a' 'b'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab')]))], type_ignores=[])"],
    ["'a' f'{b}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["f''", "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])"],
    ["rf'\\n{x}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["f'{a[\"b\"]}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["f'{\"a\" if x else \"b\"}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b')), conversion=-1)]))], type_ignores=[])"],
    ["f'{f\"{x}\"}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[])"],
    ["f'{a, b}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["f'{x!r:^{w}}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["1", "Module(body=[Expr(value=Constant(value=1))], type_ignores=[])"],
    ["1.5", "Module(body=[Expr(value=Constant(value=1.5))], type_ignores=[])"],
    ["1e10", "Module(body=[Expr(value=Constant(value=10000000000.0))], type_ignores=[])"],
    ["1E-5", "Module(body=[Expr(value=Constant(value=1e-05))], type_ignores=[])"],
    ["0x1F", "Module(body=[Expr(value=Constant(value=31))], type_ignores=[])"],
    ["0o17", "Module(body=[Expr(value=Constant(value=15))], type_ignores=[])"],
    ["0b101", "Module(body=[Expr(value=Constant(value=5))], type_ignores=[])"],
    ["1_000", "Module(body=[Expr(value=Constant(value=1000))], type_ignores=[])"],
    ["0.5", "Module(body=[Expr(value=Constant(value=0.5))], type_ignores=[])"],
    [".5", "Module(body=[Expr(value=Constant(value=0.5))], type_ignores=[])"],
    ["5.", "Module(body=[Expr(value=Constant(value=5.0))], type_ignores=[])"],
    ["1e400", "Module(body=[Expr(value=Constant(value=inf))], type_ignores=[])"],
    ["10000000000000000000000000", "Module(body=[Expr(value=Constant(value=10000000000000000000000000))], type_ignores=[])"],
    ["0", "Module(body=[Expr(value=Constant(value=0))], type_ignores=[])"],
    ["00", "Module(body=[Expr(value=Constant(value=0))], type_ignores=[])"],
    ["1.0", "Module(body=[Expr(value=Constant(value=1.0))], type_ignores=[])"],
    ["123456789.123", "Module(body=[Expr(value=Constant(value=123456789.123))], type_ignores=[])"],
    ["1e16", "Module(body=[Expr(value=Constant(value=1e+16))], type_ignores=[])"],
    ["1e15", "Module(body=[Expr(value=Constant(value=1000000000000000.0))], type_ignores=[])"],
    ["0.0001", "Module(body=[Expr(value=Constant(value=0.0001))], type_ignores=[])"],
    ["0.00001", "Module(body=[Expr(value=Constant(value=1e-05))], type_ignores=[])"],
    ["True", "Module(body=[Expr(value=Constant(value=True))], type_ignores=[])"],
    ["False", "Module(body=[Expr(value=Constant(value=False))], type_ignores=[])"],
    ["None", "Module(body=[Expr(value=Constant(value=None))], type_ignores=[])"],
    ["...", "Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"],
    ["x = ...", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[])"],
    ["caf\u00e9 = 1", "Module(body=[Assign(targets=[Name(id='caf\u00e9', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["a.b = c[d] = e", "Module(body=[Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), Subscript(value=Name(id='c', ctx=Load()), slice=Name(id='d', ctx=Load()), ctx=Store())], value=Name(id='e', ctx=Load()))], type_ignores=[])"],
    ["*a, b = c", "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
    ["[a, *b] = c", "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
    ["(a, b), c = d", "Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"],
    ["for (a, b) in c: pass", "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["for x, in y: pass", "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["[a for a, b in c]", "Module(body=[Expr(value=ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["x = *a, *b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["return *a, b", "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["print(*a)", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["del (a), [b]", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), List(elts=[Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"],
    ["del (a, b)", "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"],
    ["if True:\n    x = 1\n    if y:\n        z = 2\n    w = 3\n", "Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), If(test=Name(id='y', ctx=Load()), body=[Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[]), Assign(targets=[Name(id='w', ctx=Store())], value=Constant(value=3))], orelse=[])], type_ignores=[])"],
    ["def f():\n    def g():\n        nonlocal x\n    return g\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[]), Return(value=Name(id='g', ctx=Load()))], decorator_list=[])], type_ignores=[])"],
    ["x = (1,\n     2)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
    ["x = [\n  1,\n  2,\n]\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
    ["x = 1 + \\\n  2\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
    ["# comment\nx = 1  # trailing\n\n\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["\n\n\nx = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["if x:\n\n    # c\n    y\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["if x:\n\ty\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["f(a)(b)", "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["class A:\n    pass\n", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["x = not a == b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"],
    ["x = -1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"],
    ["a = b = c = d", "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"],
    ["a[b] += 1", "Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"],
    ["a.b -= 1", "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Sub(), value=Constant(value=1))], type_ignores=[])"],
    ["x **= 2", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])"],
    ["x //= 2", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2))], type_ignores=[])"],
    ["x >>= 2", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=2))], type_ignores=[])"],
    ["x @= y", "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Name(id='y', ctx=Load()))], type_ignores=[])"],
    ["f(a=1)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='a', value=Constant(value=1))]))], type_ignores=[])"],
    ["f(*a, *b)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["f(**a, **b)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(value=Name(id='b', ctx=Load()))]))], type_ignores=[])"],
    ["f(a, b=1, *c)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"],
    ["f(a,)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["lambda a, /, b: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["lambda *, a: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["lambda a=1, *b, c=2, **d: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], vararg=arg(arg='b'), kwonlyargs=[arg(arg='c')], kw_defaults=[Constant(value=2)], kwarg=arg(arg='d'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"],
    ["def f(*, a=1, b): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(a: int = 1, *b: str, c: int, **d: float) -> None: pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='int', ctx=Load()))], kw_defaults=[None], kwarg=arg(arg='d', annotation=Name(id='float', ctx=Load())), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"],
    ["", "Module(body=[], type_ignores=[])"],
    ["# only a comment", "Module(body=[], type_ignores=[])"],
    ["# c\n", "Module(body=[], type_ignores=[])"],
    ["x = 1  # no newline at end", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["if x: pass\nelse: pass", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"],
    ["f(key=lambda x: x)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='key', value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))]))], type_ignores=[])"],
    ["a not in b not in c", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"],
    ["{(a, b): c for a, b in d}", "Module(body=[Expr(value=DictComp(key=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), value=Name(id='c', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["print(f\"{x!r:>{width}}\")", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)]))])], keywords=[]))], type_ignores=[])"],
    ["x = '''a 'b' \"c\" '''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a \\'b\\' \"c\" '))], type_ignores=[])"],
    ["x = 'a\\\n b'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a b'))], type_ignores=[])"],
    ["for *a, b in c: pass", "Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["x = [\n    1,  # one\n    2,\n]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
    ["class A:\n    '''doc'''\n\n    def f(self):\n        return 1\n\n\nx = A()\n", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Expr(value=Constant(value='doc')), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[])], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='A', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
    ["if a:\n    if b:\n        if c:\n            pass\n", "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), body=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], orelse=[])], type_ignores=[])"],
    ["while True:\n    try:\n        break\n    finally:\n        continue\n", "Module(body=[While(test=Constant(value=True), body=[Try(body=[Break()], handlers=[], orelse=[], finalbody=[Continue()])], orelse=[])], type_ignores=[])"],
    ["x = (yield)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"],
    ["def g():\n    x = yield from h()\n", "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='h', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[])"],
    ["a = b if c else d if e else f", "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=IfExp(test=Name(id='c', ctx=Load()), body=Name(id='b', ctx=Load()), orelse=IfExp(test=Name(id='e', ctx=Load()), body=Name(id='d', ctx=Load()), orelse=Name(id='f', ctx=Load()))))], type_ignores=[])"],
    ["x = lambda: (yield)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"],
    ["f(*args, **kwargs)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='kwargs', ctx=Load()))]))], type_ignores=[])"],
    ["f(a)[b](c)", "Module(body=[Expr(value=Call(func=Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), slice=Name(id='b', ctx=Load()), ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["a.b.c.d = 1", "Module(body=[Assign(targets=[Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = not a and b or c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"],
    ["x = a or b and c or d", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[])"],
    ["x = a and b and c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"],
    ["x = (a or b) and c", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=And(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"],
    ["-x ** 2", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=Constant(value=2))))], type_ignores=[])"],
    ["(-x) ** 2", "Module(body=[Expr(value=BinOp(left=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2)))], type_ignores=[])"],
    ["x ** -y", "Module(body=[Expr(value=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load()))))], type_ignores=[])"],
    ["2 ** 3 ** 4", "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4))))], type_ignores=[])"],
    ["a @ b", "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())))], type_ignores=[])"],
    ["~~a", "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"],
    ["x = +-+1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), operand=UnaryOp(op=UAdd(), operand=Constant(value=1)))))], type_ignores=[])"],
    ["x[1:2:3]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"],
    ["x[:, None]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=None)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x[..., 1:]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Constant(value=Ellipsis), Slice(lower=Constant(value=1))], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x[a:b, c:d]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load())), Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x[()]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x[(1, 2)]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["del x[0], y.z", "Module(body=[Delete(targets=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='y', ctx=Load()), attr='z', ctx=Del())])], type_ignores=[])"],
    ["assert (a, b)", "Module(body=[Assert(test=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["raise E(1) from None", "Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load()), args=[Constant(value=1)], keywords=[]), cause=Constant(value=None))], type_ignores=[])"],
    ["import a.b, c", "Module(body=[Import(names=[alias(name='a.b'), alias(name='c')])], type_ignores=[])"],
    ["from a import b as c, d", "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=0)], type_ignores=[])"],
    ["with a() as (b, c): pass", "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='a', ctx=Load()), args=[], keywords=[]), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with a as b.c: pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with a as b[0]: pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["x: list[int] = []", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=1)], type_ignores=[])"],
    ["self.x: int = 1", "Module(body=[AnnAssign(target=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"],
    ["x[0]: int", "Module(body=[AnnAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"],
    ["if x:\n\tpass\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["if x:\n        pass\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["\fx = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = 1\n\f\ny = 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
    ["if 1:\n  x\n  \n  y\n", "Module(body=[If(test=Constant(value=1), body=[Expr(value=Name(id='x', ctx=Load())), Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["x = \\\n1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = 1 if y else 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"],
    ["print(x for x in y if x)", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0)])], keywords=[]))], type_ignores=[])"],
    ["sum(x*x for x in range(10))", "Module(body=[Expr(value=Call(func=Name(id='sum', ctx=Load()), args=[GeneratorExp(elt=BinOp(left=Name(id='x', ctx=Load()), op=Mult(), right=Name(id='x', ctx=Load())), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"],
    ["[(x, y) for x in a for y in b if x != y]", "Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Compare(left=Name(id='x', ctx=Load()), ops=[NotEq()], comparators=[Name(id='y', ctx=Load())])], is_async=0)]))], type_ignores=[])"],
    ["{**{}}", "Module(body=[Expr(value=Dict(keys=[None], values=[Dict(keys=[], values=[])]))], type_ignores=[])"],
    ["{'a': 1, **b, 'c': 2}", "Module(body=[Expr(value=Dict(keys=[Constant(value='a'), None, Constant(value='c')], values=[Constant(value=1), Name(id='b', ctx=Load()), Constant(value=2)]))], type_ignores=[])"],
    ["f'{x:{y}}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["f'{x!a}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[])"],
    ["f'''{\nx\n}'''", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["f'{x}' f'{y}' 'z' f'{{w}}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='z{w}')]))], type_ignores=[])"],
    ["'a' 'b' 'c'", "Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[])"],
    ["b'a' b'b'", "Module(body=[Expr(value=Constant(value=b'ab'))], type_ignores=[])"],
    ["f'{3.14:.2f}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))]))], type_ignores=[])"],
    ["f'{a[0]}{b.c}{d()}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Load()), conversion=-1), FormattedValue(value=Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Load()), conversion=-1), FormattedValue(value=Call(func=Name(id='d', ctx=Load()), args=[], keywords=[]), conversion=-1)]))], type_ignores=[])"],
    ["f'{\"nested\"}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='nested'), conversion=-1)]))], type_ignores=[])"],
    ["f\"{'a' 'b'}\"", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)]))], type_ignores=[])"],
    ["x = 0xdead_beef", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=3735928559))], type_ignores=[])"],
    ["x = 0b1010_1010", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=170))], type_ignores=[])"],
    ["x = 0o7_7", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=63))], type_ignores=[])"],
    ["x = 1_2.3_4e-5_6", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.234e-55))], type_ignores=[])"],
    ["x = 1.", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.0))], type_ignores=[])"],
    ["x = .1e1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.0))], type_ignores=[])"],
    ["x = 1e-1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.1))], type_ignores=[])"],
    ["x = 12345678901234567890", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=12345678901234567890))], type_ignores=[])"],
    ["x = 0.1 + 0.2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=0.1), op=Add(), right=Constant(value=0.2)))], type_ignores=[])"],
    ["x = 1.7976931348623157e308", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.7976931348623157e+308))], type_ignores=[])"],
    ["x = 5e-324", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5e-324))], type_ignores=[])"],
    ["x = 1e22", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1e+22))], type_ignores=[])"],
    ["x = 123.456e-10", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1.23456e-08))], type_ignores=[])"],
    ["'\\a\\b\\f\\n\\r\\t\\v\\0\\x7f'", "Module(body=[Expr(value=Constant(value='\\x07\\x08\\x0c\\n\\r\\t\\x0b\\x00\\x7f'))], type_ignores=[])"],
    ["'\\u00e9\\U0001F600'", "Module(body=[Expr(value=Constant(value='\u00e9\ud83d\ude00'))], type_ignores=[])"],
    ["'\u00e9\u20ac\ud83d\ude00'", "Module(body=[Expr(value=Constant(value='\u00e9\u20ac\ud83d\ude00'))], type_ignores=[])"],
    ["b'\\xff\\x00\\n'", "Module(body=[Expr(value=Constant(value=b'\\xff\\x00\\n'))], type_ignores=[])"],
    ["r'\\x'", "Module(body=[Expr(value=Constant(value='\\\\x'))], type_ignores=[])"],
    ["'tab\\there'", "Module(body=[Expr(value=Constant(value='tab\\there'))], type_ignores=[])"],
    ["\"it's\"", "Module(body=[Expr(value=Constant(value=\"it's\"))], type_ignores=[])"],
    ["'say \"hi\"'", "Module(body=[Expr(value=Constant(value='say \"hi\"'))], type_ignores=[])"],
    ["'both \\' \"'", "Module(body=[Expr(value=Constant(value='both \\' \"'))], type_ignores=[])"],
    ["global x\nnonlocal y", "Module(body=[Global(names=['x']), Nonlocal(names=['y'])], type_ignores=[])"],
    ["def f(a, b, /): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(a=1, /, b=2): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(*, a): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(**kw,): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(a,): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["lambda a,: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["lambda *a,: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["class A(): pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["class A(metaclass=M, **kw): pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["class A(*bases): pass", "Module(body=[ClassDef(name='A', bases=[Starred(value=Name(id='bases', ctx=Load()), ctx=Load())], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["@property\ndef f(self): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='property', ctx=Load())])], type_ignores=[])"],
    ["@a.b.c(1)(2)\ndef f(): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Constant(value=1)], keywords=[]), args=[Constant(value=2)], keywords=[])])], type_ignores=[])"],
    ["@x[0]\ndef f(): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Load())])], type_ignores=[])"],
    ["for i in range(10):\n    if i:\n        continue\n    else:\n        break\nelse:\n    pass\n", "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), body=[If(test=Name(id='i', ctx=Load()), body=[Continue()], orelse=[Break()])], orelse=[Pass()])], type_ignores=[])"],
    ["x = [i for i in range(3)]\ny = {i for i in x}\nz = {i: i for i in x}\nw = (i for i in x)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0)])), Assign(targets=[Name(id='y', ctx=Store())], value=SetComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[Name(id='z', ctx=Store())], value=DictComp(key=Name(id='i', ctx=Load()), value=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[Name(id='w', ctx=Store())], value=GeneratorExp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["x = 1;", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = 1; y = 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
    ["if x: a = 1; b = 2\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"],
    ["while x: pass; pass", "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass(), Pass()], orelse=[])], type_ignores=[])"],
    ["return", "Module(body=[Return()], type_ignores=[])"],
    ["return 1, 2", "Module(body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
    ["return *a, *b", "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["yield a, b", "Module(body=[Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"],
    ["x = yield a, b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"],
    ["x = 00_0", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0))], type_ignores=[])"],
    ["x = 0.0_1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.01))], type_ignores=[])"],
    ["x = 0.", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=0.0))], type_ignores=[])"],
    ["x = 09e1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=90.0))], type_ignores=[])"],
    ["x = 1if 1else 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=1), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"],
    ["x = 1or 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"],
    ["x = [0x1for x in y]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[BoolOp(op=Or(), values=[Constant(value=31), Compare(left=Name(id='x', ctx=Load()), ops=[In()], comparators=[Name(id='y', ctx=Load())])])], ctx=Load()))], type_ignores=[])"],
    ["x = 1_000_000.000_001", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1000000.000001))], type_ignores=[])"],
    ["x = 1e1000", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=inf))], type_ignores=[])"],
    ["x = 0xffffffffffffffffffffffffffff", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=5192296858534827628530496329220095))], type_ignores=[])"],
    ["f'{{'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{')]))], type_ignores=[])"],
    ["f'}}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='}')]))], type_ignores=[])"],
    ["f'{(lambda x: 1)}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), conversion=-1)]))], type_ignores=[])"],
    ["f'{x:{y!r}}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))]))], type_ignores=[])"],
    ["f'{x!s:{y}}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["f'{a:=1}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1')]))]))], type_ignores=[])"],
    ["f'{a==1}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Constant(value=1)]), conversion=-1)]))], type_ignores=[])"],
    ["f'{a!=1}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotEq()], comparators=[Constant(value=1)]), conversion=-1)]))], type_ignores=[])"],
    ["f'{a<1}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt()], comparators=[Constant(value=1)]), conversion=-1)]))], type_ignores=[])"],
    ["f'{a>=1}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='a', ctx=Load()), ops=[GtE()], comparators=[Constant(value=1)]), conversion=-1)]))], type_ignores=[])"],
    ["f'{ a = }'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value=' a = '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["f'{a=!r}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["f'{a=:>5}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"],
    ["f'{a = !s:>5}'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a = '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[])"],
    ["f'{3!r}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3), conversion=114)]))], type_ignores=[])"],
    ["f'{x:}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"],
    ["f'{x!r:}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))]))], type_ignores=[])"],
    ["x = b'\\u1234'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\u1234'))], type_ignores=[])"],
    ["x = b'\\N{x}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\\\N{x}'))], type_ignores=[])"],
    ["x = '\\777'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u01ff'))], type_ignores=[])"],
    ["x = b'\\777'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'\\xff'))], type_ignores=[])"],
    ["'\\\n'", "Module(body=[Expr(value=Constant(value=''))], type_ignores=[])"],
    ["def f(a, *, b=1, c): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(a, /, b=1, *c, d, **e): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["lambda: (yield)", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"],
    ["lambda x=lambda: 1: x", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1))]), body=Name(id='x', ctx=Load())))], type_ignores=[])"],
    ["def f(a, a=1): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["lambda a, /: 0", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"],
    ["def f(a:int, /, *, b:str): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], args=[], kwonlyargs=[arg(arg='b', annotation=Name(id='str', ctx=Load()))], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["f(a for a in b)(c)", "Module(body=[Expr(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["f(a, b=1, *c, d=2, **e)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1)), keyword(arg='d', value=Constant(value=2)), keyword(value=Name(id='e', ctx=Load()))]))], type_ignores=[])"],
    ["f(*a, b)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["f(b=1, *a)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"],
    ["f(**a, b=1)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(arg='b', value=Constant(value=1))]))], type_ignores=[])"],
    ["x = [1, 2, 3,]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"],
    ["x = (1, 2, 3,)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"],
    ["x = {1, 2, 3,}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2), Constant(value=3)]))], type_ignores=[])"],
    ["x = {1: 2, 3: 4,}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), Constant(value=3)], values=[Constant(value=2), Constant(value=4)]))], type_ignores=[])"],
    ["[*a, *b] = c", "Module(body=[Assign(targets=[List(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"],
    ["(*a,) = b", "Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='b', ctx=Load()))], type_ignores=[])"],
    ["for x in 1, 2: pass", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["for x in *a, b: pass", "Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["with (a, ): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"],
    ["with (a as b): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with (a as b, c as d,): pass", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with (a, b) as c: pass", "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"],
    ["with (yield): pass", "Module(body=[With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[])"],
    ["try: pass\nexcept (E, F) as e: pass", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='E', ctx=Load()), Name(id='F', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"],
    ["try: pass\nexcept: pass\nexcept E: pass", "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()]), ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"],
    ["import a.b.c", "Module(body=[Import(names=[alias(name='a.b.c')])], type_ignores=[])"],
    ["from a import (b as c)", "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c')], level=0)], type_ignores=[])"],
    ["from . a import b", "Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[])"],
    ["from .a import *", "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=1)], type_ignores=[])"],
    ["del (a), [b, c], d.e, f[g]", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), List(elts=[Name(id='b', ctx=Del()), Name(id='c', ctx=Del())], ctx=Del()), Attribute(value=Name(id='d', ctx=Load()), attr='e', ctx=Del()), Subscript(value=Name(id='f', ctx=Load()), slice=Name(id='g', ctx=Load()), ctx=Del())])], type_ignores=[])"],
    ["del a, b,", "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())])], type_ignores=[])"],
    ["del ()", "Module(body=[Delete(targets=[Tuple(elts=[], ctx=Del())])], type_ignores=[])"],
    ["del []", "Module(body=[Delete(targets=[List(elts=[], ctx=Del())])], type_ignores=[])"],
    ["del (a, b), c", "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del()), Name(id='c', ctx=Del())])], type_ignores=[])"],
    ["nonlocal a, b", "Module(body=[Nonlocal(names=['a', 'b'])], type_ignores=[])"],
    ["def f(): return (yield)", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Yield())], decorator_list=[])], type_ignores=[])"],
    ["x = 1..a", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Constant(value=1.0), attr='a', ctx=Load()))], type_ignores=[])"],
    ["x = 1 .a", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Constant(value=1), attr='a', ctx=Load()))], type_ignores=[])"],
    ["x = a.b()", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"],
    ["x = a.__class__", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='__class__', ctx=Load()))], type_ignores=[])"],
    ["if x:\n    pass\n  # comment at odd indent\nelse:\n    pass", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"],
    ["if x:\n    a\n\n\n    b\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["if x:\n    a\n        \n    b\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[])"],
    ["def f():\n    '''doc\n  with odd\nindent'''\n    return 1\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc\\n  with odd\\nindent')), Return(value=Constant(value=1))], decorator_list=[])], type_ignores=[])"],
    ["x = [1,\n# comment\n    2]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"],
    ["x = (  # c\n  1)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["if x:  # c\n    pass", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["if x: # c\n  pass\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["class A: # c\n  pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["x = 1 \\\n  + 2 \\\n  + 3", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)), op=Add(), right=Constant(value=3)))], type_ignores=[])"],
    ["def f(a,\n      b):\n    pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["def f(\n    a,\n    b,\n):\n    pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["@dec\n\n@dec2\ndef f(): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Name(id='dec2', ctx=Load())])], type_ignores=[])"],
    ["@dec\n# c\ndef f(): pass", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"],
    ["@dec\nclass A: pass\n", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"],
    ["x = 1\n  \ny = 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"],
    ["  \nx = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["\t\nx = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["x = 1\n\t", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"],
    ["x = 'a' 'b' \\\n  'c'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"],
    ["x = ('a'\n     'b')", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"],
    ["x = f'a' \\\n  f'{b}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["print('a' if x else 'b')", "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[IfExp(test=Name(id='x', ctx=Load()), body=Constant(value='a'), orelse=Constant(value='b'))], keywords=[]))], type_ignores=[])"],
    ["x = '''\n'''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\n'))], type_ignores=[])"],
    ["x = ''''''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"],
    ["x = \"\"\"a\"\"\"\"\"", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='a'))], type_ignores=[])"],
    ["x = 'a''b'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"],
    ["x = ''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"],
    ["x = \"\"", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=''))], type_ignores=[])"],
    ["x = f'{x!r}' f'{y:>{z}}' 'lit'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)])), Constant(value='lit')]))], type_ignores=[])"],
    ["x = f'{x}' 'a' f'{y}' 'b'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='a'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='b')]))], type_ignores=[])"],
    ["x = f'{{{x}}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')]))], type_ignores=[])"],
    ["x = f'{x:{{}}>10}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[]), conversion=-1), Constant(value='>10')]))]))], type_ignores=[])"],
    ["x = f'{\"a\"}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])"],
    ["x = f\"{'a'}\"", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])"],
    ["x = f'''{'a'}'''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])"],
    ["x = f'''{\"\"\"a\"\"\"}'''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{x:%Y-%m-%d}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"],
    ["x = f'{x:{y}{z}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["x = f'{x!r:{y}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["x = f'{a}{b}{c}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a} {b} {c}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value=' '), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value=' '), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f' {a} '", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value=' '), FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value=' ')]))], type_ignores=[])"],
    ["x = f'{a:>{b}.{c}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["x = f'{a[1:2]}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a:{b}}{c:{d}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"],
    ["x = f'{(a, b)}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{[a, b]}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=List(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{ {a: b} }'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Dict(keys=[Name(id='a', ctx=Load())], values=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a if b else c}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a or b}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{not a}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{-a}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a!r}{b!s}{c!a}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114), FormattedValue(value=Name(id='b', ctx=Load()), conversion=115), FormattedValue(value=Name(id='c', ctx=Load()), conversion=97)]))], type_ignores=[])"],
    ["x = f'''{x\n}'''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'''{\nx\n!r}'''", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"],
    ["x = f'{yield}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{*a, b}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), conversion=-1)]))], type_ignores=[])"],
    ["x = f'{a:b:c}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b:c')]))]))], type_ignores=[])"],
    ["x = f'{a!r:b!s}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='b!s')]))]))], type_ignores=[])"],
    ["x = f'{1:{2}}'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value=1), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value=2), conversion=-1)]))]))], type_ignores=[])"],
    ["x = 1 +\\\n2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
    ["x = (1 +\n2)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
    ["x = [i\nfor i in\nrange(3)]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"],
    ["x = {1:\n2}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1)], values=[Constant(value=2)]))], type_ignores=[])"],
    ["f(\na\n=\n1\n)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(arg='a', value=Constant(value=1))]))], type_ignores=[])"],
    ["x = a\\\n.b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))], type_ignores=[])"],
    ["x = a \\\n  . b", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))], type_ignores=[])"],
    ["x = 1 if a \\\n  else 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='a', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"],
    ["if x: pass;", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"],
    ["if x: pass; pass;", "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass(), Pass()], orelse=[])], type_ignores=[])"],
    ["class A:\n    def f(self):\n        pass\n    x = 1\n\n    @property\n    def g(self): return self.x\n", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Load()))], decorator_list=[Name(id='property', ctx=Load())])], decorator_list=[])], type_ignores=[])"],
    ["def f():\n    def g():\n        def h():\n            return 1\n        return h\n    return g\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Constant(value=1))], decorator_list=[]), Return(value=Name(id='h', ctx=Load()))], decorator_list=[]), Return(value=Name(id='g', ctx=Load()))], decorator_list=[])], type_ignores=[])"],
    ["while True:\n    if x:\n        break\n    elif y:\n        continue\n    else:\n        x = y\nelse:\n    pass\n", "Module(body=[While(test=Constant(value=True), body=[If(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[If(test=Name(id='y', ctx=Load()), body=[Continue()], orelse=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='y', ctx=Load()))])])], orelse=[Pass()])], type_ignores=[])"],
    ["try:\n    try:\n        pass\n    except:\n        raise\nfinally:\n    pass\n", "Module(body=[Try(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Raise()])], orelse=[], finalbody=[])], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"],
    ["with a:\n    with b:\n        pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[With(items=[withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])])], type_ignores=[])"],
    ["for i in x:\n    for j in y:\n        pass\n    else:\n        pass\n", "Module(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='x', ctx=Load()), body=[For(target=Name(id='j', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[])], type_ignores=[])"],
    ["x = [\n    [1, 2],\n    [3, 4],\n]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), List(elts=[Constant(value=3), Constant(value=4)], ctx=Load())], ctx=Load()))], type_ignores=[])"],
    ["x = {\n    'a': 1,\n    'b': [1,\n          2],\n}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a'), Constant(value='b')], values=[Constant(value=1), List(elts=[Constant(value=1), Constant(value=2)], ctx=Load())]))], type_ignores=[])"],
    ["x = (\n    1\n    +\n    2\n)", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"],
    ["f(a)(b)(c)(d)", "Module(body=[Expr(value=Call(func=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]), args=[Name(id='d', ctx=Load())], keywords=[]))], type_ignores=[])"],
    ["a.b(c).d[e].f(g)[h]", "Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Subscript(value=Attribute(value=Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), attr='d', ctx=Load()), slice=Name(id='e', ctx=Load()), ctx=Load()), attr='f', ctx=Load()), args=[Name(id='g', ctx=Load())], keywords=[]), slice=Name(id='h', ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x = a[b][c][d]", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), slice=Name(id='d', ctx=Load()), ctx=Load()))], type_ignores=[])"],
    ["x = a.b.c.d.e.f", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()), attr='e', ctx=Load()), attr='f', ctx=Load()))], type_ignores=[])"],
    ["x = caf\u00e9 + \ufb01 + \ud835\udd18 + \u2115", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=Name(id='caf\u00e9', ctx=Load()), op=Add(), right=Name(id='fi', ctx=Load())), op=Add(), right=Name(id='U', ctx=Load())), op=Add(), right=Name(id='N', ctx=Load())))], type_ignores=[])"],
    ["\ufb01.\ufb01 = 1", "Module(body=[Assign(targets=[Attribute(value=Name(id='fi', ctx=Load()), attr='fi', ctx=Store())], value=Constant(value=1))], type_ignores=[])"],
    ["def \ufb01(\ufb01=1): pass", "Module(body=[FunctionDef(name='fi', args=arguments(posonlyargs=[], args=[arg(arg='fi')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"],
    ["import \ufb01", "Module(body=[Import(names=[alias(name='fi')])], type_ignores=[])"],
  ];
}

/** Snippet → CPython 3.11's `ast.dump(ast.parse(snippet), include_attributes=True)`. */
function positionCases(): [string, string][] {
  return [
    // The match statement (PEP 634).
    ["match x:\n    case a.b.c: pass\n    case (x) as y: pass\n    case *q, r,: pass\n    case (): pass\n    case []: pass\n    case (1,): pass", "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), attr='b', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), attr='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=2, col_offset=16, end_lineno=2, end_col_offset=20)]), match_case(pattern=MatchAs(pattern=MatchAs(name='x', lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), name='y', lineno=3, col_offset=9, end_lineno=3, end_col_offset=17), body=[Pass(lineno=3, col_offset=19, end_lineno=3, end_col_offset=23)]), match_case(pattern=MatchSequence(patterns=[MatchStar(name='q', lineno=4, col_offset=9, end_lineno=4, end_col_offset=11), MatchAs(name='r', lineno=4, col_offset=13, end_lineno=4, end_col_offset=14)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=15), body=[Pass(lineno=4, col_offset=17, end_lineno=4, end_col_offset=21)]), match_case(pattern=MatchSequence(patterns=[], lineno=5, col_offset=9, end_lineno=5, end_col_offset=11), body=[Pass(lineno=5, col_offset=13, end_lineno=5, end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[], lineno=6, col_offset=9, end_lineno=6, end_col_offset=11), body=[Pass(lineno=6, col_offset=13, end_lineno=6, end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=7, col_offset=10, end_lineno=7, end_col_offset=11), lineno=7, col_offset=10, end_lineno=7, end_col_offset=11)], lineno=7, col_offset=9, end_lineno=7, end_col_offset=13), body=[Pass(lineno=7, col_offset=15, end_lineno=7, end_col_offset=19)])], lineno=1, col_offset=0, end_lineno=7, end_col_offset=19)], type_ignores=[])"],
    ["x = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"],
    ["x = y = 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"],
    ["a, b = b, a", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Tuple(elts=[Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='a', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"],
    ["x += 1", "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"],
    ["x: int = 3", "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"],
    ["del a, b[0], c.d", "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"],
    ["def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n", "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], vararg=arg(arg='args', lineno=1, col_offset=15, end_lineno=1, end_col_offset=19), kwonlyargs=[arg(arg='c', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), arg(arg='d', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kwarg=arg(arg='kw', lineno=1, col_offset=31, end_lineno=1, end_col_offset=33), defaults=[Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=38, end_lineno=1, end_col_offset=41), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])"],
    ["lambda x, y=1: x + y", "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), arg(arg='y', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)]), body=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), op=Add(), right=Name(id='y', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=15, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"],
    ["class A(B, C, metaclass=M):\n    x = 1\n    def f(self): pass\n", "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='C', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=14, end_lineno=1, end_col_offset=25)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=3, col_offset=10, end_lineno=3, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=17, end_lineno=3, end_col_offset=21)], decorator_list=[], lineno=3, col_offset=4, end_lineno=3, end_col_offset=21)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=21)], type_ignores=[])"],
    ["@dec\n@dec2(1)\nclass A: pass", "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass(lineno=3, col_offset=9, end_lineno=3, end_col_offset=13)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='dec2', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=5), args=[Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"],
    ["if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])"],
    ["while x:\n    break\nelse:\n    continue\n", "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Continue(lineno=4, col_offset=4, end_lineno=4, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=12)], type_ignores=[])"],
    ["try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n", "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=5, col_offset=8, end_lineno=5, end_col_offset=9), Name(id='B', ctx=Load(), lineno=5, col_offset=11, end_lineno=5, end_col_offset=12)], ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=13), body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8), ExceptHandler(body=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], lineno=7, col_offset=0, end_lineno=8, end_col_offset=8)], orelse=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], finalbody=[Pass(lineno=12, col_offset=4, end_lineno=12, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=12, end_col_offset=8)], type_ignores=[])"],
    ["with a as b, c as d:\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), optional_vars=Name(id='d', ctx=Store(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"],
    ["with (a as b, c):\n    pass\n", "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"],
    ["import a.b.c as d, e", "Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"],
    ["from .a.b import (c, d as e,)", "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), alias(name='d', asname='e', lineno=1, col_offset=21, end_lineno=1, end_col_offset=27)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])"],
    ["from x import *", "Module(body=[ImportFrom(module='x', names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"],
    ["global a, b", "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"],
    ["a and b or not c", "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=11, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"],
    ["a if b else c", "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"],
    ["a < b <= c != d", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"],
    ["-a ** -b", "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=1, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"],
    ["(a + b) * c", "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"],
    ["(a) + b", "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"],
    ["(a).b", "Module(body=[Expr(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"],
    ["((a), b)", "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"],
    ["a[1:2, 3]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Constant(value=3, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"],
    ["a[::2]", "Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(step=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"],
    ["f(a, *b, c=1, **d)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"],
    ["f(x for x in y)", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"],
    ["[x for x in y if x if y for z in w]", "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='y', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], is_async=0), comprehension(target=Name(id='z', ctx=Store(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), iter=Name(id='w', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)], type_ignores=[])"],
    ["{k: v for k, v in x}", "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='v', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ifs=[], is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"],
    ["{**a, 'b': 1}", "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset=6, end_lineno=1, end_col_offset=9)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"],
    ["yield from x", "Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"],
    ["x = yield 1, 2", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Constant(value=2, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"],
    ["'a' 'b'", "Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"],
    ["'''a\nb'''", "Module(body=[Expr(value=Constant(value='a\\nb', lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])"],
    ["f'a{b!r:>{w}}c' 'd'", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), Constant(value='cd', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"],
    ["f'{a, b}'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"],
    ["f'''\n{a}\n  {b +\n c}'''", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n', lineno=1, col_offset=0, end_lineno=4, end_col_offset=6), FormattedValue(value=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=6), Constant(value='\\n  ', lineno=1, col_offset=0, end_lineno=4, end_col_offset=6), FormattedValue(value=BinOp(left=Name(id='b', ctx=Load(), lineno=3, col_offset=3, end_lineno=3, end_col_offset=4), op=Add(), right=Name(id='c', ctx=Load(), lineno=4, col_offset=1, end_lineno=4, end_col_offset=2), lineno=3, col_offset=3, end_lineno=4, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=4, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=6), lineno=1, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])"],
    ["x = (1,\n     2)\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=4, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ignores=[])"],
    ["x = 1 + \\\n  2\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), lineno=1, col_offset=4, end_lineno=2, end_col_offset=3), lineno=1, col_offset=0, end_lineno=2, end_col_offset=3)], type_ignores=[])"],
    ["for (a, b) in c: pass", "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), body=[Pass(lineno=1, col_offset=17, end_lineno=1, end_col_offset=21)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"],
    ["return *a, b", "Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9), Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"],
    ["f'{a:b}' 'c'", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"],
    ["(f'{a:b}'\n 'cc' 'd')", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b', lineno=1, col_offset=1, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=9), lineno=1, col_offset=1, end_lineno=2, end_col_offset=9), Constant(value='ccd', lineno=1, col_offset=1, end_lineno=2, end_col_offset=9)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=9), lineno=1, col_offset=0, end_lineno=2, end_col_offset=10)], type_ignores=[])"],
    ["('x' f'{a:b}'\n 'c')", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=5, end_lineno=1, end_col_offset=13), lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), Constant(value='c', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])"],
    ["(f'{a:b{c}}'\n 'c')", "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, format_spec=JoinedStr(values=[Constant(value='b', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=12), lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), Constant(value='c', lineno=1, col_offset=1, end_lineno=2, end_col_offset=4)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], type_ignores=[])"],
    ["if x: pass;", "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=1, col_offset=6, end_lineno=1, end_col_offset=10)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"],
    ["for x in y:\n    if z: pass;", "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=[If(test=Name(id='z', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[Pass(lineno=2, col_offset=10, end_lineno=2, end_col_offset=14)], orelse=[], lineno=2, col_offset=4, end_lineno=2, end_col_offset=15)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])"],
    ["try:\n    a;\nexcept:\n    b;", "Module(body=[Try(body=[Expr(value=Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], handlers=[ExceptHandler(body=[Expr(value=Name(id='b', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=6)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=6)], type_ignores=[])"],
    ["x = f'{x!r}' f'{y:>{z}}' 'lit'", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=13, end_lineno=1, end_col_offset=24), lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), Constant(value='lit', lineno=1, col_offset=4, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"],
    ["a not in b is not c", "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[NotIn(), IsNot()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='c', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[])"],
    ["x[1,]", "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"],
    ["x = [\n  1,\n  2,\n]\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), Constant(value=2, lineno=3, col_offset=2, end_lineno=3, end_col_offset=3)], ctx=Load(), lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[])"],
    ["assert x, 'm'", "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='m', lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"],
    ["raise X from Y", "Module(body=[Raise(exc=Name(id='X', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cause=Name(id='Y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"],
    ["nonlocal q", "Module(body=[Nonlocal(names=['q'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"],
    ["x = {1, 2}", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Set(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"],
    ["x = ()", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"],
  ];
}

/** Snippet → `Kind: msg (lineno, offset, end_lineno, end_offset)` of the SyntaxError CPython 3.11's `ast.parse(snippet)` raises. */
function errorCases(): [string, string][] {
  return [
    // The match statement (PEP 634).
    ["match x:\n    case [1,\n", "SyntaxError: '[' was never closed (2, 10, 2, 0)"],
    ["match x:\n    case (1 |", "SyntaxError: '(' was never closed (2, 10, 2, 0)"],
    ["match x\n    case 1: pass", "SyntaxError: expected ':' (1, 8, 1, 8)"],
    ["match x, y\n    case 1: pass", "SyntaxError: expected ':' (1, 11, 1, 11)"],
    ["match x:\n    case 1:\n    pass", "IndentationError: expected an indented block after 'case' statement on line 2 (3, 5, 3, 9)"],
    ["match x:\ncase 1: pass", "IndentationError: expected an indented block after 'match' statement on line 1 (2, 1, 2, 5)"],
    ["match x:\n    case 1 + 2: pass", "SyntaxError: imaginary number required in complex literal (2, 14, 2, 15)"],
    ["match x:\n    case 1j + 2j: pass", "SyntaxError: real number required in complex literal (2, 10, 2, 12)"],
    ["match x:\n    case -1j - 2j: pass", "SyntaxError: real number required in complex literal (2, 11, 2, 13)"],
    ["match x:\n    case P(a=1, 2): pass", "SyntaxError: positional patterns follow keyword patterns (2, 17, 2, 18)"],
    ["match x:\n    case _ as _: pass", "SyntaxError: cannot use '_' as a target (2, 15, 2, 16)"],
    ["match x:\n    case y as 1: pass", "SyntaxError: invalid pattern target (2, 15, 2, 16)"],
    ["match x:\n    case {**_}: pass", "SyntaxError: invalid syntax (2, 13, 2, 14)"],
    ["match x:\n    case 1 + : pass", "SyntaxError: invalid syntax (2, 14, 2, 15)"],
    ["match x:\n    case -1 - a: pass", "SyntaxError: invalid syntax (2, 15, 2, 16)"],
    ["match x:\n    case 1 pass", "SyntaxError: invalid syntax (2, 12, 2, 16)"],
    ["\tx = 1\n", "IndentationError: unexpected indent (1, 1, 1, -1)"],
    ["x = = 1", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["if x\n  pass", "SyntaxError: expected ':' (1, 5, 1, 5)"],
    ["if x y:\n pass", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["def f()\n  pass", "SyntaxError: expected ':' (1, 8, 1, 8)"],
    ["class A\n pass", "SyntaxError: expected ':' (1, 8, 1, 8)"],
    ["for x in y\n pass", "SyntaxError: expected ':' (1, 11, 1, 11)"],
    ["while x\n pass", "SyntaxError: expected ':' (1, 8, 1, 8)"],
    ["try\n pass", "SyntaxError: expected ':' (1, 4, 1, 4)"],
    ["x = (1,\n2", "SyntaxError: '(' was never closed (1, 5, 1, 0)"],
    ["x = [1, 2", "SyntaxError: '[' was never closed (1, 5, 1, 0)"],
    ["f(a", "SyntaxError: '(' was never closed (1, 2, 1, 0)"],
    ["x = 1)", "SyntaxError: unmatched ')' (1, 6, 1, 6)"],
    ["x = (1]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1, 7, 1, 7)"],
    ["1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1, 1, 1, 2)"],
    ["f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 4)"],
    ["x = \"abc", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["x = '''abc\n\ndef", "SyntaxError: unterminated triple-quoted string literal (detected at line 3) (1, 5, 1, 5)"],
    ["  x = 1", "IndentationError: unexpected indent (1, 2, 1, -1)"],
    ["if x:\n    a\n  b", "IndentationError: unindent does not match any outer indentation level (3, 4, 3, -1)"],
    ["if x:\npass", "IndentationError: expected an indented block after 'if' statement on line 1 (2, 1, 2, 5)"],
    ["def f():\nreturn", "IndentationError: expected an indented block after function definition on line 1 (2, 1, 2, 7)"],
    ["x = 1abc", "SyntaxError: invalid decimal literal (1, 5, 1, 5)"],
    ["x = 0x", "SyntaxError: invalid hexadecimal literal (1, 6, 1, 6)"],
    ["x = 1_", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 1__0", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 09", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1, 5, 1, 6)"],
    ["x = $", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = a +", "SyntaxError: invalid syntax (1, 8, 1, 8)"],
    ["x = (", "SyntaxError: '(' was never closed (1, 5, 1, 0)"],
    ["if x:", "IndentationError: expected an indented block after 'if' statement on line 1 (1, 6, 1, -1)"],
    ["a b", "SyntaxError: invalid syntax (1, 3, 1, 4)"],
    ["x = 1 if y", "SyntaxError: expected 'else' after 'if' expression (1, 5, 1, 11)"],
    ["del f()", "SyntaxError: cannot delete function call (1, 5, 1, 8)"],
    ["del 1", "SyntaxError: cannot delete literal (1, 5, 1, 6)"],
    ["for 1 in x: pass", "SyntaxError: cannot assign to literal (1, 5, 1, 6)"],
    ["(a, b) += 1", "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1, 1, 1, 7)"],
    ["a, b += 1", "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1, 1, 1, 5)"],
    ["[a] += 1", "SyntaxError: 'list' is an illegal expression for augmented assignment (1, 1, 1, 4)"],
    ["x +=", "SyntaxError: invalid syntax (1, 5, 1, 5)"],
    ["f(**a, *b)", "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1, 8, 1, 9)"],
    ["f(a=1, b)", "SyntaxError: positional argument follows keyword argument (1, 9, 1, 10)"],
    ["f(a for a in b, c)", "SyntaxError: Generator expression must be parenthesized (1, 3, 1, 15)"],
    ["def f(a=1, b): pass", "SyntaxError: non-default argument follows default argument (1, 12, 1, 13)"],
    ["x = \"a\" b\"b\"", "SyntaxError: cannot mix bytes and nonbytes literals (1, 13, 1, 13)"],
    ["x.1", "SyntaxError: invalid syntax (1, 2, 1, 4)"],
    ["x = 'a\\\n", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["\tif x:\n        a\n\tb", "IndentationError: unexpected indent (1, 1, 1, -1)"],
    ["if x:\n\ta\n        b", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"],
    ["    x = 1", "IndentationError: unexpected indent (1, 4, 1, -1)"],
    ["if x:\n    a\n  bcd = 1", "IndentationError: unindent does not match any outer indentation level (3, 10, 3, -1)"],
    ["if x:\n        a\n    b\n  bcdef(1)", "IndentationError: unindent does not match any outer indentation level (3, 6, 3, -1)"],
    ["if x:\n    a\n  b\nc = = 1", "IndentationError: unindent does not match any outer indentation level (3, 4, 3, -1)"],
    ["x = = 1\ny = \"abc", "SyntaxError: unterminated string literal (detected at line 2) (2, 5, 2, 5)"],
    ["x = = 1\n(", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = = 1\nif x:\n    a\n  b", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = = 1\n  y", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = b\"abc", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["x = rb'''abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1, 5, 1, 5)"],
    ["x = 1 + \\ 2", "SyntaxError: unexpected character after line continuation character (1, 10, 1, 0)"],
    ["x = a?", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["x = `a`", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = \"a\" b\"b\" + 1", "SyntaxError: cannot mix bytes and nonbytes literals (1, 14, 1, 15)"],
    ["x = (\"a\"\n b\"b\") + 1", "SyntaxError: cannot mix bytes and nonbytes literals (2, 6, 2, 7)"],
    ["x = 1\n    y = 2", "IndentationError: unexpected indent (2, 4, 2, -1)"],
    ["def f():\n    x\n   y", "IndentationError: unindent does not match any outer indentation level (3, 5, 3, -1)"],
    ["if x:\n  a\n\tb", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"],
    ["foo(\nx = = 1", "SyntaxError: '(' was never closed (1, 4, 1, 0)"],
    ["foo(\n\nx = = 1\n)", "SyntaxError: invalid syntax (3, 5, 3, 6)"],
    ["x = )", "SyntaxError: unmatched ')' (1, 5, 1, 5)"],
    ["x = (]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1, 6, 1, 6)"],
    ["(\n]", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2, 1, 2, 1)"],
    ["if x:\n    pass\n  else:\n    pass", "IndentationError: unindent does not match any outer indentation level (3, 8, 3, -1)"],
    ["class A:\n    def f(self):\n    pass", "IndentationError: expected an indented block after function definition on line 2 (3, 5, 3, 9)"],
    ["try:\n    x\nexcept:\nx", "IndentationError: expected an indented block after 'except' statement on line 3 (4, 1, 4, 2)"],
    ["for x in y:\n# c\n\nz", "IndentationError: expected an indented block after 'for' statement on line 1 (4, 1, 4, 2)"],
    ["if x:\n    pass\nelse", "SyntaxError: expected ':' (3, 5, 3, 5)"],
    ["if x:\n    pass\nelif y\n    pass", "SyntaxError: expected ':' (3, 7, 3, 7)"],
    ["with a as b\n  pass", "SyntaxError: expected ':' (1, 12, 1, 12)"],
    ["x = [1,\n2,\n", "SyntaxError: '[' was never closed (1, 5, 1, 0)"],
    ["x = \"abc\ny", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["def f() x:\n pass", "SyntaxError: expected ':' (1, 9, 1, 10)"],
    ["def f:\n pass", "SyntaxError: expected '(' (1, 6, 1, 7)"],
    ["class A x:\n pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["for x in y z:\n pass", "SyntaxError: invalid syntax (1, 12, 1, 13)"],
    ["while x y:\n pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["try x:\n pass", "SyntaxError: expected ':' (1, 5, 1, 6)"],
    ["with a b:\n pass", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["if x:\n pass\nelse x:\n pass", "SyntaxError: expected ':' (3, 6, 3, 7)"],
    ["f = lambda x y: 1", "SyntaxError: invalid syntax (1, 14, 1, 15)"],
    ["f = lambda x\n", "SyntaxError: invalid syntax (1, 13, 1, 13)"],
    ["for x y:\n pass", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["for x in y", "SyntaxError: expected ':' (1, 11, 1, 11)"],
    ["x = 1 if y else", "SyntaxError: invalid syntax (1, 16, 1, 16)"],
    ["x = 1 +\n", "SyntaxError: invalid syntax (1, 8, 1, 8)"],
    ["try:\n pass\nexcept E\n pass", "SyntaxError: expected ':' (3, 9, 3, 9)"],
    ["try:\n pass\nfinally\n pass", "SyntaxError: expected ':' (3, 8, 3, 8)"],
    ["try:\n pass\n", "SyntaxError: expected 'except' or 'finally' block (2, 6, 2, -1)"],
    ["try:\n pass\nx = 1", "SyntaxError: expected 'except' or 'finally' block (3, 1, 3, 2)"],
    ["def f(x) -> int\n pass", "SyntaxError: expected ':' (1, 16, 1, 16)"],
    ["class A(B)\n pass", "SyntaxError: expected ':' (1, 11, 1, 11)"],
    ["import a.b as c.d", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["from x import a, ", "SyntaxError: trailing comma not allowed without surrounding parentheses (1, 18, 1, 18)"],
    ["from x import (a, b", "SyntaxError: '(' was never closed (1, 15, 1, 0)"],
    ["from x import ()", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["from x import", "SyntaxError: invalid syntax (1, 14, 1, 14)"],
    ["import", "SyntaxError: invalid syntax (1, 7, 1, 7)"],
    ["x = (1, 2", "SyntaxError: '(' was never closed (1, 5, 1, 0)"],
    ["global x y", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["x + 1 = 2", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1, 1, 1, 6)"],
    ["(a, 1) = x", "SyntaxError: cannot assign to literal (1, 5, 1, 6)"],
    ["[a, 1] = x", "SyntaxError: cannot assign to literal (1, 5, 1, 6)"],
    ["a, 1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1, 4, 1, 5)"],
    ["x = 1 = y", "SyntaxError: cannot assign to literal (1, 5, 1, 6)"],
    ["True = 1", "SyntaxError: cannot assign to True (1, 1, 1, 5)"],
    ["None = 1", "SyntaxError: cannot assign to None (1, 1, 1, 5)"],
    ["x.y() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 6)"],
    ["-a = 1", "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1, 1, 1, 3)"],
    ["a if b else c = 1", "SyntaxError: cannot assign to conditional expression (1, 1, 1, 14)"],
    ["(yield) = 1", "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='? (1, 2, 1, 7)"],
    ["del a, f()", "SyntaxError: cannot delete function call (1, 8, 1, 11)"],
    ["for f() in x: pass", "SyntaxError: cannot assign to function call (1, 5, 1, 8)"],
    ["with a as f(): pass", "SyntaxError: cannot assign to function call (1, 11, 1, 14)"],
    ["del *a", "SyntaxError: cannot delete starred (1, 5, 1, 7)"],
    ["f() += 1", "SyntaxError: 'function call' is an illegal expression for augmented assignment (1, 1, 1, 4)"],
    ["a, b: int", "SyntaxError: only single target (not tuple) can be annotated (1, 1, 1, 2)"],
    ["f(): int", "SyntaxError: illegal target for annotation (1, 1, 1, 4)"],
    ["1: int", "SyntaxError: illegal target for annotation (1, 1, 1, 2)"],
    ["lambda: 1 = 2", "SyntaxError: cannot assign to lambda (1, 1, 1, 10)"],
    ["\"a\" = 1", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1, 1, 1, 4)"],
    ["... = 1", "SyntaxError: cannot assign to ellipsis here. Maybe you meant '==' instead of '='? (1, 1, 1, 4)"],
    ["{} = 1", "SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='? (1, 1, 1, 3)"],
    ["{a: b} = 1", "SyntaxError: cannot assign to dict literal here. Maybe you meant '==' instead of '='? (1, 1, 1, 7)"],
    ["[x for x in y] = 1", "SyntaxError: cannot assign to list comprehension here. Maybe you meant '==' instead of '='? (1, 1, 1, 15)"],
    ["a < b = 1", "SyntaxError: cannot assign to comparison (1, 1, 1, 6)"],
    ["not a = 1", "SyntaxError: cannot assign to expression (1, 1, 1, 6)"],
    ["a and b = 1", "SyntaxError: cannot assign to expression (1, 1, 1, 8)"],
    ["f\"{x}\" = 1", "SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? (1, 1, 1, 7)"],
    ["x = y = f() = 3", "SyntaxError: cannot assign to function call (1, 9, 1, 12)"],
    ["a, f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 4, 1, 7)"],
    ["x = yield = 1", "SyntaxError: assignment to yield expression not possible (1, 5, 1, 10)"],
    ["print(*a = 1)", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["f(a, b=1 = 2)", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["f(1=2)", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1, 3, 1, 5)"],
    ["f(a.b=1)", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1, 3, 1, 7)"],
    ["f(**a) = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1, 1, 1, 7)"],
    ["(*a) = 1", "SyntaxError: cannot use starred expression here (1, 2, 1, 4)"],
    ["a.b = 1 = 2", "SyntaxError: cannot assign to literal (1, 7, 1, 8)"],
    // a comment ending the line is part of the NEWLINE token an error there underlines
    ["if x # note\n    pass", "SyntaxError: expected ':' (1, 6, 1, 12)"],
    ["x = 1 +   # add  ", "SyntaxError: invalid syntax (1, 11, 1, 18)"],
    ["x = 1 +#c", "SyntaxError: invalid syntax (1, 8, 1, 10)"],
    ["def f() # c\n    pass", "SyntaxError: expected ':' (1, 9, 1, 12)"],
    ["else # c", "SyntaxError: invalid syntax (1, 1, 1, 5)"],
    ["lambda: # c", "SyntaxError: invalid syntax (1, 9, 1, 12)"],
    ["x = '#' + # c", "SyntaxError: invalid syntax (1, 11, 1, 14)"],
    // Python 2's '<>' is one token, blamed whole
    ["a <> b", "SyntaxError: invalid syntax (1, 3, 1, 5)"],
    ["if 1 <> 2: pass", "SyntaxError: invalid syntax (1, 6, 1, 8)"],
    ["a<>b", "SyntaxError: invalid syntax (1, 2, 1, 4)"],
    ["x = [1 <> 2]", "SyntaxError: invalid syntax (1, 8, 1, 10)"],
    // a named_expression followed by '=' (CPython's invalid_named_expression)
    ["if x = 3:\n    pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 4, 1, 9)"],
    ["while x = 3: pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 7, 1, 12)"],
    ["if x.y = 3: pass", "SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? (1, 4, 1, 7)"],
    ["if (x = 3): pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 5, 1, 10)"],
    ["if (a) = 1: pass", "SyntaxError: cannot assign to name here. Maybe you meant '==' instead of '='? (1, 5, 1, 6)"],
    ["if (a, b) = 1: pass", "SyntaxError: invalid syntax (1, 11, 1, 12)"],
    ["if True = 1: pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["if a[0] = 1: pass", "SyntaxError: cannot assign to subscript here. Maybe you meant '==' instead of '='? (1, 4, 1, 8)"],
    ["if x = not y: pass", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["if x = y = 2: pass", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["if x = y == 1: pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 4, 1, 9)"],
    ["if x = 1 + 2: pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 4, 1, 13)"],
    ["if x = \\\n   3: pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 4, 2, 5)"],
    ["x[a = 1:2]", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 3, 1, 8)"],
    ["x[1:a = 2]", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["x = {a = 1}", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 6, 1, 11)"],
    ["x = [1, a = 3]", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 9, 1, 14)"],
    ["@x = 1\ndef f(): pass", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 2, 1, 7)"],
    ["if x == 1 and y = 2: pass", "SyntaxError: invalid syntax (1, 17, 1, 18)"],
    ["y = [a for a in b if a = 1]", "SyntaxError: invalid syntax (1, 24, 1, 25)"],
    ["assert x = 1", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["x = f\"{a b}\"", "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["x = f\"{1 +}\"", "SyntaxError: f-string: invalid syntax (1, 5, 1, 6)"],
    ["x = f\"{}\"", "SyntaxError: f-string: empty expression not allowed (1, 10, 1, 10)"],
    ["x = f\"{a!x}\"", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1, 13, 1, 13)"],
    ["x = f\"{a\"", "SyntaxError: f-string: expecting '}' (1, 10, 1, 10)"],
    ["x = f\"a}\"", "SyntaxError: f-string: single '}' is not allowed (1, 10, 1, 10)"],
    ["x = f\"{a:{b:{c}}}\"", "SyntaxError: f-string: expressions nested too deeply (1, 19, 1, 19)"],
    ["x = f\"{a#}\"", "SyntaxError: f-string expression part cannot include '#' (1, 12, 1, 12)"],
    ["x = f\"{a!}\"", "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1, 12, 1, 12)"],
    ["f\"{*a}\"", "SyntaxError: f-string: cannot use starred expression here (1, 2, 1, 4)"],
    ["x = f\"{a:{b}\"", "SyntaxError: f-string: expecting '}' (1, 14, 1, 14)"],
    ["x = \"\\x4\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1, 10, 1, 10)"],
    ["x = b\"\\x4\"", "SyntaxError: (value error) invalid \\x escape at position 0 (1, 11, 1, 11)"],
    ["x = \"\\u12\"", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape (1, 11, 1, 11)"],
    ["x = \"ab\\x4\" + 1", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape (1, 13, 1, 14)"],
    ["x = f\"{a!r }\"", "SyntaxError: f-string: expecting '}' (1, 14, 1, 14)"],
    ["x = f\"{a}}\"", "SyntaxError: f-string: single '}' is not allowed (1, 12, 1, 12)"],
    ["x = f\"{(a}\"", "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' (1, 12, 1, 12)"],
    ["x = f\"{a)}\"", "SyntaxError: f-string: unmatched ')' (1, 12, 1, 12)"],
    ["x = f\"{ }\"", "SyntaxError: f-string: empty expression not allowed (1, 11, 1, 11)"],
    ["x = f\"{!r}\"", "SyntaxError: f-string: expression required before '!' (1, 12, 1, 12)"],
    ["x = f\"{a!rr}\"", "SyntaxError: f-string: expecting '}' (1, 14, 1, 14)"],
    ["def f(*): pass", "SyntaxError: named arguments must follow bare * (1, 7, 1, 8)"],
    ["def f(*, **k): pass", "SyntaxError: named arguments must follow bare * (1, 7, 1, 8)"],
    ["def f(a, /, b, /): pass", "SyntaxError: / may appear only once (1, 16, 1, 17)"],
    ["def f(/): pass", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["def f(*a, /): pass", "SyntaxError: / must be ahead of * (1, 11, 1, 12)"],
    ["def f(**k, a): pass", "SyntaxError: arguments cannot follow var-keyword argument (1, 12, 1, 13)"],
    ["def f(*a, *b): pass", "SyntaxError: * argument may appear only once (1, 11, 1, 12)"],
    ["x = {1: 2, 3}", "SyntaxError: ':' expected after dictionary key (1, 12, 1, 0)"],
    ["[*a for a in b]", "SyntaxError: iterable unpacking cannot be used in comprehension (1, 2, 1, 4)"],
    ["{**a for a in b}", "SyntaxError: dict unpacking cannot be used in dict comprehension (1, 2, 1, 4)"],
    ["f(a, b for b in c)", "SyntaxError: Generator expression must be parenthesized (1, 6, 1, 18)"],
    ["f(x for x in y, )", "SyntaxError: Generator expression must be parenthesized (1, 3, 1, 15)"],
    ["x = 1e", "SyntaxError: invalid decimal literal (1, 5, 1, 5)"],
    ["x = 1e+", "SyntaxError: invalid decimal literal (1, 7, 1, 7)"],
    ["x = 0o8", "SyntaxError: invalid digit '8' in octal literal (1, 7, 1, 7)"],
    ["x = 0b2", "SyntaxError: invalid digit '2' in binary literal (1, 7, 1, 7)"],
    ["x = 0o", "SyntaxError: invalid octal literal (1, 6, 1, 6)"],
    ["x = 012", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1, 5, 1, 6)"],
    ["x = 1jj", "SyntaxError: invalid imaginary literal (1, 6, 1, 6)"],
    ["x = 0xg", "SyntaxError: invalid hexadecimal literal (1, 6, 1, 6)"],
    ["x = 5.x", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = \\", "SyntaxError: unexpected EOF while parsing (1, 6, 1, -1)"],
    ["x = !a", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["if x:\n    pass\n    else:\n    pass", "SyntaxError: invalid syntax (3, 5, 3, 9)"],
    ["if a:\n    if b:\nx", "IndentationError: expected an indented block after 'if' statement on line 2 (3, 0, 3, -1)"],
    ["if a:\n    if b:\n", "IndentationError: expected an indented block after 'if' statement on line 2 (2, 10, 2, -1)"],
    ["if a:\n    if b:\n    # c\n", "IndentationError: expected an indented block after 'if' statement on line 2 (3, 8, 3, -1)"],
    ["x = \u20ac", "SyntaxError: invalid character '\u20ac' (U+20AC) (1, 5, 1, 5)"],
    ["x = a\u20acb", "SyntaxError: invalid character '\u20ac' (U+20AC) (1, 6, 1, 6)"],
    ["\u20ac = 1", "SyntaxError: invalid character '\u20ac' (U+20AC) (1, 1, 1, 1)"],
    ["x = 1\u20ac", "SyntaxError: invalid character '\u20ac' (U+20AC) (1, 6, 1, 6)"],
    ["x = \"\u20ac", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["x = [1, 2 3]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 9, 1, 12)"],
    ["x = {1 2}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 6, 1, 9)"],
    ["f(1 2)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 3, 1, 6)"],
    ["print \"x\"", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 1, 1, 10)"],
    ["x = (a for a in b", "SyntaxError: '(' was never closed (1, 5, 1, 0)"],
    ["@dec\nx = 1", "SyntaxError: invalid syntax (2, 1, 2, 2)"],
    ["def f(\n", "SyntaxError: '(' was never closed (1, 6, 1, 0)"],
    ["def f(a b): pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["class A(:\n pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["x = 1 +* 2", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["x = *", "SyntaxError: invalid syntax (1, 6, 1, 6)"],
    ["**a", "SyntaxError: invalid syntax (1, 1, 1, 3)"],
    ["x = [*]", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["a[]", "SyntaxError: invalid syntax (1, 3, 1, 4)"],
    ["a[1:2:3:4]", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["f(,)", "SyntaxError: invalid syntax (1, 3, 1, 4)"],
    ["(,)", "SyntaxError: invalid syntax (1, 2, 1, 3)"],
    ["[,]", "SyntaxError: invalid syntax (1, 2, 1, 3)"],
    ["x = 1,,", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["import a as", "SyntaxError: invalid syntax (1, 12, 1, 12)"],
    ["from . import", "SyntaxError: invalid syntax (1, 14, 1, 14)"],
    ["return x,,", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["assert", "SyntaxError: invalid syntax (1, 7, 1, 7)"],
    ["del", "SyntaxError: invalid syntax (1, 4, 1, 4)"],
    ["global", "SyntaxError: invalid syntax (1, 7, 1, 7)"],
    ["yield = 1", "SyntaxError: assignment to yield expression not possible (1, 1, 1, 6)"],
    ["x = 1 if 2 else", "SyntaxError: invalid syntax (1, 16, 1, 16)"],
    ["not", "SyntaxError: invalid syntax (1, 4, 1, 4)"],
    ["a not b", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["a is not not b", "SyntaxError: invalid syntax (1, 10, 1, 13)"],
    ["1 < < 2", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x := 1", "SyntaxError: invalid syntax (1, 3, 1, 5)"],
    ["x = 1\u00e9", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["x = 1_\u00e9", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["f(a=1, b, c)", "SyntaxError: positional argument follows keyword argument (1, 12, 1, 13)"],
    ["f(**k, b, c)", "SyntaxError: positional argument follows keyword argument unpacking (1, 12, 1, 13)"],
    ["f(a=1, b\n)", "SyntaxError: positional argument follows keyword argument (2, 1, 2, 2)"],
    ["def f(/, a): pass", "SyntaxError: at least one argument must precede / (1, 7, 1, 8)"],
    ["def f(a, /, /): pass", "SyntaxError: / may appear only once (1, 13, 1, 14)"],
    ["[a, b c]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 5, 1, 8)"],
    ["[a, b c, d]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 5, 1, 8)"],
    ["[a b, c]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["[a + b c]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 9)"],
    ["[a, \"x\" \"y\" z]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 5, 1, 14)"],
    ["(a, b.c d)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 5, 1, 10)"],
    ["f(a, b 1)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 6, 1, 9)"],
    ["[1 if x else 2 3]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 14, 1, 17)"],
    ["[a for]", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["{a: b c}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 5, 1, 8)"],
    ["{a b: c}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["[a\nb]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 2, 2)"],
    ["[match x]", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["[print x]", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 2, 1, 9)"],
    ["print x, y", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 1, 1, 11)"],
    ["x = print y", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 5, 1, 12)"],
    ["if x: print y", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 7, 1, 14)"],
    ["print(x) y", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["[not a b]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 9)"],
    ["[a not b]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 9)"],
    ["[lambda: x y]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 10, 1, 13)"],
    ["[x y for z in w]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["[a.b c.d]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 9)"],
    ["[a() b()]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 9)"],
    ["[a[1] b]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 8)"],
    ["[True False]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 12)"],
    ["[None x]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 8)"],
    ["[(a) b]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 3, 1, 7)"],
    ["(a b)", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["{a b}", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 2, 1, 5)"],
    ["x[a b]", "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1, 3, 1, 6)"],
    ["print 'a' % x", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1, 1, 1, 14)"],
    ["x = 0_7", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1, 5, 1, 7)"],
    ["x = 1__", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 0x_", "SyntaxError: invalid hexadecimal literal (1, 7, 1, 7)"],
    ["x = 1e1_", "SyntaxError: invalid decimal literal (1, 8, 1, 8)"],
    ["x = 1.e", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 1_.5", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 1._5", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 0b", "SyntaxError: invalid binary literal (1, 6, 1, 6)"],
    ["x = 0b_", "SyntaxError: invalid binary literal (1, 7, 1, 7)"],
    ["x = 0b1_", "SyntaxError: invalid binary literal (1, 8, 1, 8)"],
    ["x = 1e+_1", "SyntaxError: invalid decimal literal (1, 7, 1, 7)"],
    ["x = 0_", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["x = 0e", "SyntaxError: invalid decimal literal (1, 5, 1, 5)"],
    ["x = 0x1g", "SyntaxError: invalid hexadecimal literal (1, 7, 1, 7)"],
    ["x = 0o1_8", "SyntaxError: invalid digit '8' in octal literal (1, 9, 1, 9)"],
    ["x = 1.5_", "SyntaxError: invalid decimal literal (1, 8, 1, 8)"],
    ["x = 1.5e", "SyntaxError: invalid decimal literal (1, 7, 1, 7)"],
    ["x = 0x1for", "SyntaxError: invalid syntax (1, 11, 1, 11)"],
    ["f'{'", "SyntaxError: f-string: expecting '}' (1, 5, 1, 5)"],
    ["f'}'", "SyntaxError: f-string: single '}' is not allowed (1, 5, 1, 5)"],
    ["f'{a!r'", "SyntaxError: f-string: expecting '}' (1, 8, 1, 8)"],
    ["f'{a:'", "SyntaxError: f-string: expecting '}' (1, 7, 1, 7)"],
    ["f'{a:{'", "SyntaxError: f-string: expecting '}' (1, 8, 1, 8)"],
    ["f'{lambda x: 1}'", "SyntaxError: f-string: invalid syntax (1, 10, 1, 11)"],
    ["f'{a['b']}'", "SyntaxError: f-string: unmatched '[' (1, 12, 1, 12)"],
    ["b'a' 'b'", "SyntaxError: cannot mix bytes and nonbytes literals (1, 9, 1, 9)"],
    ["'a' b'b'", "SyntaxError: cannot mix bytes and nonbytes literals (1, 9, 1, 9)"],
    ["f'a' b'b'", "SyntaxError: cannot mix bytes and nonbytes literals (1, 10, 1, 10)"],
    ["u'a' b'b'", "SyntaxError: cannot mix bytes and nonbytes literals (1, 10, 1, 10)"],
    ["x = '\\x'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape (1, 9, 1, 9)"],
    ["x = '\\U00110000'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1, 17, 1, 17)"],
    ["x = '\\u123'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape (1, 12, 1, 12)"],
    ["x = '\\N{'", "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape (1, 10, 1, 10)"],
    ["def f(a=1, /, b): pass", "SyntaxError: non-default argument follows default argument (1, 15, 1, 16)"],
    ["def f(*a=1): pass", "SyntaxError: var-positional argument cannot have default value (1, 9, 1, 10)"],
    ["def f(**k=1): pass", "SyntaxError: var-keyword argument cannot have default value (1, 10, 1, 11)"],
    ["lambda *: 0", "SyntaxError: named arguments must follow bare * (1, 9, 1, 10)"],
    ["class A(x for x in y): pass", "SyntaxError: invalid syntax (1, 11, 1, 14)"],
    ["class A(a=1, b): pass", "SyntaxError: positional argument follows keyword argument (1, 15, 1, 16)"],
    ["f(*a for a in b)", "SyntaxError: iterable unpacking cannot be used in comprehension (1, 3, 1, 5)"],
    ["f(**a for a in b)", "SyntaxError: invalid syntax (1, 7, 1, 10)"],
    ["f(a=b for b in c)", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1, 3, 1, 5)"],
    ["x = [,]", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["x = [1,,]", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["x = {,}", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["x = (,)", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["x = [*a for a in b]", "SyntaxError: iterable unpacking cannot be used in comprehension (1, 6, 1, 8)"],
    ["x = {*a for a in b}", "SyntaxError: iterable unpacking cannot be used in comprehension (1, 6, 1, 8)"],
    ["{**a: 1}", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["{1: *a}", "SyntaxError: cannot use a starred expression in a dictionary value (1, 5, 1, 7)"],
    ["{1: **a}", "SyntaxError: invalid syntax (1, 5, 1, 7)"],
    ["{*a: 1}", "SyntaxError: invalid syntax (1, 4, 1, 5)"],
    ["for in y: pass", "SyntaxError: invalid syntax (1, 5, 1, 7)"],
    ["for x in : pass", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["while: pass", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["if: pass", "SyntaxError: invalid syntax (1, 3, 1, 4)"],
    ["with: pass", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["with a as: pass", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["with a, : pass", "SyntaxError: invalid syntax (1, 9, 1, 10)"],
    ["try: pass\nexcept E, F: pass", "SyntaxError: multiple exception types must be parenthesized (2, 8, 2, 12)"],
    ["try: pass\nexcept E as e.x: pass", "SyntaxError: invalid syntax (2, 14, 2, 15)"],
    ["try: pass\nexcept E as (e): pass", "SyntaxError: invalid syntax (2, 13, 2, 14)"],
    ["try: pass\nfinally: pass\nelse: pass", "SyntaxError: invalid syntax (3, 1, 3, 5)"],
    ["try: pass\nelse: pass", "SyntaxError: expected 'except' or 'finally' block (2, 1, 2, 5)"],
    ["import a..b", "SyntaxError: invalid syntax (1, 10, 1, 11)"],
    ["import .a", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    ["from a import b.c", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["from a import *, b", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["from a import (*)", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["del a + b", "SyntaxError: cannot delete expression (1, 5, 1, 10)"],
    ["del a if b else c", "SyntaxError: cannot delete conditional expression (1, 5, 1, 18)"],
    ["del *a, b", "SyntaxError: cannot delete starred (1, 5, 1, 7)"],
    ["del a,, b", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["assert x,", "SyntaxError: invalid syntax (1, 10, 1, 10)"],
    ["raise from y", "SyntaxError: invalid syntax (1, 7, 1, 11)"],
    ["raise x from", "SyntaxError: invalid syntax (1, 13, 1, 13)"],
    ["return x from y", "SyntaxError: invalid syntax (1, 10, 1, 14)"],
    ["global a,", "SyntaxError: invalid syntax (1, 10, 1, 10)"],
    ["x = a if b", "SyntaxError: expected 'else' after 'if' expression (1, 5, 1, 11)"],
    ["x = a if b else", "SyntaxError: invalid syntax (1, 16, 1, 16)"],
    ["x = if b else c", "SyntaxError: invalid syntax (1, 5, 1, 7)"],
    ["x = lambda: yield", "SyntaxError: invalid syntax (1, 13, 1, 18)"],
    ["x = yield from", "SyntaxError: invalid syntax (1, 15, 1, 15)"],
    ["x = (yield from)", "SyntaxError: invalid syntax (1, 16, 1, 17)"],
    ["x = [yield]", "SyntaxError: invalid syntax (1, 6, 1, 11)"],
    ["x = not", "SyntaxError: invalid syntax (1, 8, 1, 8)"],
    ["x = a not", "SyntaxError: invalid syntax (1, 10, 1, 10)"],
    ["x = a is", "SyntaxError: invalid syntax (1, 9, 1, 9)"],
    ["x = a in", "SyntaxError: invalid syntax (1, 9, 1, 9)"],
    ["x = a < ", "SyntaxError: invalid syntax (1, 9, 1, 9)"],
    ["x = -", "SyntaxError: invalid syntax (1, 6, 1, 6)"],
    ["x = a.", "SyntaxError: invalid syntax (1, 7, 1, 7)"],
    ["x = a[", "SyntaxError: '[' was never closed (1, 6, 1, 0)"],
    ["x = a(", "SyntaxError: '(' was never closed (1, 6, 1, 0)"],
    ["x = a(b", "SyntaxError: '(' was never closed (1, 6, 1, 0)"],
    ["x = a[b", "SyntaxError: '[' was never closed (1, 6, 1, 0)"],
    ["x = .a", "SyntaxError: invalid syntax (1, 5, 1, 6)"],
    ["x = a..b", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["x = a.1", "SyntaxError: invalid syntax (1, 6, 1, 8)"],
    ["x = 1.a", "SyntaxError: invalid decimal literal (1, 6, 1, 6)"],
    ["else: pass", "SyntaxError: invalid syntax (1, 1, 1, 5)"],
    ["elif x: pass", "SyntaxError: invalid syntax (1, 1, 1, 5)"],
    ["except: pass", "SyntaxError: invalid syntax (1, 1, 1, 7)"],
    ["finally: pass", "SyntaxError: invalid syntax (1, 1, 1, 8)"],
    ["if x: pass\nelse: pass\nelif y: pass", "SyntaxError: invalid syntax (3, 1, 3, 5)"],
    ["if x: pass\nelse: pass\nelse: pass", "SyntaxError: invalid syntax (3, 1, 3, 5)"],
    ["for x in y: pass\nelse: pass\nelse: pass", "SyntaxError: invalid syntax (3, 1, 3, 5)"],
    ["@dec x\ndef f(): pass", "SyntaxError: invalid syntax (1, 6, 1, 7)"],
    ["@\ndef f(): pass", "SyntaxError: invalid syntax (1, 2, 1, 2)"],
    ["@dec\nif x: pass", "SyntaxError: invalid syntax (2, 1, 2, 3)"],
    ["@dec\n\nx = 1", "SyntaxError: invalid syntax (3, 1, 3, 2)"],
    ["def f(): pass\n  x = 1", "IndentationError: unexpected indent (2, 2, 2, -1)"],
    ["if x:\n    pass\n\tpass", "TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0)"],
    ["x = f'{x\n}'", "SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)"],
    ["x = 1;;", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["x = 1; ;y = 2", "SyntaxError: invalid syntax (1, 8, 1, 9)"],
    [";", "SyntaxError: invalid syntax (1, 1, 1, 2)"],
    ["x = 1;\n;", "SyntaxError: invalid syntax (2, 1, 2, 2)"],
    ["if x: ;", "SyntaxError: invalid syntax (1, 7, 1, 8)"],
    ["if x: pass\n;", "SyntaxError: invalid syntax (2, 1, 2, 2)"],
  ];
}
// ---- end of generated tables ----
