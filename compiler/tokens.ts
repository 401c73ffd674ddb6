// Token types of the Python tokenizer: chevrotain definitions plus the custom matchers for names, numbers and strings.
//
// The lexer (lexer.ts) produces raw tokens, physical `Newline`s included; the layout pass
// (layout.ts) turns those into the logical NEWLINE / INDENT / DEDENT tokens the parser reads,
// and retypes a `Name` whose text is a keyword into that keyword's token type. Token types
// with pattern `Lexer.NA` are never matched by the lexer: the layout pass creates them.
//
// A custom matcher never fails on a malformed literal: it consumes it and records the
// problem in the token's `payload` (a `LexProblem`), which the layout pass reports.

import type { TokenType, CustomPatternMatcherReturn } from 'chevrotain';

import { chevrotain } from './chevrotain_runtime.js';
import { isAssigned14 } from '../vm/unicode/ucd.js';

export const { createToken, createTokenInstance, EmbeddedActionsParser, EOF, Lexer } = chevrotain;

/** A malformed literal found by a matcher; `at` is the absolute source offset CPython points at. */
export interface LexProblem {
  problem:
    | 'unterminated-string'
    | 'unterminated-triple'
    | 'bad-number'
    | 'leading-zeros';
  /** For 'bad-number': CPython's message, e.g. "invalid decimal literal". */
  msg?: string;
  at: number;
  /** For 'leading-zeros': the end of the zeros run (exclusive). */
  end?: number;
}

/** Payload of a String token: where the quotes and body are. */
export interface StringPayload {
  /** Lowercased prefix letters, e.g. '', 'r', 'rb', 'f', 'u'. */
  prefix: string;
  quoteLen: 1 | 3;
  /** Absolute offsets of the body (between the quotes). */
  bodyStart: number;
  bodyEnd: number;
  problem?: LexProblem;
}

/** Payload of a Number token. */
export interface NumberPayload {
  type: 'int' | 'float' | 'imag';
  problem?: LexProblem;
  /**
   * A keyword glued to the number (`1if x else y`): CPython 3.11's tokenizer takes it but gives a
   * SyntaxWarning with this message; `at` is the absolute offset where the keyword starts.
   */
  warning?: { msg: string; at: number };
}

// ---------------------------------------------------------------------------
// Character classes

// CPython 3.11 takes identifiers by XID_Start/XID_Continue of Unicode 14.0; Node's ICU may
// know a later Unicode (15.1 made ZWNJ, ZWJ and the katakana middle dots ID_Continue, and
// assigns characters 14.0 does not), so those are checked apart (isUnicode14IdChar).
const ID_START = /\p{XID_Start}/u;
const ID_CONTINUE = /\p{XID_Continue}/u;
const NOT_ID_IN_14 = /[\u200c\u200d\u30fb\uff65]/;

/** A non-ASCII character that the property regex accepted: an identifier character in Unicode 14.0 too? */
function isUnicode14IdChar(ch: string): boolean {
  return !NOT_ID_IN_14.test(ch) && isAssigned14(ch.codePointAt(0)!);
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** CPython's is_potential_identifier_char: ASCII letters, digits, '_', and any non-ASCII byte. */
function isPotentialIdChar(c: number): boolean {
  return isAsciiIdContinue(c) || c >= 128;
}

/** Whether the code point at `offset` may start an identifier (ASCII or Unicode ID_Start). */
export function isIdStartAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) return isAsciiIdStart(c);
  const ch = String.fromCodePoint(text.codePointAt(offset)!);
  return ID_START.test(ch) && isUnicode14IdChar(ch);
}

function isIdContinueAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) return isAsciiIdContinue(c);
  const ch = String.fromCodePoint(text.codePointAt(offset)!);
  return ID_CONTINUE.test(ch) && isUnicode14IdChar(ch);
}

