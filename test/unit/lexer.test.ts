// Lexer and layout tests: raw tokens, literals, and the NEWLINE / INDENT / DEDENT stream the parser reads.

import { describe, expect, it } from 'vitest';
import type { IToken } from 'chevrotain';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lex, lexerOptions, lexWithChevrotain } from '../../compiler/lexer.js';
import { layout, type LayoutResult } from '../../compiler/layout.js';
import { Source } from '../../compiler/syntax_error.js';
import { KEYWORDS, Lexer, lexerTokens, type NumberPayload, type StringPayload } from '../../compiler/tokens.js';

const SPELLED = new Set(['Name', 'Number', 'String']);

/** One token as text: keywords and operators as written, NAME/NUMBER/STRING with their text, layout tokens by name. */
function show(t: IToken): string {
  const name = t.tokenType.name;
  if (SPELLED.has(name)) return `${name.toUpperCase()}:${t.image}`;
  if (name === 'NEWLINE' || name === 'INDENT' || name === 'DEDENT' || name === 'ErrorToken') return name;
  return t.image;
}

function run(text: string): LayoutResult {
  return layout(new Source(text, 'f'), lex(text));
}

function stream(text: string): string[] {
  const r = run(text);
  return r.tokens.map(show);
}

/** The tokenizer error as `Kind: msg (lineno, offset, end_lineno, end_offset) deferred?`. */
function tokError(text: string): string {
  const e = run(text).error;
  if (e === null) return 'none';
  const x = e.error;
  return `${x.kind}: ${x.msg} (${x.lineno}, ${x.offset}, ${x.end_lineno}, ${x.end_offset})${e.deferred ? ' deferred' : ''}`;
}

describe('layout: NEWLINE, INDENT, DEDENT', () => {
  it('indents and dedents blocks', () => {
    expect(stream('if x:\n    y = 1\nz\n')).toEqual([
      'if', 'NAME:x', ':', 'NEWLINE', 'INDENT', 'NAME:y', '=', 'NUMBER:1', 'NEWLINE', 'DEDENT', 'NAME:z', 'NEWLINE',
    ]);
  });

  it('emits one DEDENT per closed level, and closes every level at the end of input', () => {
    expect(stream('if a:\n  if b:\n    c\nd')).toEqual([
      'if', 'NAME:a', ':', 'NEWLINE', 'INDENT', 'if', 'NAME:b', ':', 'NEWLINE', 'INDENT', 'NAME:c', 'NEWLINE',
      'DEDENT', 'DEDENT', 'NAME:d', 'NEWLINE',
    ]);
    expect(stream('if a:\n  if b:\n    c')).toEqual([
      'if', 'NAME:a', ':', 'NEWLINE', 'INDENT', 'if', 'NAME:b', ':', 'NEWLINE', 'INDENT', 'NAME:c', 'NEWLINE',
      'DEDENT', 'DEDENT',
    ]);
  });

  it('ignores blank lines, comment-only lines and whitespace-only lines', () => {
    expect(stream('# head\n\nx = 1  # tail\n   \n\t\n  # indented comment\ny\n')).toEqual([
      'NAME:x', '=', 'NUMBER:1', 'NEWLINE', 'NAME:y', 'NEWLINE',
    ]);
    expect(stream('')).toEqual([]);
    expect(stream('# only\n')).toEqual([]);
  });

  it('ignores line breaks and indentation inside brackets', () => {
    expect(stream('x = (1,\n        2,\n  3)\nf(a,\n\n  b)\n')).toEqual([
      'NAME:x', '=', '(', 'NUMBER:1', ',', 'NUMBER:2', ',', 'NUMBER:3', ')', 'NEWLINE',
      'NAME:f', '(', 'NAME:a', ',', 'NAME:b', ')', 'NEWLINE',
    ]);
    expect(stream('d = {\n  1: [\n    2]}\n')).toEqual(['NAME:d', '=', '{', 'NUMBER:1', ':', '[', 'NUMBER:2', ']', '}', 'NEWLINE']);
  });

  it('joins lines ended by a backslash', () => {
    expect(stream('x = 1 + \\\n      2\nif a and \\\n   b:\n  c\n')).toEqual([
      'NAME:x', '=', 'NUMBER:1', '+', 'NUMBER:2', 'NEWLINE',
      'if', 'NAME:a', 'and', 'NAME:b', ':', 'NEWLINE', 'INDENT', 'NAME:c', 'NEWLINE', 'DEDENT',
    ]);
  });

  it('counts a tab as advancing to the next multiple of 8, as CPython does', () => {
    // '\t' is column 8 and '\t    ' column 12: one level deeper.
    expect(stream('if x:\n\tif y:\n\t    z\n\tw\n')).toEqual([
      'if', 'NAME:x', ':', 'NEWLINE', 'INDENT', 'if', 'NAME:y', ':', 'NEWLINE', 'INDENT', 'NAME:z', 'NEWLINE',
      'DEDENT', 'NAME:w', 'NEWLINE', 'DEDENT',
    ]);
    // Same column with tabs counted as 8 but not with tabs counted as 1: TabError, as CPython.
    expect(tokError('if x:\n\ty\n        z\n')).toBe('TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0) deferred');
    expect(tokError('if x:\n  a\n\tb\n')).toBe('TabError: inconsistent use of tabs and spaces in indentation (3, 1, 3, 0) deferred');
  });

  it('positions layout tokens: NEWLINE at the end of its line, INDENT/DEDENT at the next token', () => {
    const toks = run('if x:\n    y\nz').tokens;
    const at = (t: IToken): string => `${t.tokenType.name}@${t.startLine}:${t.startColumn! - 1}`;
    expect(toks.filter((t) => /^(NEWLINE|INDENT|DEDENT)$/.test(t.tokenType.name)).map(at)).toEqual([
      'NEWLINE@1:5', 'INDENT@2:4', 'NEWLINE@2:5', 'DEDENT@3:0', 'NEWLINE@3:1',
    ]);
  });

  it('records an inconsistent dedent and ends the stream there instead of throwing', () => {
    const r = run('if x:\n    a\n  b\nc\n');
    expect(r.tokens.map(show)).toEqual(['if', 'NAME:x', ':', 'NEWLINE', 'INDENT', 'NAME:a', 'NEWLINE', 'ErrorToken']);
    expect(tokError('if x:\n    a\n  bcd = 1\n')).toBe(
      'IndentationError: unindent does not match any outer indentation level (3, 10, 3, -1) deferred',
    );
  });

  it('limits indentation to 100 levels, as CPython', () => {
    const nest = (n: number): string => {
      let s = '';
      for (let i = 0; i < n; i += 1) s += `${' '.repeat(i)}if x:\n`;
      return `${s}${' '.repeat(n)}pass\n`;
    };
    expect(tokError(nest(99))).toBe('none');
    expect(tokError(nest(100))).toBe('IndentationError: too many levels of indentation (101, 1, 101, 0) deferred');
  });

  it('reports brackets that do not match', () => {
    expect(tokError('x = 1)')).toBe("SyntaxError: unmatched ')' (1, 6, 1, 6)");
    expect(tokError('x = (]')).toBe("SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1, 6, 1, 6)");
    expect(tokError('(\n]')).toBe("SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2, 1, 2, 1)");
    const open = run('f(a,\n  [b');
    expect(open.error).toBeNull();
    expect(open.unclosed.map((t) => t.image)).toEqual(['(', '[']);
    expect(open.tokens.map(show).slice(-1)).toEqual(['NAME:b']);
  });
});

