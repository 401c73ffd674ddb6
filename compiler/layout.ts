// The layout pass: raw tokens → the parser's stream, with logical NEWLINE, INDENT and DEDENT tokens and keywords typed.
//
// As CPython's tokenizer: an indentation stack (tabs advance to the next multiple of 8, and a
// second stack with tabs counted as 1 column detects TabError) plus a bracket stack, inside
// which line breaks mean nothing; blank and comment-only lines produce nothing. The first
// problem found (a malformed literal, a bad dedent, an unmatched bracket, a stray character)
// ends the stream with an `ErrorToken` and is returned as `error`; the parser fails when it
// reaches that token at the latest, and parse.ts decides which error CPython would report.

import type { IToken, TokenType } from 'chevrotain';
import {
  createTokenInstance, DEDENT, ErrorToken, INDENT, Invalid, KEYWORDS, LBrace, LPar, LSqb, NEWLINE, NON_ASCII_NAME, Name, Newline,
  NumberLit, RBrace, RPar, RSqb, STRAY_OPERATOR, StringLit,
  type NumberPayload, type StringPayload,
} from './tokens.js';
import type { Source, TpySyntaxError } from './syntax_error.js';
import { isPrintableChar } from '../vm/methods/str_chars.js';
import { sourceBytes, utf8DecodeError } from '../vm/source_bytes.js';

export interface TokenizerError {
  error: TpySyntaxError;
  /**
   * True for the errors CPython's tokenizer signals without raising (a bad dedent, TabError,
   * a stray ASCII character): those win only when the parser actually reaches them. Other
   * tokenizer errors win over any parser error, as CPython re-tokenizes the rest of the
   * source after a parse failure and reports them.
   */
  deferred: boolean;
  /** The ErrorToken ending the stream. */
  token: IToken;
}

export interface LayoutResult {
  tokens: IToken[];
  error: TokenizerError | null;
  /** Brackets still open at the end of the input, innermost last. */
  unclosed: IToken[];
}

/** CPython's tokenizer limits (MAXINDENT, MAXLEVEL). */
const MAX_INDENT = 100;
const MAX_BRACKET_DEPTH = 200;

const CLOSER_OF: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
]);