function match(image: string, payload?: unknown): CustomPatternMatcherReturn {
  const m = [image] as CustomPatternMatcherReturn;
  if (payload !== undefined) m.payload = payload;
  return m;
}

/**
 * Start-character hints standing for "any code unit from 128 up". Chevrotain's first-char
 * optimisation gives each code below 256 its own slot and groups the rest in buckets of 255,
 * so a hint every 32 code units reaches every bucket (listing all 65,408 costs ~50 ms at startup).
 */
const NON_ASCII_HINT: number[] = [];
for (let c = 128; c < 256; c += 1) NON_ASCII_HINT.push(c);
for (let c = 256; c < 65536; c += 32) NON_ASCII_HINT.push(c);
NON_ASCII_HINT.push(65535);

const ASCII_HINT: number[] = [];
for (let c = 0; c < 128; c += 1) ASCII_HINT.push(c);

const ASCII_LETTERS_HINT: string[] = [];
for (let c = 65; c <= 90; c += 1) ASCII_LETTERS_HINT.push(String.fromCharCode(c), String.fromCharCode(c + 32));

// ---------------------------------------------------------------------------
// Names

export function matchName(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset;
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (!isAsciiIdStart(c)) return null;
    i += 1;
    let ascii = true;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (isAsciiIdContinue(d)) i += 1;
      else if (d >= 128 && isIdContinueAt(text, i)) {
        ascii = false;
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      } else break;
    }
    // A string prefix (`rb'...'`) is left to the String token, which comes next.
    const q = text.charCodeAt(i);
    if ((q === 39 || q === 34) && i - offset <= 2 && isPrefix(text, offset, i)) return null;
    return match(text.slice(offset, i), ascii ? undefined : NON_ASCII_NAME);
  }
  if (!isIdStartAt(text, offset)) return null;
  i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  while (i < text.length && isIdContinueAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return match(text.slice(offset, i), NON_ASCII_NAME);
}

/** Payload of a Name token with non-ASCII characters (the layout pass NFKC-normalizes those). */
export const NON_ASCII_NAME = 'non-ascii';

// ---------------------------------------------------------------------------
// Numbers (CPython's tok_get number branch, including its error messages)

/** Keywords that may directly follow a number (`1if x else y`): CPython only warns there. */
const GLUED_KEYWORDS: Readonly<Record<string, string>> = { a: 'and', e: 'else', f: 'for', o: 'or', n: 'not' };

/**
 * Does a keyword start at `i`, as CPython 3.11's verify_end_of_number sees it: a whole word
 * (`1else_` is an error), except that after 'i' one more letter of `if`, `in`, `is` is enough.
 */
function keywordFollows(text: string, i: number): boolean {
  const c = text[i];
  if (c === 'i') return text[i + 1] === 'f' || text[i + 1] === 'n' || text[i + 1] === 's';
  const kw = c === undefined ? undefined : GLUED_KEYWORDS[c];
  return kw !== undefined && text.startsWith(kw, i) && !isPotentialIdChar(text.charCodeAt(i + kw.length));
}