describe('lexer: names and keywords', () => {
  it('types keywords and keeps soft keywords as names', () => {
    expect(stream('def f(): return None and True or not False\n')).toEqual([
      'def', 'NAME:f', '(', ')', ':', 'return', 'None', 'and', 'True', 'or', 'not', 'False', 'NEWLINE',
    ]);
    expect(stream('match = case = _ = print\n')).toEqual(['NAME:match', '=', 'NAME:case', '=', 'NAME:_', '=', 'NAME:print', 'NEWLINE']);
    expect([...KEYWORDS.keys()]).toHaveLength(35);
  });

  it('accepts non-ASCII identifiers', () => {
    expect(stream('café = naïve_ж + 名前 + x²\n')).toEqual([
      'NAME:café', '=', 'NAME:naïve_ж', '+', 'NAME:名前', '+', 'NAME:x', 'ErrorToken',
    ]);
    expect(tokError('x²\n')).toBe("SyntaxError: invalid character '²' (U+00B2) (1, 2, 1, 2)");
  });

  it('reports stray characters as CPython does', () => {
    expect(tokError('x = $')).toBe('SyntaxError: invalid syntax (1, 5, 1, 6) deferred');
    expect(tokError('x = a\x01')).toBe('SyntaxError: invalid non-printable character U+0001 (1, 6, 1, 6)');
    expect(tokError('x = 1 + \\ 2')).toBe(
      'SyntaxError: unexpected character after line continuation character (1, 10, 1, 0) deferred',
    );
  });
});