/** A zero-width token at an absolute offset with 1-based line and column. */
function synth(type: TokenType, offset: number, line: number, column: number): IToken {
  return createTokenInstance(type, '', offset, offset - 1, line, line, column, column - 1);
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Build the parser's token stream. `inBrackets` lays out an f-string replacement field,
 * which behaves as if parenthesized: no NEWLINE, INDENT or DEDENT at all.
 */
export function layout(src: Source, raw: IToken[], inBrackets = false): LayoutResult {
  const pass = new LayoutPass(src, inBrackets);
  // One call per token (not one loop over all of them): tpy runs V8 without on-stack
  // replacement, so a loop in a function called once would stay unoptimised to its end.
  for (let i = 0; i < raw.length; i++) if (!pass.token(raw[i]!)) break;
  return pass.finish();
}

/** The state of one layout: the tokens laid out so far, the indentation and bracket stacks. */
class LayoutPass {
  readonly text: string;
  readonly out: IToken[] = [];
  readonly indents = [0];
  readonly altIndents = [0];
  readonly brackets: IToken[] = [];
  atLineStart: boolean;
  error: TokenizerError | null = null;
  // Where the last raw token ended: a comment after it and before the line's end is part of
  // CPython's NEWLINE token, which an error at the end of the line then underlines.
  prevEnd = 0;

  constructor(readonly src: Source, readonly inBrackets: boolean) {
    this.text = src.text;
    this.atLineStart = !inBrackets;
  }

  private fail(at: IToken, err: TpySyntaxError, deferred: boolean, strayOperator = false): void {
    const tok = createTokenInstance(
      ErrorToken, at.image, at.startOffset, at.endOffset ?? at.startOffset,
      at.startLine ?? 1, at.endLine ?? 1, at.startColumn ?? 1, at.endColumn ?? 1,
    );
    if (strayOperator) tok.payload = STRAY_OPERATOR;
    this.out.push(tok);
    this.error = { error: err, deferred, token: tok };
  }

  private newline(from: number, offset: number, line: number, column: number): IToken {
    // Only the gap before the line's end is searched: indexOf would scan on to the next '#'
    // of the file, to its end in a file without comments (quadratic in its lines).
    const text = this.text;
    let hash = from;
    while (hash < offset && text.charCodeAt(hash) !== 0x23) hash++;
    if (hash >= offset) return synth(NEWLINE, offset, line, column);
    const start = column - (offset - hash);
    return createTokenInstance(NEWLINE, '', hash, offset - 1, line, line, start, column - 1);
  }

  /** Lays out one raw token; false when it ended the stream with an error. */
  token(t: IToken): boolean {
    const src = this.src;
    const type = t.tokenType;
    const line = t.startLine!;
    const col = t.startColumn! - 1;
    const after = this.prevEnd;
    this.prevEnd = (t.endOffset ?? t.startOffset) + 1;

    if (type === Newline) {
      if (this.inBrackets || this.atLineStart || this.brackets.length > 0) return true;
      this.out.push(this.newline(after, t.startOffset, line, t.startColumn!));
      this.atLineStart = true;
      return true;
    }

    if (this.atLineStart) {
      this.atLineStart = false;
      // CPython's tokenizer reads a backslash while it measures the indentation: a
      // continuation it cannot make (at the end of the input, before another character) fails
      // there, before any INDENT or DEDENT.
      if (!(type === Invalid && t.image === '\\' && tokenProblem(src, t) !== null) && !this.indentation(t, line, col)) return false;
    }

    // After the line's indentation, as CPython's tokenizer measures it (and yields INDENT or
    // DEDENT, or its error) before it reads the line's first token.
    const problem = tokenProblem(src, t);
    if (problem !== null) {
      // The input ending inside brackets is the innermost one's "never closed" (CPython's E_EOF).
      const open = problem.eof === true ? this.brackets[this.brackets.length - 1] : undefined;
      this.fail(t, open === undefined ? problem.error : neverClosed(src, open), problem.deferred, problem.strayOperator === true);
      return false;
    }

    if (type === LPar || type === LSqb || type === LBrace) {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) {
        this.fail(t, src.error('SyntaxError', 'too many nested parentheses', line, col + 1, line, col + 1, false), false);
        return false;
      }
      this.brackets.push(t);
    } else if (type === RPar || type === RSqb || type === RBrace) {
      const open = this.brackets.pop();
      if (open === undefined) {
        this.fail(t, src.error('SyntaxError', `unmatched '${t.image}'`, line, col + 1, line, col + 1, false), false);
        return false;
      }
      if (CLOSER_OF.get(open.image) !== t.image) {
        const where = open.startLine === line ? '' : ` on line ${open.startLine}`;
        const msg = `closing parenthesis '${t.image}' does not match opening parenthesis '${open.image}'${where}`;
        this.fail(t, src.error('SyntaxError', msg, line, col + 1, line, col + 1, false), false);
        return false;
      }
    } else if (type === Name) {
      const kw = KEYWORDS.get(t.image);
      if (kw !== undefined) {
        t.tokenType = kw;
        t.tokenTypeIdx = kw.tokenTypeIdx!;
      } else if (t.payload === NON_ASCII_NAME) {
        // As CPython (PEP 3131): identifiers are NFKC-normalized, so `ﬁ` is the name `fi`.
        t.image = t.image.normalize('NFKC');
      }
    }
    this.out.push(t);
    return true;
  }

  /** The indentation before `t`, the first token of a line: INDENTs, DEDENTs or an error (false). */
  private indentation(t: IToken, line: number, col: number): boolean {
    const src = this.src;
    const text = this.text;
    const indents = this.indents;
    const altIndents = this.altIndents;
    const lineBegin = logicalIndentation(text, t.startOffset - col);
    let width = 0;
    let alt = 0;
    for (let i = lineBegin; i < t.startOffset; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 92 && width > 0) {
        // The first backslash met with a nonzero column fixes the indentation (both of
        // CPython's columns take that value); one met at column 0 does not.
        alt = width;
        break;
      }
      if (c === 32) {
        width += 1;
        alt += 1;
      } else if (c === 9) {
        width = (Math.floor(width / 8) + 1) * 8;
        alt += 1;
      } else if (c === 12) {
        width = 0;
        alt = 0;
      }
    }
    const tabError = (): TpySyntaxError =>
      src.error('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, line, 0);
    const top = indents[indents.length - 1]!;
    if (width === top) {
      if (alt !== altIndents[altIndents.length - 1]) {
        this.fail(t, tabError(), true);
        return false;
      }
    } else if (width > top) {
      if (alt <= altIndents[altIndents.length - 1]!) {
        this.fail(t, tabError(), true);
        return false;
      }
      if (indents.length >= MAX_INDENT) {
        this.fail(t, src.error('IndentationError', 'too many levels of indentation', line, 1, line, 0), true);
        return false;
      }
      indents.push(width);
      altIndents.push(alt);
      this.out.push(synth(INDENT, t.startOffset, line, t.startColumn!));
    } else {
      // As CPython: a dedent to no enclosing level is an error before any DEDENT is produced.
      let depth = indents.length - 1;
      while (depth > 0 && width < indents[depth]!) depth -= 1;
      if (width !== indents[depth]) {
        const msg = 'unindent does not match any outer indentation level';
        // At the end of the line CPython's tokenizer read: past its newline, if it has one.
        const end = src.line(line).length + (line >= src.lineCount() && src.endsBare() ? 0 : 1);
        this.fail(t, src.error('IndentationError', msg, line, end, line, -1), true);
        return false;
      }
      if (alt !== altIndents[depth]) {
        this.fail(t, tabError(), true);
        return false;
      }
      while (indents.length - 1 > depth) {
        indents.pop();
        altIndents.pop();
        this.out.push(synth(DEDENT, t.startOffset, line, t.startColumn!));
      }
    }
    return true;
  }

  /** The end of the input: its last NEWLINE and DEDENTs, unless it ended in an error or inside brackets. */
  finish(): LayoutResult {
    const { src, text, out, brackets, error } = this;
    if (error === null && brackets.length === 0 && !this.inBrackets) {
      const end = text.length;
      const line = src.lineOf(end);
      const column = src.columnOf(end) + 1;
      if (!this.atLineStart) out.push(this.newline(this.prevEnd, end, line, column));
      for (let i = 1; i < this.indents.length; i += 1) out.push(synth(DEDENT, end, line, column));
    }
    return { tokens: out, error, unclosed: error === null ? brackets : [] };
  }
}