export function matchNumber(text: string, offset: number): CustomPatternMatcherReturn | null {
  const n = text.length;
  let i = offset;
  let type: NumberPayload['type'] = 'int';
  const fail = (msg: string, at: number): CustomPatternMatcherReturn => {
    let j = Math.max(at, i);
    while (j < n && isPotentialIdChar(text.charCodeAt(j))) j += 1;
    return match(text.slice(offset, Math.max(j, offset + 1)), {
      type,
      problem: { problem: 'bad-number', msg, at },
    } satisfies NumberPayload);
  };
  /** Digits with single underscores between them; returns false (and sets i) on a bad underscore. */
  const digits = (ok: (c: number) => boolean): boolean => {
    for (;;) {
      while (i < n && ok(text.charCodeAt(i))) i += 1;
      if (text.charCodeAt(i) !== 95) return true;
      i += 1;
      if (!ok(text.charCodeAt(i))) return false;
    }
  };
  const end = (kind: string): CustomPatternMatcherReturn => {
    // CPython (3.11) only objects to ASCII identifier characters here.
    if (i < n && isAsciiIdContinue(text.charCodeAt(i))) {
      if (!keywordFollows(text, i)) return fail(`invalid ${kind} literal`, i);
      return match(text.slice(offset, i), { type, warning: { msg: `invalid ${kind} literal`, at: i } } satisfies NumberPayload);
    }
    return match(text.slice(offset, i), { type } satisfies NumberPayload);
  };
  const fraction = (): CustomPatternMatcherReturn => {
    // at: after the integer part (or at '.' for a leading-dot float)
    if (text.charCodeAt(i) === 46) {
      i += 1;
      type = 'float';
      if (isDigit(text.charCodeAt(i)) && !digits(isDigit)) return fail('invalid decimal literal', i);
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      const ePos = i;
      i += 1;
      const s = text.charCodeAt(i);
      if (s === 43 || s === 45) {
        i += 1;
        if (!isDigit(text.charCodeAt(i))) return fail('invalid decimal literal', i);
      } else if (!isDigit(s)) {
        i = ePos;
        if (keywordFollows(text, ePos)) {
          return match(text.slice(offset, i), { type, warning: { msg: 'invalid decimal literal', at: ePos } } satisfies NumberPayload);
        }
        return fail('invalid decimal literal', ePos);
      }
      type = 'float';
      if (!digits(isDigit)) return fail('invalid decimal literal', i);
    }
    const j = text.charCodeAt(i);
    if (j === 106 || j === 74) {
      i += 1;
      type = 'imag';
      return end('imaginary');
    }
    return end('decimal');
  };

  const c = text.charCodeAt(i);
  if (c === 46) {
    if (!isDigit(text.charCodeAt(i + 1))) return null;
    return fraction();
  }
  if (!isDigit(c)) return null;
  if (c === 48) {
    const x = text.charCodeAt(i + 1) | 0x20;
    const radix =
      x === 120 ? { name: 'hexadecimal', ok: (d: number) => isDigit(d) || ((d | 0x20) >= 97 && (d | 0x20) <= 102) }
      : x === 111 ? { name: 'octal', ok: (d: number) => d >= 48 && d <= 55 }
      : x === 98 ? { name: 'binary', ok: (d: number) => d === 48 || d === 49 }
      : null;
    if (radix !== null) {
      i += 2;
      if (text.charCodeAt(i) === 95) i += 1;
      if (!radix.ok(text.charCodeAt(i))) {
        if (isDigit(text.charCodeAt(i))) return fail(`invalid digit '${text[i]}' in ${radix.name} literal`, i + 1);
        return fail(`invalid ${radix.name} literal`, i);
      }
      if (!digits(radix.ok)) {
        if (isDigit(text.charCodeAt(i))) return fail(`invalid digit '${text[i]}' in ${radix.name} literal`, i + 1);
        return fail(`invalid ${radix.name} literal`, i);
      }
      if (isDigit(text.charCodeAt(i))) return fail(`invalid digit '${text[i]}' in ${radix.name} literal`, i + 1);
      return end(radix.name);
    }
    // Zeros (an underscore may precede any digit), then maybe more digits: only a float or an
    // imaginary may continue with non-zeros.
    i += 1;
    for (;;) {
      if (text.charCodeAt(i) === 95) {
        i += 1;
        if (!isDigit(text.charCodeAt(i))) return fail('invalid decimal literal', i);
      }
      if (text.charCodeAt(i) !== 48) break;
      i += 1;
    }
    const zerosEnd = i;
    let nonzero = false;
    if (isDigit(text.charCodeAt(i))) {
      nonzero = true;
      if (!digits(isDigit)) return fail('invalid decimal literal', i);
    }
    const d = text.charCodeAt(i);
    if (d === 46 || d === 101 || d === 69 || d === 106 || d === 74) return fraction();
    if (nonzero) {
      return match(text.slice(offset, i), {
        type,
        problem: { problem: 'leading-zeros', at: offset, end: zerosEnd },
      } satisfies NumberPayload);
    }
    return end('decimal');
  }
  if (!digits(isDigit)) return fail('invalid decimal literal', i);
  return fraction();
}