describe('lexer: operators', () => {
  it('takes the longest operator', () => {
    expect(stream('a **= b // c >>= d -> e ... f != g <= h == i := j @= k\n').filter((s) => !s.startsWith('NAME'))).toEqual([
      '**=', '//', '>>=', '->', '...', '!=', '<=', '==', ':=', '@=', 'NEWLINE',
    ]);
    expect(stream('x.y[1:2]; z\n')).toEqual(['NAME:x', '.', 'NAME:y', '[', 'NUMBER:1', ':', 'NUMBER:2', ']', ';', 'NAME:z', 'NEWLINE']);
  });
});

describe('lexer: numbers', () => {
  const numbers = (text: string): [string, string][] =>
    run(text).tokens.filter((t) => t.tokenType.name === 'Number').map((t) => [t.image, (t.payload as NumberPayload).type]);

  it('reads every literal form, underscores included', () => {
    expect(numbers('0 00 0_0 7 1_000 0x_1F 0XFF 0o17 0O7_7 0b1010 0B1 1.5 1. .5 1e10 1E-5 1_0.0_1e+1_0 09.5 0e0 1j 1.5J\n')).toEqual([
      ['0', 'int'], ['00', 'int'], ['0_0', 'int'], ['7', 'int'], ['1_000', 'int'], ['0x_1F', 'int'], ['0XFF', 'int'],
      ['0o17', 'int'], ['0O7_7', 'int'], ['0b1010', 'int'], ['0B1', 'int'], ['1.5', 'float'], ['1.', 'float'],
      ['.5', 'float'], ['1e10', 'float'], ['1E-5', 'float'], ['1_0.0_1e+1_0', 'float'], ['09.5', 'float'], ['0e0', 'float'],
      ['1j', 'imag'], ['1.5J', 'imag'],
    ]);
  });

  it('lets a keyword follow a number directly, as CPython (with its warning) does', () => {
    expect(stream('x = 1if y else 2\n')).toEqual(['NAME:x', '=', 'NUMBER:1', 'if', 'NAME:y', 'else', 'NUMBER:2', 'NEWLINE']);
  });

  it('reports malformed numbers with CPython messages and positions', () => {
    expect(tokError('x = 1abc')).toBe('SyntaxError: invalid decimal literal (1, 5, 1, 5)');
    expect(tokError('x = 1_')).toBe('SyntaxError: invalid decimal literal (1, 6, 1, 6)');
    expect(tokError('x = 1__0')).toBe('SyntaxError: invalid decimal literal (1, 6, 1, 6)');
    expect(tokError('x = 1e')).toBe('SyntaxError: invalid decimal literal (1, 5, 1, 5)');
    expect(tokError('x = 1e+')).toBe('SyntaxError: invalid decimal literal (1, 7, 1, 7)');
    expect(tokError('x = 0x')).toBe('SyntaxError: invalid hexadecimal literal (1, 6, 1, 6)');
    expect(tokError('x = 0o8')).toBe("SyntaxError: invalid digit '8' in octal literal (1, 7, 1, 7)");
    expect(tokError('x = 0b2')).toBe("SyntaxError: invalid digit '2' in binary literal (1, 7, 1, 7)");
    expect(tokError('x = 1jj')).toBe('SyntaxError: invalid imaginary literal (1, 6, 1, 6)');
    expect(tokError('x = 012')).toBe(
      'SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1, 5, 1, 6)',
    );
  });
});