/** "'(' was never closed", at the bracket. */
export function neverClosed(src: Source, open: IToken): TpySyntaxError {
  // The quoted line keeps its newline only when it is the source's last line (CPython quotes the
  // tokenizer's current line buffer then, an earlier line without its end otherwise).
  const isLastLine = open.startLine! >= src.lineCount();
  const e = src.error('SyntaxError', `'${open.image}' was never closed`, open.startLine!, open.startColumn!, open.startLine!, 0, isLastLine);
  // Raised by CPython's parser (from the tokenizer's E_EOF), as its other parser errors.
  e.fromParser = true;
  return e;
}

/**
 * A source byte that is not UTF-8 outside a string literal (compile() of bytes): CPython's
 * tokenizer reads it as part of an identifier and fails decoding that identifier, reporting the
 * byte column where the identifier ends.
 */
function undecodableIdentifier(src: Source, t: IToken): TpySyntaxError {
  const text = src.text;
  const isIdentChar = (c: string | undefined): boolean => c !== undefined && c !== '\n' && /[\w\u0080-\uffff]/.test(c);
  let from = t.startOffset;
  while (from > 0 && isIdentChar(text[from - 1])) from -= 1;
  let to = t.startOffset + 1;
  while (to < text.length && isIdentChar(text[to])) to += 1;
  const message = utf8DecodeError(sourceBytes(text.slice(from, to))) ?? "'utf-8' codec can't decode source bytes";
  const line = t.startLine!;
  const lineStart = t.startOffset - (t.startColumn! - 1);
  const end = sourceBytes(text.slice(lineStart, to)).length;
  const e = src.error('SyntaxError', `(unicode error) ${message}`, line, 0, line, -1);
  e.offset = end;
  return e;
}

