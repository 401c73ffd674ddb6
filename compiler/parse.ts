// The front end's public API: parse(source, filename, mode) → AST, or a TpySyntaxError located as CPython locates it.

import type { IRecognitionException, IToken } from 'chevrotain';
import type * as ast from './ast.js';
import { lex } from './lexer.js';
import { layout, neverClosed, type LayoutResult } from './layout.js';
import { getParser, markMatchStatements, type PythonParser } from './parser.js';
import { patternFailedAt } from './parse_pattern.js';
import { fstringExprError, type FStringJob } from './fstring.js';
import { Source, TpySyntaxError } from './syntax_error.js';
import * as T from './tokens.js';
import { EOF } from './tokens.js';
import { errorAtNode, exprName, invalidTarget, isOperandLevel, maybeComparison } from './build_ast.js';

export { TpySyntaxError } from './syntax_error.js';

export type ParseMode = 'exec' | 'eval' | 'single';

/**
 * A warning given while the source is read: a number glued to a keyword (`1if x else y`, `0x1for`),
 * a SyntaxWarning of CPython 3.11's tokenizer; a string literal's deprecated escape (`"\\d"`), a
 * DeprecationWarning of its parser. `error` is the SyntaxError it becomes when a warnings filter
 * says 'error'; `at` is its offset in the source, which orders the warnings as they are read.
 */
export interface TokenizerWarning {
  lineno: number;
  message: string;
  category: 'SyntaxWarning' | 'DeprecationWarning';
  at: number;
  error: TpySyntaxError;
}

/**
 * Parse Python source into an AST: a Module for 'exec', an Expression for 'eval', an
 * Interactive for 'single' (one statement, as typed at the REPL).
 * Throws TpySyntaxError (SyntaxError, IndentationError or TabError) with CPython 3.11's message
 * and location for the common cases.
 */
export function parse(source: string, filename: string, mode?: 'exec', fileInput?: boolean, warnings?: TokenizerWarning[]): ast.Module;
export function parse(source: string, filename: string, mode: 'eval', fileInput?: boolean, warnings?: TokenizerWarning[]): ast.Expression;
export function parse(source: string, filename: string, mode: 'single', fileInput?: boolean, warnings?: TokenizerWarning[]): ast.Interactive;
export function parse(
  source: string, filename: string, mode?: ParseMode, fileInput?: boolean, warnings?: TokenizerWarning[],
): ast.Module | ast.Expression | ast.Interactive;
/** `warnings`, when given, receives the tokenizer's SyntaxWarnings, also when the parse then fails. */
export function parse(
  source: string, filename: string, mode: ParseMode = 'exec', fileInput = false, warnings?: TokenizerWarning[],
): ast.Module | ast.Expression | ast.Interactive {
  try {
    return parseSource(source, filename, mode, fileInput, warnings);
  } catch (e) {
    if (mode === 'exec' && e instanceof TpySyntaxError && e.fromParser) e.textFromFileIfAny = true;
    throw e;
  } finally {
    // The tokenizer's warnings are collected when a token list is read, the literals' as the
    // parser builds them; CPython gives both as its tokenizer reaches them.
    warnings?.sort((a, b) => a.at - b.at);
  }
}