// ---------------------------------------------------------------------------
// Strings: an optional prefix, then ' " ''' or """; the body is decoded later (fstring.ts).

const PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

function isPrefixLetter(c: number): boolean {
  const l = c | 0x20;
  return l === 114 || l === 98 || l === 117 || l === 102; // r b u f, either case
}

/** Is text[from, to) a valid string prefix? */
function isPrefix(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isPrefixLetter(text.charCodeAt(i))) return false;
  return PREFIXES.has(text.slice(from, to).toLowerCase());
}

export function matchString(text: string, offset: number): CustomPatternMatcherReturn | null {
  let i = offset;
  while (i - offset < 2 && isPrefixLetter(text.charCodeAt(i))) i += 1;
  const q = text.charCodeAt(i);
  if (q !== 39 && q !== 34) return null;
  const prefix = i === offset ? '' : text.slice(offset, i).toLowerCase();
  if (!PREFIXES.has(prefix)) return null;
  const quote = text[i]!;
  const triple = text[i + 1] === quote && text[i + 2] === quote;
  const quoteLen = triple ? 3 : 1;
  const bodyStart = i + quoteLen;
  const n = text.length;
  let j = bodyStart;
  for (;;) {
    if (j >= n) break;
    const c = text.charCodeAt(j);
    if (c === 92) {
      // A backslash always takes the next character (even in raw strings), \r\n as one.
      j += text[j + 1] === '\r' && text[j + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (!triple && (c === 10 || c === 13)) break;
    if (c === q && (!triple || (text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q))) {
      return match(text.slice(offset, j + quoteLen), {
        prefix,
        quoteLen,
        bodyStart,
        bodyEnd: j,
      } satisfies StringPayload);
    }
    j += 1;
  }
  // Unterminated: consume to the end of the scan so nothing after it is tokenized.
  j = Math.min(j, n);
  return match(text.slice(offset, j), {
    prefix,
    quoteLen,
    bodyStart,
    bodyEnd: j,
    problem: { problem: triple ? 'unterminated-triple' : 'unterminated-string', at: j },
  } satisfies StringPayload);
}

/** Any single character no other token accepts (surrogate pairs kept whole). */
export function matchInvalid(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (offset >= text.length) return null;
  const cp = text.codePointAt(offset)!;
  return match(String.fromCodePoint(cp));
}

// ---------------------------------------------------------------------------
// Token types

export const Newline = createToken({ name: 'Newline', pattern: /\r\n|\r|\n/, line_breaks: true });
export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
/**
 * A backslash ending its line joins the next one. Ending the input it has no line to join
 * and is left to `Invalid`: CPython's tokenizer meets EOF there ("unexpected EOF while parsing").
 */
export function matchContinuation(text: string, offset: number): CustomPatternMatcherReturn | null {
  if (text.charCodeAt(offset) !== 0x5c) return null;
  const c = text.charCodeAt(offset + 1);
  const len = c === 0x0d && text.charCodeAt(offset + 2) === 0x0a ? 3 : c === 0x0a || c === 0x0d ? 2 : 0;
  if (len === 0 || offset + len >= text.length) return null;
  return match(text.slice(offset, offset + len));
}

export const Continuation = createToken({
  name: 'Continuation',
  pattern: { exec: matchContinuation },
  start_chars_hint: ['\\'],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const StringLit = createToken({
  name: 'String',
  pattern: { exec: matchString },
  line_breaks: true,
  start_chars_hint: ["'", '"', 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F'],
});
export const NumberLit = createToken({
  name: 'Number',
  pattern: { exec: matchNumber },
  line_breaks: false,
  start_chars_hint: ['.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
});
export const Name = createToken({
  name: 'Name',
  pattern: { exec: matchName },
  line_breaks: false,
  start_chars_hint: [...ASCII_LETTERS_HINT, '_', ...NON_ASCII_HINT],
});

/** Logical-line tokens, created by the layout pass. */
export const NEWLINE = createToken({ name: 'NEWLINE', pattern: Lexer.NA });
export const INDENT = createToken({ name: 'INDENT', pattern: Lexer.NA });
export const DEDENT = createToken({ name: 'DEDENT', pattern: Lexer.NA });
/** Ends the token stream where the tokenizer found an error; no grammar rule accepts it. */
export const ErrorToken = createToken({ name: 'ErrorToken', pattern: Lexer.NA });
/** The soft keyword `match` where it starts a match statement (the parser retypes that Name; see markMatchStatements). */
export const SoftMatch = createToken({ name: 'SoftMatch', pattern: Lexer.NA, label: "'match'" });

/** Categories, so one CONSUME matches a whole class of operators. */
export const AugAssignOp = createToken({ name: 'AugAssignOp', pattern: Lexer.NA });
export const BinaryOp = createToken({ name: 'BinaryOp', pattern: Lexer.NA });
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });
export const BoolOpKw = createToken({ name: 'BoolOpKw', pattern: Lexer.NA });

function op(name: string, image: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: image, label: `'${image}'`, categories });
}

// Operators, longest first (chevrotain takes the first pattern that matches).
export const DoubleStarEqual = op('DoubleStarEqual', '**=', [AugAssignOp]);
export const DoubleSlashEqual = op('DoubleSlashEqual', '//=', [AugAssignOp]);
export const LeftShiftEqual = op('LeftShiftEqual', '<<=', [AugAssignOp]);
export const RightShiftEqual = op('RightShiftEqual', '>>=', [AugAssignOp]);
export const Ellipsis = op('Ellipsis', '...');
export const Arrow = op('Arrow', '->');
export const DoubleStar = op('DoubleStar', '**');
export const DoubleSlash = op('DoubleSlash', '//', [BinaryOp]);
export const LeftShift = op('LeftShift', '<<', [BinaryOp]);
export const RightShift = op('RightShift', '>>', [BinaryOp]);
export const EqEqual = op('EqEqual', '==', [CompareOp]);
export const NotEqual = op('NotEqual', '!=', [CompareOp]);
export const LessEqual = op('LessEqual', '<=', [CompareOp]);
export const GreaterEqual = op('GreaterEqual', '>=', [CompareOp]);
/** Python 2's `<>`: CPython's tokenizer reads it as one token, which its grammar rejects (blamed whole). */
export const LessGreater = op('LessGreater', '<>');
export const PlusEqual = op('PlusEqual', '+=', [AugAssignOp]);
export const MinusEqual = op('MinusEqual', '-=', [AugAssignOp]);
export const StarEqual = op('StarEqual', '*=', [AugAssignOp]);
export const SlashEqual = op('SlashEqual', '/=', [AugAssignOp]);
export const PercentEqual = op('PercentEqual', '%=', [AugAssignOp]);
export const AmperEqual = op('AmperEqual', '&=', [AugAssignOp]);
export const VbarEqual = op('VbarEqual', '|=', [AugAssignOp]);
export const CircumflexEqual = op('CircumflexEqual', '^=', [AugAssignOp]);
export const AtEqual = op('AtEqual', '@=', [AugAssignOp]);
export const ColonEqual = op('ColonEqual', ':=');
export const LPar = op('LPar', '(');
export const RPar = op('RPar', ')');
export const LSqb = op('LSqb', '[');
export const RSqb = op('RSqb', ']');
export const LBrace = op('LBrace', '{');
export const RBrace = op('RBrace', '}');
export const Colon = op('Colon', ':');
export const Comma = op('Comma', ',');
export const Semi = op('Semi', ';');
export const Plus = op('Plus', '+', [BinaryOp]);
export const Minus = op('Minus', '-', [BinaryOp]);
export const Star = op('Star', '*', [BinaryOp]);
export const Slash = op('Slash', '/', [BinaryOp]);
export const Vbar = op('Vbar', '|', [BinaryOp]);
export const Amper = op('Amper', '&', [BinaryOp]);
export const Less = op('Less', '<', [CompareOp]);
export const Greater = op('Greater', '>', [CompareOp]);
export const Equal = op('Equal', '=');
export const Dot = op('Dot', '.');
export const Percent = op('Percent', '%', [BinaryOp]);
export const Tilde = op('Tilde', '~');
export const Circumflex = op('Circumflex', '^', [BinaryOp]);
export const At = op('At', '@', [BinaryOp]);

export const Invalid = createToken({
  name: 'Invalid',
  pattern: { exec: matchInvalid },
  line_breaks: false,
  start_chars_hint: [...ASCII_HINT, ...NON_ASCII_HINT],
});

// Keywords (Python 3.11 `keyword.kwlist`): never matched directly, see `KEYWORDS`.
function kw(word: string, categories: TokenType[] = []): TokenType {
  return createToken({ name: `Kw_${word}`, pattern: Lexer.NA, label: `'${word}'`, categories });
}

export const False = kw('False');
export const None = kw('None');
export const True = kw('True');
export const And = kw('and', [BoolOpKw]);
export const As = kw('as');
export const Assert = kw('assert');
export const Async = kw('async');
export const Await = kw('await');
export const Break = kw('break');
export const Class = kw('class');
export const Continue = kw('continue');
export const Def = kw('def');
export const Del = kw('del');
export const Elif = kw('elif');
export const Else = kw('else');
export const Except = kw('except');
export const Finally = kw('finally');
export const For = kw('for');
export const From = kw('from');
export const Global = kw('global');
export const If = kw('if');
export const Import = kw('import');
export const In = kw('in');
export const Is = kw('is');
export const Lambda = kw('lambda');
export const Nonlocal = kw('nonlocal');
export const Not = kw('not');
export const Or = kw('or', [BoolOpKw]);
export const Pass = kw('pass');
export const Raise = kw('raise');
export const Return = kw('return');
export const Try = kw('try');
export const While = kw('while');
export const With = kw('with');
export const Yield = kw('yield');

/** Keyword text → token type, used by the layout pass to retype `Name` tokens. */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  [
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
  ].map((t) => [t.name.slice(3), t]),
);

/** Token types the lexer matches, in priority order. */
export const lexerTokens: TokenType[] = [
  Newline,
  Whitespace,
  Comment,
  Continuation,
  Name,
  StringLit,
  NumberLit,
  DoubleStarEqual, DoubleSlashEqual, LeftShiftEqual, RightShiftEqual, Ellipsis,
  Arrow, DoubleStar, DoubleSlash, LeftShift, RightShift, EqEqual, NotEqual, LessEqual, GreaterEqual, LessGreater,
  PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VbarEqual, CircumflexEqual,
  AtEqual, ColonEqual,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash, Vbar, Amper,
  Less, Greater, Equal, Dot, Percent, Tilde, Circumflex, At,
  Invalid,
];

/** Every token type the parser may see. */
export const allTokens: TokenType[] = [
  ...lexerTokens,
  NEWLINE,
  INDENT,
  DEDENT,
  ErrorToken,
  SoftMatch,
  AugAssignOp,
  BinaryOp,
  CompareOp,
  BoolOpKw,
  ...KEYWORDS.values(),
];

/**
 * The payload of an ErrorToken for a stray ASCII character (`?`, `$`): CPython's tokenizer makes
 * it an ordinary OP token, so the parser's own expectations (an indented block, an `except`)
 * fail on it as on any other token.
 */
export const STRAY_OPERATOR = Object.freeze({ strayOperator: true });