describe('lexer: strings', () => {
  const strings = (text: string): [string, string, string][] =>
    run(text).tokens.filter((t) => t.tokenType.name === 'String').map((t) => {
      const p = t.payload as StringPayload;
      return [t.image, p.prefix, text.slice(p.bodyStart, p.bodyEnd)];
    });

  it('reads every prefix in any case, with single, double and triple quotes', () => {
    expect(strings(`'a' "b" '''c''' """d""" r'e' R"f" b'g' B'h' u'i' U"j" f'k' F"l" rb'm' Rb'n' bR'o' BR'p' fr'q' Rf'r' rF's'\n`)).toEqual([
      ["'a'", '', 'a'], ['"b"', '', 'b'], ["'''c'''", '', 'c'], ['"""d"""', '', 'd'], ["r'e'", 'r', 'e'], ['R"f"', 'r', 'f'],
      ["b'g'", 'b', 'g'], ["B'h'", 'b', 'h'], ["u'i'", 'u', 'i'], ['U"j"', 'u', 'j'], ["f'k'", 'f', 'k'], ['F"l"', 'f', 'l'],
      ["rb'm'", 'rb', 'm'], ["Rb'n'", 'rb', 'n'], ["bR'o'", 'br', 'o'], ["BR'p'", 'br', 'p'], ["fr'q'", 'fr', 'q'],
      ["Rf'r'", 'rf', 'r'], ["rF's'", 'rf', 's'],
    ]);
  });

  it('does not mistake a name ending in a prefix letter for a prefix', () => {
    expect(stream(`xf'a' ur'b'\n`)).toEqual(['NAME:xf', "STRING:'a'", 'NAME:ur', "STRING:'b'", 'NEWLINE']);
  });

  it('keeps escaped quotes and line continuations inside the literal', () => {
    expect(strings(`'it\\'s' "a\\"b" r'\\'' 'x\\\ny' '''a\n'b'\n"c"'''\n`)).toEqual([
      ["'it\\'s'", '', "it\\'s"], ['"a\\"b"', '', 'a\\"b'], ["r'\\''", 'r', "\\'"], ["'x\\\ny'", '', 'x\\\ny'],
      ["'''a\n'b'\n\"c\"'''", '', "a\n'b'\n\"c\""],
    ]);
    const t = run(`x = '''a\nb'''\ny`).tokens;
    expect(t.map(show)).toEqual(['NAME:x', '=', "STRING:'''a\nb'''", 'NEWLINE', 'NAME:y', 'NEWLINE']);
    expect([t[2]!.endLine, t[4]!.startLine]).toEqual([2, 3]);
  });

  it('reports unterminated strings at their start, with the line where the end was expected', () => {
    expect(tokError('x = "abc')).toBe('SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)');
    expect(tokError('x = "abc\ny = 2\n')).toBe('SyntaxError: unterminated string literal (detected at line 1) (1, 5, 1, 5)');
    expect(tokError("x = 'a\\\nb\nc")).toBe('SyntaxError: unterminated string literal (detected at line 2) (1, 5, 1, 5)');
    expect(tokError("x = rb'''abc\n\n")).toBe(
      'SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1, 5, 1, 5)',
    );
    expect(tokError("x = '''abc\n\ndef")).toBe(
      'SyntaxError: unterminated triple-quoted string literal (detected at line 3) (1, 5, 1, 5)',
    );
  });
});

describe('lexer: positions', () => {
  it('gives 1-based lines and columns, across multi-line tokens', () => {
    const toks = lex('a = """x\ny"""  + b\n  # c\nc');
    expect(toks.filter((t) => t.tokenType.name !== 'Newline').map((t) => `${t.image}@${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn}`)).toEqual([
      'a@1:1-1:1', '=@1:3-1:3', '"""x\ny"""@1:5-2:4', '+@2:7-2:7', 'b@2:9-2:9', 'c@4:1-4:1',
    ]);
  });

  it('places a piece of a larger source at its real position', () => {
    const toks = lex('a +\nb', { offset: 10, line: 3, column: 7 });
    expect(toks.filter((t) => t.tokenType.name !== 'Newline').map((t) => `${t.image}@${t.startOffset}:${t.startLine}:${t.startColumn}`)).toEqual([
      'a@10:3:8', '+@12:3:10', 'b@14:4:1',
    ]);
  });
});

describe('token definitions', () => {
  it("pass chevrotain's lexer validations (the shared lexer skips them at start-up)", () => {
    expect(() => new Lexer(lexerTokens, lexerOptions(true))).not.toThrow();
  });
});

describe('the hand-written lexer', () => {
  /** Every field of every token, payloads included. */
  const fields = (toks: IToken[]): unknown[] =>
    toks.map((t) => [t.image, t.startOffset, t.endOffset, t.startLine, t.endLine, t.startColumn, t.endColumn, t.tokenType.name, t.payload, Object.keys(t)]);
  const samples = [
    '', 'x = 1\n', 'if x:\n    y = "a\\\nb"\n\tz\n', 'a\\\nb\\\r\nc\\\rd', '\\', 'x \\', "s = '''one\ntwo\n", "'abc\n", '"\\\n"',
    '0x 0b12 1_000 1__0 1e 1if x else 2 0o8 00012 1.e5j .5 ... .. a.b 1.__class__', 'rb"x" Rb"x" f"{x!r:>{w}}" bu"x" ur"x" u"x" F\'\'',
    'é = 1\nﬁ = 2\n\u2028x\ud800😀 x😀y', '$?`!\x00\x7f', 'a\fb\n\f\n# c\r#', 'a<>b -> **= //= <<= >>= := != == <= >= ~ @= @',
    'x\r\r\n\n\r', "'''\r\n'''", 'def f(a, *b, **c):\n  return [i for i in b if i]  # done\n',
  ];
  it("makes exactly chevrotain's tokens", () => {
    for (const text of samples) expect(fields(lex(text)), JSON.stringify(text)).toEqual(fields(lexWithChevrotain(text)));
  });
  it("makes exactly chevrotain's tokens for the library's modules", () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../stdlib/lib');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(fields(lex(text)), name).toEqual(fields(lexWithChevrotain(text)));
    }
  });
});