function parseSource(
  source: string, filename: string, mode: ParseMode, fileInput: boolean, warnings: TokenizerWarning[] | undefined,
): ast.Module | ast.Expression | ast.Interactive {
  // CPython's tokenizer reads source with universal newlines and drops a UTF-8 BOM.
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // CPython's translate_newlines, reading an 'exec' string that ends in "\r\n", loses track of
  // that last newline and appends one more: `x = \\<CRLF>` then continues onto an empty line.
  if (!fileInput && mode === 'exec' && source.endsWith('\r\n')) text += '\n';
  const src = new Source(text, filename, fileInput, mode === 'exec' || fileInput);
  src.hadBom = source.startsWith('\uFEFF');
  const lay = layout(src, lex(text));
  if (warnings !== undefined) {
    collectTokenizerWarnings(src, lay.tokens, warnings);
    src.literalWarning = literalWarnings(src, lay.tokens, warnings);
  }
  markMatchStatements(lay.tokens);
  const parser = getParser();
  parser.begin(src, lay.tokens);
  let result: ast.Module | ast.Expression | ast.Interactive;
  try {
    if (mode === 'exec') {
      result = { kind: 'Module', body: parser.file_input(), type_ignores: [] };
    } else if (mode === 'eval') {
      result = { kind: 'Expression', body: parser.eval_input() };
    } else {
      result = { kind: 'Interactive', body: parser.single_input() };
    }
  } catch (e) {
    if (e instanceof TpySyntaxError) {
      const at = patternFailedAt.get(e) ?? null;
      throw quoteAsRead(src, resolve(src, lay, e, at), at ?? parser.nextToken(), lay.tokens);
    }
    if (e instanceof RangeError) throw resolve(src, lay, tooDeep(src, lay.tokens), null);
    throw e;
  }
  if (parser.errors.length > 0) {
    const failure = parser.errors[0]!;
    if (mode === 'single' && failure.name === 'NotAllInputParsedException' && failure.token !== lay.error?.token &&
      COMPOUND_STATEMENTS.has((result as ast.Interactive).body[0]?.kind)) {
      // A compound statement must be followed by the end of the input (3.11's
      // `statement_newline: compound_stmt NEWLINE`): what follows it is a plain failure.
      throw quoteAsRead(src, resolve(src, lay, translate(src, failure, lay.tokens), failure.token), failure.token, lay.tokens);
    }
    if (mode === 'single' && failure.name === 'NotAllInputParsedException' && failure.token !== lay.error?.token) {
      // After simple statements CPython points at the NEWLINE ending the first statement.
      const t = lay.tokens[lay.tokens.indexOf(failure.token) - 1] ?? failure.token;
      throw resolve(src, lay, src.error('SyntaxError', 'multiple statements found while compiling a single statement',
        t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1), t);
    }
    parser.prefixReachedEnd = null;
    parser.prefixReadTo = null;
    const refined = refine(src, parser, lay.tokens, failure, 0);
    // A second-pass parse that read to the end of the input stopped at the tokenizer's error there.
    const at = (refined === null ? parser.prefixReachedEnd : null) ?? failure.token;
    const err = resolve(src, lay, refined ?? translate(src, failure, lay.tokens), at, parser.prefixReadTo);
    throw quoteAsRead(src, err, failure.token, lay.tokens);
  }
  runFStringJobs(src, parser, warnings);
  return result;
}

/**
 * A parser error quotes the tokenizer's current line buffer, with its newline, when the error is
 * on the line the tokenizer had reached (the last token read, `reached`, or the error's own end);
 * an earlier line it takes from the source string without its newline (CPython's
 * get_error_line_from_tokenizer_buffers): `foo(1, 2<NL> 3)`. A file's line replaces either
 * (textFromFileIfAny).
 */
function quoteAsRead(src: Source, err: TpySyntaxError, reached: IToken, tokens: IToken[]): TpySyntaxError {
  if (!err.fromParser || err.text === null || !err.text.endsWith('\n')) return err;
  if (err.msg === COMMA_MSG) reached = tokenAfter(tokens, err, reached);
  // Tokens made by the end of the input (DEDENTs) leave the tokenizer on the last line.
  const reachedLine = Math.max(err.end_lineno ?? err.lineno, reached.tokenType === EOF ? 0 : Math.min(reached.startLine!, src.lineCount()));
  if (reachedLine > err.lineno) err.text = err.text.slice(0, -1);
  else if (!src.fileInput) {
    // The buffer of a string's tokenizer holds every line since one began between tokens:
    // a line reached inside a triple-quoted string or after a backslash continuation adds to it.
    const first = bufferStartLine(src, tokens, err.lineno);
    if (first < err.lineno) err.text = `${src.linesShown(first, err.lineno)}\n`;
  }
  return err;
}

const COMMA_MSG = 'invalid syntax. Perhaps you forgot a comma?';

/**
 * The token after the end of `err`'s range, if further than `reached`: CPython's parser read it
 * to know that the expression ending there was complete.
 */
function tokenAfter(tokens: IToken[], err: TpySyntaxError, reached: IToken): IToken {
  const line = err.end_lineno ?? err.lineno;
  const col = err.end_offset ?? err.offset;
  const after = tokens.find((k) => k.startLine! > line || (k.startLine! === line && k.startColumn! >= col));
  if (after === undefined) return reached;
  return reached.tokenType === EOF || after.startOffset <= reached.startOffset ? reached : after;
}