/** The tokenizer error a raw token stands for, if any. */
function tokenProblem(src: Source, t: IToken): { error: TpySyntaxError; deferred: boolean; eof?: true; strayOperator?: true } | null {
  const type = t.tokenType;
  const line = t.startLine!;
  const col = t.startColumn! - 1;
  if (type === Invalid) {
    const cp = t.image.codePointAt(0)!;
    if (cp === 92) {
      // A backslash not followed by a line break, or ending the input with one: then CPython's
      // tokenizer meets the end of the input where the next line should be.
      const atEnd = /^(?:\r\n|\r|\n)?$/.test(src.text.slice(t.startOffset + 1));
      if (atEnd) {
        return { error: src.error('SyntaxError', 'unexpected EOF while parsing', line, col + 2, line, -1), deferred: true, eof: true };
      }
      const msg = 'unexpected character after line continuation character';
      return { error: src.error('SyntaxError', msg, line, col + 2, line, 0), deferred: true };
    }
    if (cp < 128 && cp >= 32 && cp !== 127) {
      return { error: src.error('SyntaxError', 'invalid syntax', line, col + 1, line, col + 2), deferred: true, strayOperator: true };
    }
    if (cp >= 0xdc80 && cp <= 0xdcff) return { error: undecodableIdentifier(src, t), deferred: false };
    const printable = isPrintableChar(t.image);
    const msg = printable
      ? `invalid character '${t.image}' (U+${hex4(cp)})`
      : `invalid non-printable character U+${hex4(cp)}`;
    return { error: src.error('SyntaxError', msg, line, col + 1, line, col + 1, false), deferred: false };
  }
  if (type === StringLit) {
    const p = (t.payload as StringPayload).problem;
    if (p === undefined) return null;
    const detected = p.at >= src.text.length ? src.lineCount() : src.lineOf(p.at);
    const msg = p.problem === 'unterminated-triple'
      ? `unterminated triple-quoted string literal (detected at line ${detected})`
      : `unterminated string literal (detected at line ${detected})`;
    return { error: src.error('SyntaxError', msg, line, col + 1, line, col + 1, false), deferred: false };
  }
  if (type === NumberLit) {
    const p = (t.payload as NumberPayload).problem;
    if (p === undefined) return null;
    if (p.problem === 'leading-zeros') {
      const msg =
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
      const endCol = src.columnOf(p.end!) + 1;
      return { error: src.error('SyntaxError', msg, line, col + 1, line, endCol, false), deferred: false };
    }
    const at = src.columnOf(p.at);
    return { error: src.error('SyntaxError', p.msg!, line, at, line, at, false), deferred: false };
  }
  return null;
}

/**
 * Where the indentation of a logical line starts: its first token's physical line, or, when
 * that line is continued from lines holding only blanks and a backslash (`    \` and then the
 * token), the first of those. CPython 3.11's tokenizer measures the blanks of all those lines
 * together, up to the first backslash it meets at a nonzero column.
 */
function logicalIndentation(text: string, lineBegin: number): number {
  let begin = lineBegin;
  for (;;) {
    if (begin < 2 || text.charCodeAt(begin - 1) !== 10) break;
    let j = begin - 2;
    if (text.charCodeAt(j) === 13) j -= 1;
    if (j < 0 || text.charCodeAt(j) !== 92) break;
    let k = j;
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9 || text.charCodeAt(k - 1) === 12)) k -= 1;
    if (k > 0 && text.charCodeAt(k - 1) !== 10 && text.charCodeAt(k - 1) !== 13) break;
    begin = k;
  }
  return begin;
}