/** The first line of the tokenizer's buffer when it reads line `lineno` (see quoteAsRead). */
function bufferStartLine(src: Source, tokens: IToken[], lineno: number): number {
  let line = lineno;
  while (line > 1 && (insideToken(tokens, line) || continuedLine(src, tokens, line - 1))) line--;
  return line;
}

/** Does a token (a triple-quoted string) span the start of line `line`? */
function insideToken(tokens: IToken[], line: number): boolean {
  for (const t of tokens) {
    if (t.startLine! >= line) return false;
    if (t.endLine !== undefined && t.endLine >= line && t.tokenType !== EOF) return true;
  }
  return false;
}

/** Does line `line` end in a backslash continuation (after its last token, not in a comment)? */
function continuedLine(src: Source, tokens: IToken[], line: number): boolean {
  const text = src.line(line);
  if (!text.endsWith('\\')) return false;
  let lastEnd = 0;
  let tokenOnLine = false;
  for (const t of tokens) {
    if (t.startLine! > line) break;
    if (t.endLine === line && t.tokenType !== EOF) {
      lastEnd = t.endColumn!;
      tokenOnLine = true;
    }
  }
  if (!/^[^#]*\\$/.test(text.slice(lastEnd))) return false;
  // A backslash alone on its line is read with the indentation, between tokens, where
  // CPython's tokenizer starts a new buffer; unless that line continues one before it.
  return tokenOnLine || (line > 1 && (insideToken(tokens, line) || continuedLine(src, tokens, line - 1)));
}

/** The SyntaxWarnings of the number tokens in `tokens` (CPython's verify_end_of_number). */
function collectTokenizerWarnings(src: Source, tokens: IToken[], out: TokenizerWarning[]): void {
  for (const t of tokens) {
    if (t.tokenType !== T.NumberLit) continue;
    const w = (t.payload as T.NumberPayload).warning;
    if (w === undefined) continue;
    // Under -W error CPython raises the SyntaxError at the number's last character, from its tokenizer
    // (so without the line's newline in `text`).
    const lineno = src.lineOf(w.at);
    const col = src.columnOf(w.at);
    out.push({ lineno, message: w.msg, category: 'SyntaxWarning', at: w.at, error: src.error('SyntaxError', w.msg, lineno, col, lineno, col, false) });
  }
}

/**
 * Collects the DeprecationWarnings of string literals' escapes (fstring.ts) into `out`: at the
 * literal's first line; as an error, the SyntaxError spans the literal's token and quotes the line
 * as CPython's parser does, having read up to `next`. A literal built twice (the parser backtracks)
 * warns once.
 */
function literalWarnings(src: Source, tokens: IToken[], out: TokenizerWarning[]): NonNullable<Source['literalWarning']> {
  const seen = new Set<string>();
  return (message, t, next) => {
    const key = `${t.startOffset}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const error = src.error('SyntaxError', message, t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1);
    out.push({ lineno: t.startLine!, message, category: 'DeprecationWarning', at: t.startOffset, error: quoteAsRead(src, error, next as IToken, tokens) });
  };
}

/**
 * The JavaScript stack ran out (brackets nested more than about 120 deep): reported at the
 * deepest bracket. DIVERGENCE: CPython accepts up to 200 levels and, past its own parser
 * limit, raises MemoryError with this message.
 */
function tooDeep(src: Source, tokens: IToken[]): TpySyntaxError {
  let depth = 0;
  let deepest = 0;
  let at: IToken | undefined;
  for (const t of tokens) {
    if (t.tokenType === T.LPar || t.tokenType === T.LSqb || t.tokenType === T.LBrace) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        at = t;
      }
    } else if (t.tokenType === T.RPar || t.tokenType === T.RSqb || t.tokenType === T.RBrace) depth -= 1;
  }
  const line = at?.startLine ?? 1;
  const col = at?.startColumn ?? 1;
  return src.error('SyntaxError', 'Parser stack overflowed - Python source too complex to parse', line, col, line, col);
}

/** The statements of 3.11's compound_stmt rule. */
const COMPOUND_STATEMENTS = new Set<string | undefined>([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'Match',
]);

/** CPython's message for a grammar failure at a token. */
function translate(src: Source, failure: IRecognitionException, tokens: IToken[]): TpySyntaxError {
  const t = blamedToken(tokens, failure.token);
  if (src.endsBare() && (t.tokenType === EOF || (t.tokenType === T.NEWLINE && t.endOffset! >= src.text.length - 1))) {
    const line = src.lineCount();
    return src.error('SyntaxError', 'invalid syntax', line, 0, line, 0);
  }
  if (t.tokenType === EOF) {
    // CPython's ENDMARKER has no column (-1): the error reads offset 0 on the last line, so
    // no caret is printed.
    const line = src.lineCount();
    return src.error('SyntaxError', 'invalid syntax', line, 0, line, 0);
  }
  if (t.tokenType === T.INDENT || t.tokenType === T.DEDENT) {
    const msg = t.tokenType === T.INDENT ? 'unexpected indent' : 'unexpected unindent';
    if (t.startLine! > src.lineCount()) {
      // A DEDENT made by the end of the input has no column: CPython's tokenizer is past the
      // last line's end in a string, at column 0 (no caret) in a file (parser.errorAtEnd).
      const line = src.lineCount();
      return src.error('IndentationError', msg, line, src.fileInput ? 0 : src.line(line).length + 1, line, -1);
    }
    return src.error('IndentationError', msg, t.startLine!, t.startColumn! - 1, t.startLine!, -1);
  }
  return src.error('SyntaxError', 'invalid syntax', t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1);
}

const EXPRESSION_END = new Set([
  T.Name, T.NumberLit, T.StringLit, T.RPar, T.RSqb, T.RBrace, T.True, T.False, T.None, T.Ellipsis,
]);

/**
 * The token CPython blames for a failure at `t`: usually `t` itself, but a `not` after an
 * operand made CPython look one token further for `not in`.
 */
function blamedToken(tokens: IToken[], t: IToken): IToken {
  if (t.tokenType !== T.Not) return t;
  const idx = tokens.indexOf(t);
  const prev = tokens[idx - 1];
  const next = tokens[idx + 1];
  return prev !== undefined && next !== undefined && EXPRESSION_END.has(prev.tokenType) ? next : t;
}

const EXPRESSION_START = new Set([
  T.Name, T.NumberLit, T.StringLit, T.LPar, T.LSqb, T.LBrace, T.Minus, T.Plus, T.Tilde, T.Not, T.Lambda, T.Await,
  T.True, T.False, T.None, T.Ellipsis,
]);

const SOFT_KEYWORDS = ['_', 'case', 'match'];

/**
 * CPython's SOFT_KEYWORD token test compares only the NAME's length of each soft keyword
 * (strncmp), so any prefix of one counts: `c`, `ma`, `cas` as well as `case`.
 */
function isSoftKeywordName(image: string): boolean {
  return image.length > 0 && SOFT_KEYWORDS.some((k) => k.startsWith(image));
}

/**
 * `match <subject>` ending its line without ':' (CPython's invalid_match_stmt): the parser
 * failed on the subject's first token after the soft keyword `match`.
 */
function matchWithoutColon(src: Source, parser: PythonParser, tokens: IToken[], t: IToken): TpySyntaxError | null {
  let idx = tokens.indexOf(t);
  // The parser fails either on `match` (no statement starts `NAME NAME`) or on the subject.
  if (t.tokenType === T.Name && t.image === 'match') idx += 1;
  const prev = idx > 0 ? tokens[idx - 1]! : undefined;
  const first = tokens[idx];
  if (prev === undefined || prev.tokenType !== T.Name || prev.image !== 'match' || first === undefined || !EXPRESSION_START.has(first.tokenType)) return null;
  const before = idx > 1 ? tokens[idx - 2]!.tokenType : T.NEWLINE;
  if (before !== T.NEWLINE && before !== T.INDENT && before !== T.DEDENT) return null;
  let end = idx;
  let depth = 0;
  for (; end < tokens.length; end++) {
    const type = tokens[end]!.tokenType;
    if (type === T.LPar || type === T.LSqb || type === T.LBrace) depth += 1;
    else if (type === T.RPar || type === T.RSqb || type === T.RBrace) depth -= 1;
    else if (depth === 0 && (type === T.NEWLINE || type === EOF || type === T.Colon || type === T.Semi)) break;
  }
  const nl = tokens[end];
  if (nl === undefined || nl.tokenType !== T.NEWLINE) return null;
  const subject = parser.tryExpression(src, tokens.slice(idx, end), true);
  if (subject === null) return null;
  return src.error('SyntaxError', "expected ':'", nl.startLine!, nl.startColumn!, nl.startLine!, nl.startColumn!);
}

/**
 * `if x = 3:` (CPython's invalid_named_expression): a named_expression ends just before the
 * '=' the parser failed on, and a bitwise_or operand not itself followed by '=' or ':=' comes
 * after it. A bare name gets "Maybe you meant '==' or ':='" over `x = 3`; another operand
 * "cannot assign to ... here" at the operand.
 */
function mistypedComparison(src: Source, parser: PythonParser, tokens: IToken[], t: IToken): TpySyntaxError | null {
  const named = parser.lastNamedExpression;
  if (t.tokenType !== T.Equal || named === null) return null;
  const idx = tokens.indexOf(t);
  if (idx <= 0 || tokens[idx - 1] !== named.end) return null;
  const a = named.node;
  if (!named.bareName && !maybeComparison(parser.parenthesized, a)) return null;
  // tryExpression starts a new parse: read what the first parse knew before it.
  const value = parser.tryExpressionPrefix(src, tokens.slice(idx + 1));
  if (value === null) return null;
  let b = value;
  for (;;) {
    if (parser.parenthesized.has(b)) break;
    if (b.kind === 'Compare') b = b.left;
    else if (b.kind === 'BoolOp') b = b.values[0]!;
    else if (b.kind === 'IfExp') b = b.body;
    else break;
  }
  if (!isOperandLevel(parser.parenthesized, b)) return null;
  const after = tokens.find((k, i) => i > idx && (k.startLine! > b.end_lineno || (k.startLine! === b.end_lineno && k.startColumn! > b.end_col_offset)));
  if (after !== undefined && (after.tokenType === T.Equal || after.tokenType === T.ColonEqual)) return null;
  if (named.bareName) {
    return src.error('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }
  return errorAtNode(src, a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
}

/**
 * CPython's invalid_for_target, for a failure between a `for` and its `in` (a comprehension's
 * or a for statement's): the target part read as star_expressions, where a missing comma
 * inside brackets is "Perhaps you forgot a comma?" and an expression that cannot be assigned
 * to is "cannot assign to ...". `depth` is the bracket depth the token stream starts at.
 */
function invalidForTarget(src: Source, parser: PythonParser, tokens: IToken[], t: IToken, depth: number): TpySyntaxError | null {
  const idx = tokens.indexOf(t);
  if (idx <= 0) return null;
  // The nearest `for` at the failure's bracket level, with no `in` after it (CPython cuts there).
  let level = 0;
  let forIdx = -1;
  for (let i = idx - 1; i >= 0 && forIdx < 0; i -= 1) {
    const type = tokens[i]!.tokenType;
    if (type === T.RPar || type === T.RSqb || type === T.RBrace) level += 1;
    else if (type === T.LPar || type === T.LSqb || type === T.LBrace) {
      if (level === 0) return null;
      level -= 1;
    } else if (level === 0) {
      if (type === T.In || type === T.NEWLINE || type === T.INDENT || type === T.DEDENT || type === T.Colon) return null;
      if (type === T.For) forIdx = i;
    }
  }
  if (forIdx < 0) return null;
  const rest = tokens.slice(forIdx + 1);
  let a: ast.expr | null;
  try {
    a = parser.tryExpression(src, rest, true, true);
  } catch (e) {
    // An error of the expression's own (`for x if y`: "expected 'else' after 'if' expression").
    if (e instanceof TpySyntaxError) return e;
    throw e;
  }
  if (a === null) return null;
  const last = parser.lastDisjunction;
  // invalid_expression inside brackets: a disjunction followed directly by another expression.
  let open = depth;
  for (let i = 0; i <= forIdx; i += 1) {
    const type = tokens[i]!.tokenType;
    if (type === T.LPar || type === T.LSqb || type === T.LBrace) open += 1;
    else if (type === T.RPar || type === T.RSqb || type === T.RBrace) open -= 1;
  }
  const endIdx = last === null ? -1 : rest.indexOf(last.end);
  const next = endIdx < 0 ? undefined : rest[endIdx + 1];
  if (open > 0 && last !== null && next !== undefined && EXPRESSION_START.has(next.tokenType) && !startsNameString(rest, last.start)) {
    const lastNode = last.node;
    const b = parser.tryExpressionPrefix(src, rest.slice(endIdx + 1));
    if (b !== null) {
      return src.error('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?',
        lastNode.lineno, lastNode.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
    }
  }
  const bad = invalidTarget(a, 'for');
  return bad === null ? null : errorAtNode(src, bad, `cannot assign to ${exprName(bad)}`);
}

/** CPython's `!(NAME STRING | SOFT_KEYWORD)` before a disjunction that may miss a comma. */
function startsNameString(tokens: IToken[], first: IToken): boolean {
  if (first.tokenType !== T.Name) return false;
  if (isSoftKeywordName(first.image)) return true;
  const second = tokens[tokens.indexOf(first) + 1];
  return second !== undefined && second.tokenType === T.StringLit;
}

/**
 * CPython's second-pass messages for a generic failure at a token that starts an expression:
 * `print x` (legacy statement) and `[a b]` (two expressions inside brackets: a missing comma).
 * `depth` is the bracket depth the token stream starts at (1 inside an f-string field).
 */
function refine(src: Source, parser: PythonParser, tokens: IToken[], failure: IRecognitionException, depth: number): TpySyntaxError | null {
  const t = failure.token;
  const noColon = matchWithoutColon(src, parser, tokens, t);
  if (noColon !== null) return noColon;
  const forTarget = invalidForTarget(src, parser, tokens, t, depth);
  if (forTarget !== null || parser.prefixReachedEnd !== null) return forTarget;
  const mistyped = mistypedComparison(src, parser, tokens, t);
  if (mistyped !== null || parser.prefixReachedEnd !== null) return mistyped;
  if (!EXPRESSION_START.has(t.tokenType)) return null;
  const idx = tokens.indexOf(t);
  if (idx <= 0) return null;
  const prev = tokens[idx - 1]!;
  const a = parser.lastDisjunction;
  const legacy = prev.tokenType === T.Name && (prev.image === 'print' || prev.image === 'exec');
  const afterName = prev.tokenType === T.Name && t.tokenType !== T.LPar && (idx < 2 || tokens[idx - 2]!.tokenType !== T.Dot);
  if (afterName && !legacy) {
    // CPython's invalid_legacy_expression parses the expression after any name before it
    // checks for print/exec: a string literal there that does not decode is the error (`y '\x1'`).
    if (parser.tryExpression(src, tokens.slice(idx), true, false, true) !== null) runFStringJobs(src, parser);
  }
  if (legacy && afterName) {
    // CPython's invalid_legacy_expression parses the expression after the name first, with its
    // own invalid_expression (`[print 1 2]`: the missing comma is between 1 and 2).
    const inner = missingCommaAt(src, parser, tokens, idx, bracketDepth(tokens, idx, depth));
    if (inner !== null) return inner;
    const b = parser.tryExpression(src, tokens.slice(idx), true);
    if (b !== null) {
      const msg = `Missing parentheses in call to '${prev.image}'. Did you mean ${prev.image}(...)?`;
      return src.error('SyntaxError', msg, prev.startLine!, prev.startColumn!, b.end_lineno, b.end_col_offset + 1);
    }
    return null;
  }
  const starred = firstStarredInBrackets(tokens, idx);
  if (starred >= 0) return missingCommaAt(src, parser, tokens, starred + 1, bracketDepth(tokens, starred + 1, depth));
  if (a === null || a.end !== prev) return null;
  const first = a.start;
  if (startsNameString(tokens, first)) {
    // Not CPython's invalid_expression here, but its invalid_legacy_expression may find one
    // after the name (`[c - 1 print(1)]`: between `-1` and `print(1)`).
    const next = tokens.indexOf(first) + 1;
    return tokens[next]?.tokenType === T.LPar ? null : missingCommaAt(src, parser, tokens, next, bracketDepth(tokens, next, depth));
  }
  const node = a.node;
  if (isLegacyName(node)) return null;
  // CPython's invalid_expression parses the second expression before it looks at the brackets,
  // so a string literal there that does not decode is the error (`x = 1 '\x1'`).
  const b = parser.tryExpressionPrefix(src, tokens.slice(idx), true);
  if (b === null) return null;
  // CPython 3.11 parses an f-string's fields as it builds the literal: their errors come first.
  runFStringJobs(src, parser);
  for (let i = 0; i < idx; i += 1) {
    const type = tokens[i]!.tokenType;
    if (type === T.LPar || type === T.LSqb || type === T.LBrace) depth += 1;
    else if (type === T.RPar || type === T.RSqb || type === T.RBrace) depth -= 1;
  }
  if (depth <= 0) return null;
  return src.error('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?',
    node.lineno, node.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
}

/**
 * The '*' opening a bracket's first item when the failure at `tokens[idx]` is within that item
 * (`[*a b]`), or -1: CPython's invalid_comprehension reads that item as a starred expression,
 * whose expression after the '*' may miss a comma.
 */
function firstStarredInBrackets(tokens: IToken[], idx: number): number {
  let level = 0;
  for (let i = idx - 1; i >= 1; i -= 1) {
    const type = tokens[i]!.tokenType;
    if (type === T.RPar || type === T.RSqb || type === T.RBrace) level += 1;
    else if (type === T.LPar || type === T.LSqb || type === T.LBrace) {
      if (level === 0) return -1;
      level -= 1;
    } else if (level === 0) {
      if (type === T.Comma || type === T.NEWLINE || type === T.Colon) return -1;
      // A '*' after anything else is a multiplication inside the item.
      const before = tokens[i - 1]!.tokenType;
      if (type === T.Star && (before === T.LPar || before === T.LSqb || before === T.LBrace)) return i;
    }
  }
  return -1;
}

/** CPython's _PyPegen_check_legacy_stmt: the expression is the name `print` or `exec`. */
function isLegacyName(e: ast.expr): boolean {
  return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** The bracket depth at `tokens[idx]`, the stream starting at `depth`. */
function bracketDepth(tokens: IToken[], idx: number, depth: number): number {
  for (let i = 0; i < idx; i += 1) {
    const type = tokens[i]!.tokenType;
    if (type === T.LPar || type === T.LSqb || type === T.LBrace) depth += 1;
    else if (type === T.RPar || type === T.RSqb || type === T.RBrace) depth -= 1;
  }
  return depth;
}

/**
 * CPython's invalid_expression then invalid_legacy_expression at `tokens[idx]`, inside `depth`
 * brackets: a disjunction followed by another expression is a missing comma, unless it starts
 * with a NAME and a STRING or a soft keyword, or is `print`/`exec`; after a NAME not followed
 * by '(' the legacy rule parses an expression, which looks for the same from the next token.
 */
function missingCommaAt(src: Source, parser: PythonParser, tokens: IToken[], idx: number, depth: number): TpySyntaxError | null {
  if (depth <= 0) return null;
  const first = tokens[idx];
  if (first === undefined || !EXPRESSION_START.has(first.tokenType)) return null;
  if (!startsNameString(tokens, first)) {
    const a = parser.tryDisjunctionPrefix(src, tokens.slice(idx));
    const end = a === null ? -1 : tokens.indexOf(parser.lastDisjunction?.end as IToken, idx);
    if (a !== null && end >= 0 && !isLegacyName(a)) {
      const b = parser.tryExpressionPrefix(src, tokens.slice(end + 1), true);
      if (b !== null) {
        return src.error('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?',
          a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
      }
    }
  }
  // Its other alternative: a conditional without 'else' (`[c x if y z]`).
  try {
    parser.tryExpression(src, tokens.slice(idx), false, true);
  } catch (e) {
    if (e instanceof TpySyntaxError) return e;
    throw e;
  }
  if (first.tokenType !== T.Name || tokens[idx + 1]?.tokenType === T.LPar) return null;
  return missingCommaAt(src, parser, tokens, idx + 1, depth);
}

/**
 * Which error CPython reports when the parser fails with `err` (at token `at`, if known):
 * a tokenizer error wins when CPython raises it while scanning the rest of the source (or
 * when the parser stopped on it); an unclosed bracket wins over a failure on a later line.
 */
function resolve(src: Source, lay: LayoutResult, err: TpySyntaxError, at: IToken | null, readTo: IToken | null = null): TpySyntaxError {
  const tokErr = lay.error;
  // A parser stopped by an unexpected indent or unindent reports it at once: CPython scans the
  // rest of the line for tokenizer errors only after a generic failure.
  const atIndent = at !== null && (at.tokenType === T.INDENT || at.tokenType === T.DEDENT) && err.kind === 'IndentationError';
  const tokErrReached = tokErr !== null && (!atIndent || tokErr.token.startOffset < at.startOffset);
  if (tokErr !== null && tokErrReached && (!tokErr.deferred || at === tokErr.token)) return tokErr.error;
  const open = lay.unclosed[lay.unclosed.length - 1];
  // CPython compares with the line of the last token its parser fetched, which for a
  // second-pass error ("Perhaps you forgot a comma?") is at least the end of that error.
  // A missing comma's second expression was complete only once the parser read the token after it.
  const after = err.msg === COMMA_MSG && at !== null ? tokenAfter(lay.tokens, err, at) : null;
  const lastLine = Math.max(err.lineno, err.end_lineno ?? err.lineno, at !== null && at.tokenType !== EOF ? at.startLine! : 0,
    readTo?.startLine ?? 0, after !== null && after.tokenType !== EOF ? after.startLine! : 0);
  if (open !== undefined && ((at !== null && at.tokenType === EOF) || lastLine > open.startLine! || endsAtLastToken(lay, err))) {
    return neverClosed(src, open);
  }
  return err;
}

/**
 * Does `err` end with the source's last token? CPython's parser, having read that token for it,
 * looks at the next one to see whether the expression goes on, and inside an unclosed bracket
 * that is the end of the input: the tokenizer's "'(' was never closed" (`f(a b`).
 */
function endsAtLastToken(lay: LayoutResult, err: TpySyntaxError): boolean {
  let last: IToken | undefined;
  for (let i = lay.tokens.length - 1; i >= 0 && last === undefined; i -= 1) {
    const type = lay.tokens[i]!.tokenType;
    if (type !== EOF && type !== T.NEWLINE && type !== T.INDENT && type !== T.DEDENT) last = lay.tokens[i];
  }
  // A generic failure is at a token the parser could not use, so it read nothing after it.
  if (last === undefined || err.msg === 'invalid syntax' || err.end_lineno === undefined || err.end_offset === undefined) return false;
  // Only an expression's last token makes the parser look further (`x=` ends its rule at the '=').
  if (!EXPRESSION_END.has(last.tokenType)) return false;
  return err.end_lineno === last.endLine! && err.end_offset === last.endColumn! + 1;
}

/** Parse the expressions of f-string replacement fields (nested f-strings add more jobs). */
function runFStringJobs(src: Source, parser: PythonParser, warnings?: TokenizerWarning[]): void {
  const queue: FStringJob[] = parser.fstringJobs.slice();
  for (let k = 0; k < queue.length; k += 1) {
    const job = queue[k]!;
    const lay = layout(src, lex(job.text, job), true);
    if (warnings !== undefined) collectTokenizerWarnings(src, lay.tokens, warnings);
    parser.begin(src, lay.tokens);
    let value: ast.expr;
    try {
      value = parser.fstring_expr();
    } catch (e) {
      if (e instanceof TpySyntaxError) throw fstringExprError(src, job, lay.error?.deferred === false ? lay.error.error : e);
      throw e;
    }
    if (parser.errors.length > 0) {
      const failure = parser.errors[0]!;
      if (lay.error !== null && (!lay.error.deferred || failure.token === lay.error.token)) {
        throw fstringExprError(src, job, lay.error.error);
      }
      if (failure.token.tokenType === EOF) {
        // The failure is at the closing parenthesis CPython wraps the expression in.
        const lines = `(${job.text})`.split('\n');
        const last = lines[lines.length - 1]!;
        const err = fstringExprError(src, job, src.error('SyntaxError', 'invalid syntax', job.line, job.column + 1, job.line, job.column + 1));
        err.lineno = job.line + lines.length - 1;
        err.offset = last.length;
        err.end_lineno = job.line + lines.length - 1;
        err.end_offset = last.length + 1;
        err.text = `${last}\n`;
        throw err;
      }
      throw fstringExprError(src, job, refine(src, parser, lay.tokens, failure, 1) ?? translate(src, failure, lay.tokens));
    }
    if (value.kind === 'Starred') {
      throw fstringExprError(src, job, src.error('SyntaxError', 'cannot use starred expression here',
        value.lineno, value.col_offset + 1, value.end_lineno, value.end_col_offset + 1));
    }
    if (value.kind === 'Tuple' && !parser.parenthesized.has(value)) {
      // CPython parses the field as `(text)`, so a bare tuple spans those parentheses.
      const lines = job.text.split('\n');
      value.lineno = job.line;
      value.col_offset = job.column - 1;
      value.end_lineno = job.line + lines.length - 1;
      value.end_col_offset = (lines.length === 1 ? job.column : 0) + lines[lines.length - 1]!.length + 1;
    }
    job.node.value = value;
    queue.push(...parser.fstringJobs);
  }
}
