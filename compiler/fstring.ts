// String literals: escape decoding, adjacent-literal concatenation, and f-strings split into JoinedStr / FormattedValue.
//
// Follows CPython 3.11's string_parser.c. An f-string's replacement-field expressions are
// found by scanning (brackets, nested quotes, `!`/`:`/`=`/`}` at depth 0) and are parsed
// later by the same parser (the parser is not re-entrant): each becomes an `FStringJob`
// whose FormattedValue gets its `value` when parse.ts runs the job.

import type { IToken } from 'chevrotain';
import type * as ast from './ast.js';
import { CONVERSION_ASCII, CONVERSION_NONE, CONVERSION_REPR, CONVERSION_STR } from './ast.js';
import { errorAtToken, loc, setLoc } from './build_ast.js';
import { createTokenInstance, EOF, NEWLINE, type StringPayload } from './tokens.js';
import { type Source, TpySyntaxError } from './syntax_error.js';
import { lookupName } from '../vm/unicode/names.js';
import { SIMPLE_ESCAPES } from '../vm/unicode/escapes.js';
import { decodeEscapedBytes } from '../vm/methods/codec_escape.js';
import { PyBaseException } from '../vm/objects/exceptions.js';
import { displayedLine, ESCAPED_BYTE, sourceBytes, utf8DecodeError } from '../vm/source_bytes.js';

/** A replacement-field expression waiting to be parsed. */
export interface FStringJob {
  /** The node whose `value` the parsed expression becomes. */
  node: ast.FormattedValue;
  /** The expression's source text. */
  text: string;
  /** Absolute offset, 1-based line and 0-based column of `text` in the source. */
  offset: number;
  line: number;
  column: number;
  /**
   * The columns CPython 3.11 takes off the field's error locations (its starting_col_offset):
   * the '{' column, but where only blanks and a newline follow the '{', the f-string token's
   * column on the token's first line and 0 on a later one.
   */
  shift: number;
}

/** Escape-decoding failure: CPython's message; parse errors are reported at the token after the strings. */
class DecodeError extends Error {}

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

const HEX = /^[0-9a-fA-F]+$/;

/**
 * Decode the escapes of a str literal body (CPython's `_PyUnicode_DecodeUnicodeEscapeInternal`).
 * Unknown escapes keep their backslash. `base` shifts the positions in error messages. `warn`
 * receives the message for the first escape CPython deprecates (an unknown one, or an octal one
 * past \\377), once the whole body has decoded.
 */
export function decodeStr(body: string, base = 0, warn?: (message: string) => void): string {
  if (!body.includes('\\')) return body;
  let firstInvalid: string | null = null;
  let out = '';
  let i = 0;
  const n = body.length;
  const err = (start: number, end: number, what: string): never => {
    throw new DecodeError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${base + utf8Len(body, 0, start)}-${base + utf8Len(body, 0, end) - 1}: ${what}`,
    );
  };
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i += 1;
      continue;
    }
    if (i + 1 >= n) err(i, i + 1, '\\ at end of string');
    const e = body[i + 1]!;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (isOctal(e)) {
      let j = i + 1;
      while (j < i + 4 && isOctal(body[j])) j += 1;
      const code = parseInt(body.slice(i + 1, j), 8);
      if (code > 0o377) firstInvalid ??= `invalid octal escape sequence '\\${body.slice(i + 1, j)}'`;
      out += String.fromCharCode(code);
      i = j;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = body.slice(i + 2, i + 2 + len);
      if (digits.length < len || !HEX.test(digits)) {
        let j = i + 2;
        while (j < i + 2 + len && j < n && /[0-9a-fA-F]/.test(body[j]!)) j += 1;
        err(i, j, `truncated \\${e}${'X'.repeat(len)} escape`);
      }
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff) err(i, i + 2 + len, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i += 2 + len;
    } else if (e === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 2] !== '{' || close < 0) err(i, close < 0 ? n : close + 1, 'malformed \\N character escape');
      if (close === i + 3) err(i, i + 3, 'malformed \\N character escape');
      const ch = lookupName(body.slice(i + 3, close), false);
      if (ch === undefined) err(i, close + 1, 'unknown Unicode character name');
      out += ch;
      i = close + 1;
    } else {
      // A character past ASCII is not checked: CPython's parser hands the decoder such characters
      // as \\U escapes, so a backslash before one is a backslash followed by an escape.
      if (e.charCodeAt(0) < 0x80) firstInvalid ??= `invalid escape sequence '\\${e}'`;
      out += `\\${e}`;
      i += 2;
    }
  }
  if (firstInvalid !== null) warn?.(firstInvalid);
  return out;
}

/** Number of UTF-8 bytes of body[from, to). */
function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/** Decode a bytes literal body (ASCII only; raw bodies keep backslashes), as codecs.escape_decode does. */
function decodeBytes(body: string, raw: boolean, warn: (message: string) => void): number[] {
  const data = Uint8Array.from(body, (c) => c.charCodeAt(0));
  if (raw) return Array.from(data);
  try {
    return Array.from(decodeEscapedBytes(data, 'strict', warn));
  } catch (e) {
    if (e instanceof PyBaseException && typeof e.args[0] === 'string') throw new DecodeError(`(value error) ${e.args[0]}`);
    throw e;
  }
}

/**
 * CPython's error for a str literal holding source bytes that are not UTF-8. A literal without
 * escapes (or a raw one) is decoded whole; otherwise each run of non-ASCII bytes is decoded on
 * its own, so the position counts from the start of the run.
 */
function undecodableLiteralError(body: string, whole: boolean): string {
  const bytes = sourceBytes(body);
  let message: string | null = null;
  if (whole) message = utf8DecodeError(bytes);
  else {
    for (let i = 0; i < bytes.length && message === null; ) {
      if (bytes[i]! < 0x80) {
        i += 1;
        continue;
      }
      let j = i;
      while (j < bytes.length && bytes[j]! >= 0x80) j += 1;
      message = utf8DecodeError(bytes.subarray(i, j));
      i = j;
    }
  }
  return `(unicode error) ${message ?? "'utf-8' codec can't decode source bytes"}`;
}

/**
 * The Constant or JoinedStr for adjacent string tokens. `next` is the token after them: CPython
 * reports errors found while decoding there. Replacement fields are appended to `jobs`.
 */
export function buildStrings(src: Source, tokens: IToken[], next: IToken, jobs: FStringJob[]): ast.Constant | ast.JoinedStr {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const l = loc(first, last);
  const atBareEnd = src.endsBare() && (next.tokenType === EOF || (next.tokenType === NEWLINE && next.endOffset! >= src.text.length - 1)) &&
    /^[ \t\f]*$/.test(src.text.slice(last.endOffset! + 1));
  if (next.tokenType === EOF) {
    // At the end of an f-string replacement field: CPython's parser reads the field as `(expr)`,
    // so the token after the strings is that one-character ')'.
    next = createTokenInstance(EOF, '', last.endOffset! + 1, last.endOffset! + 1, last.endLine!, last.endLine!, last.endColumn! + 1, last.endColumn! + 1);
  }
  const payloads = tokens.map((t) => t.payload as StringPayload);
  const isBytes = payloads[0]!.prefix.includes('b');
  const bodyOf = (i: number): string => src.text.slice(payloads[i]!.bodyStart, payloads[i]!.bodyEnd);
  // Tokens are processed in order, as CPython does: an error in an earlier literal wins.
  try {
    const bytes: number[] = [];
    const parts = new Parts(l);
    let text = '';
    let sawF = false;
    tokens.forEach((t, i) => {
      const p = payloads[i]!;
      const warn = (message: string): void => src.literalWarning?.(message, t, next);
      if (p.prefix.includes('b') !== isBytes) throw errorAtToken(src, next, 'cannot mix bytes and nonbytes literals');
      const body = bodyOf(i);
      const raw = p.prefix.includes('r');
      if (isBytes) {
        if (/[^\x00-\x7f]/.test(body)) throw errorAtToken(src, t, 'bytes can only contain ASCII literal characters');
        bytes.push(...decodeBytes(body, raw, warn));
      } else if (!p.prefix.includes('f') && ESCAPED_BYTE.test(body)) {
        throw new DecodeError(undecodableLiteralError(body, raw || !body.includes('\\')));
      } else if (p.prefix.includes('f')) {
        sawF = true;
        new FStringScanner(src, t, p, body, l, jobs, warn).parse(0, parts);
      } else {
        const value = raw ? body : decodeStr(body, 0, warn);
        parts.literal(value);
        text += value;
      }
    });
    if (isBytes) return setLoc({ kind: 'Constant', value: { type: 'bytes', value: Uint8Array.from(bytes) }, kind_: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    if (sawF) return setLoc({ kind: 'JoinedStr', values: parts.finish(), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    return setLoc({ kind: 'Constant', value: { type: 'str', value: text }, kind_: payloads[0]!.prefix === 'u' ? 'u' : null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
  } catch (e) {
    if ((e instanceof DecodeError || e instanceof FStringError) && atBareEnd) {
      // eval/single input ending right after the strings: CPython has no token there and
      // reports the tokenizer's position, the end of the input, with no end column.
      const line = src.lineCount();
      throw markedLiteralError(src.error('SyntaxError', e.message, line, src.line(line).length, line, -1));
    }
    if (e instanceof DecodeError || e instanceof FStringError) throw markedLiteralError(errorAtToken(src, next, e.message));
    if (e instanceof TpySyntaxError) throw markedLiteralError(e);
    throw e;
  }
}

/** The errors of a string literal's own text, raised by CPython whenever its parser builds the literal. */
const stringLiteralErrors = new WeakSet<TpySyntaxError>();

function markedLiteralError(e: TpySyntaxError): TpySyntaxError {
  stringLiteralErrors.add(e);
  return e;
}

/** Whether `e` is a string literal's own error (an escape that does not decode, a bad f-string). */
export function isStringLiteralError(e: TpySyntaxError): boolean {
  return stringLiteralErrors.has(e);
}

/** An error in f-string syntax; reported at the token after the strings, as CPython does. */
class FStringError extends Error {}

/** The pieces of a JoinedStr: literal text is merged until a replacement field interrupts it. */
class Parts {
  private values: (ast.Constant | ast.FormattedValue)[] = [];
  private text = '';

  constructor(private readonly l: ast.Location) {}

  literal(s: string): void {
    this.text += s;
  }

  field(v: ast.FormattedValue): void {
    this.flush();
    this.values.push(v);
  }

  private flush(): void {
    if (this.text !== '') {
      this.values.push({ kind: 'Constant', value: { type: 'str', value: this.text }, kind_: null, ...this.l });
      this.text = '';
    }
  }

  finish(): (ast.Constant | ast.FormattedValue)[] {
    this.flush();
    return this.values;
  }
}

/** Scans one f-string token's body into literal text and replacement fields. */
class FStringScanner {
  private i = 0;
  private readonly raw: boolean;

  constructor(
    private readonly src: Source,
    private readonly token: IToken,
    private readonly payload: StringPayload,
    private readonly body: string,
    private readonly l: ast.Location,
    private readonly jobs: FStringJob[],
    /** Receives a deprecated escape's message (see decodeStr). */
    private readonly warn: (message: string) => void,
  ) {
    this.raw = payload.prefix.includes('r');
  }

  /**
   * fstring: (literal | '{' field '}')*   -- at level 0 until the end of the body;
   * in a format spec (level > 0) until the '}' that closes the field.
   */
  parse(level: number, parts: Parts): void {
    const body = this.body;
    for (;;) {
      this.literal(level, parts);
      if (this.i >= body.length) return;
      const c = body[this.i]!;
      if (c === '}') return; // end of a format spec (level > 0)
      // c === '{'
      if (level >= 2) throw new FStringError('f-string: expressions nested too deeply');
      this.i += 1;
      parts.field(this.field(level, parts));
    }
  }

  /** Literal text up to a '{' or '}' that is not doubled (doubling only counts at level 0). */
  private literal(level: number, parts: Parts): void {
    const body = this.body;
    let chunk = '';
    while (this.i < body.length) {
      const c = body[this.i]!;
      if (!this.raw && c === '\\' && this.i + 1 < body.length) {
        const e = body[this.i + 1]!;
        if (e === 'N' && body[this.i + 2] === '{') {
          const close = body.indexOf('}', this.i);
          const end = close < 0 ? body.length : close + 1;
          chunk += body.slice(this.i, end);
          this.i = end;
          continue;
        }
        if (e === '{' || e === '}') {
          // A backslash before a brace stays literal; the brace keeps its meaning. CPython's
          // scanner warns of '\\{' as it reads it, before it decodes the text up to there.
          if (e === '{') this.warn("invalid escape sequence '\\{'");
          parts.literal(`${this.literalText(chunk)}\\`);
          chunk = '';
          this.i += 1;
          continue;
        }
        chunk += body.slice(this.i, this.i + 2);
        this.i += 2;
        continue;
      }
      if (c === '{' || c === '}') {
        if (level === 0) {
          if (body[this.i + 1] === c) {
            // CPython decodes the text up to a doubled brace as one piece (its escapes' errors
            // and warnings count from there); Parts joins the pieces again.
            parts.literal(this.literalText(chunk + c));
            chunk = '';
            this.i += 2;
            continue;
          }
          if (c === '}') throw new FStringError("f-string: single '}' is not allowed");
        }
        break;
      }
      chunk += c;
      this.i += 1;
    }
    if (chunk !== '') parts.literal(this.literalText(chunk));
  }

  /** A literal chunk's value; its source bytes that are not UTF-8 fail as CPython's decoding of the chunk. */
  private literalText(chunk: string): string {
    if (ESCAPED_BYTE.test(chunk)) throw new DecodeError(undecodableLiteralError(chunk, this.raw));
    return this.raw ? chunk : decodeStr(chunk, 0, this.warn);
  }

  /** A replacement field after its '{': expression ['='] ['!' conversion] [':' format_spec] '}'. */
  private field(level: number, parts: Parts): ast.FormattedValue {
    const body = this.body;
    const exprStart = this.i;
    const stack: string[] = [];
    let quote: string | null = null;
    let exprEnd = -1;
    while (this.i < body.length) {
      const c = body[this.i]!;
      if (c === '\\') throw new FStringError('f-string expression part cannot include a backslash');
      if (quote !== null) {
        if (body.startsWith(quote, this.i)) {
          this.i += quote.length;
          quote = null;
        } else this.i += 1;
        continue;
      }
      if (c === "'" || c === '"') {
        quote = body.startsWith(c.repeat(3), this.i) ? c.repeat(3) : c;
        this.i += quote.length;
        continue;
      }
      if (c === '[' || c === '(' || c === '{') {
        stack.push(c);
        this.i += 1;
        continue;
      }
      if (c === '#') throw new FStringError("f-string expression part cannot include '#'");
      if (stack.length > 0 && (c === ']' || c === ')' || c === '}')) {
        const open = stack.pop()!;
        if ({ '[': ']', '(': ')', '{': '}' }[open] !== c) {
          throw new FStringError(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`);
        }
        this.i += 1;
        continue;
      }
      if (stack.length === 0) {
        if (c === ']' || c === ')') throw new FStringError(`f-string: unmatched '${c}'`);
        const next = body[this.i + 1];
        if ((c === '!' || c === '=' || c === '<' || c === '>') && next === '=') {
          this.i += 2;
          continue;
        }
        if (c === '!' || c === ':' || c === '}' || c === '=') {
          exprEnd = this.i;
          break;
        }
      }
      this.i += 1;
    }
    if (quote !== null) throw new FStringError('f-string: unterminated string');
    if (stack.length > 0) throw new FStringError(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (exprEnd < 0) throw new FStringError("f-string: expecting '}'");
    const text = body.slice(exprStart, exprEnd);
    // Only the whitespace CPython's parser skips: a no-break space is a character the field's
    // tokenizer rejects ("invalid non-printable character U+00A0"), not an empty field.
    if (/^[ \t\n\f\r]*$/.test(text)) {
      const c = body[exprEnd];
      throw new FStringError(
        c === '!' || c === ':' || c === '=' ? `f-string: expression required before '${c}'` : 'f-string: empty expression not allowed',
      );
    }
    let conversion = CONVERSION_NONE;
    let format_spec: ast.JoinedStr | null = null;
    let debug = false;
    if (body[this.i] === '=') {
      this.i += 1;
      // ASCII whitespace only (Py_ISSPACE), as CPython skips after the `=`.
      while (/[ \t\n\v\f\r]/.test(body[this.i] ?? '')) this.i += 1;
      debug = true;
      parts.literal(body.slice(exprStart, this.i));
    }
    if (body[this.i] === '!') {
      this.i += 1;
      const conv = body[this.i];
      if (conv === undefined) throw new FStringError("f-string: expecting '}'");
      const code = conv === 's' ? CONVERSION_STR : conv === 'r' ? CONVERSION_REPR : conv === 'a' ? CONVERSION_ASCII : null;
      if (code === null) throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = code;
      this.i += 1;
    }
    if (body[this.i] === ':') {
      this.i += 1;
      const spec = new Parts(this.l);
      this.parse(level + 1, spec);
      // As CPython 3.11: the spec's own node has the location of the string token holding it,
      // and so does its text when it is nothing but text.
      const tokenLoc = loc(this.token, this.token);
      const values = spec.finish();
      if (values.length === 1 && values[0]!.kind === 'Constant') Object.assign(values[0]!, tokenLoc);
      format_spec = { kind: 'JoinedStr', values, ...tokenLoc };
    }
    if (body[this.i] !== '}') throw new FStringError("f-string: expecting '}'");
    this.i += 1;
    if (debug && conversion === CONVERSION_NONE && format_spec === null) conversion = CONVERSION_REPR;
    const node: ast.FormattedValue = {
      kind: 'FormattedValue',
      value: { kind: 'Name', id: '', ctx: 'Load', ...this.l },
      conversion,
      format_spec,
      ...this.l,
    };
    const at = this.position(exprStart);
    const newlineAfterBrace = /^[ \t\f]*\n/.test(text);
    const shift = !newlineAfterBrace ? at.column - 1 : at.line === this.token.startLine! ? this.token.startColumn! - 1 : 0;
    this.jobs.push({ node, text, ...at, shift });
    return node;
  }

  /** Absolute offset, line and column of a body index. */
  private position(index: number): { offset: number; line: number; column: number } {
    const t = this.token;
    const offset = this.payload.bodyStart + index;
    const before = this.src.text.slice(t.startOffset, offset);
    const lastNl = before.lastIndexOf('\n');
    const newlines = lastNl < 0 ? 0 : before.split('\n').length - 1;
    const column = lastNl < 0 ? t.startColumn! - 1 + before.length : before.length - lastNl - 1;
    return { offset, line: t.startLine! + newlines, column };
  }
}

/** Turn an error from parsing a replacement field into CPython's f-string form ("f-string: ..." on "(expr)"). */
export function fstringExprError(src: Source, job: FStringJob, e: TpySyntaxError): TpySyntaxError {
  const lines = `(${job.text})`.split('\n');
  const lineno = e.lineno - job.line + 1;
  // CPython shifts the field's first line by the field's column, and takes that shift off
  // every column of the error, on whichever line (a range ending on a later line can go negative).
  // The tokenizer's own errors (CPython's `syntaxerror()`: an invalid character or number) are
  // raised as they are, without the parser's "f-string: " prefix, at columns of the `(expr)`
  // string unshifted past its first line, quoting that line without its newline.
  const tokenizer = !e.fromParser && !e.msg.startsWith('f-string');
  const shift = tokenizer && lineno > 1 ? 0 : job.shift;
  const offset = e.offset - shift;
  const endOffset = e.end_offset === undefined || e.end_offset <= 0 ? e.end_offset : e.end_offset - shift;
  const msg = e.msg.startsWith('f-string') || tokenizer ? e.msg : `f-string: ${e.msg}`;
  const err = src.error('SyntaxError', msg, 1, 1, undefined, undefined);
  // CPython 3.11's field parser starts counting lines at the field's own line in the file,
  // while its text and columns are those of the field's string `(expr)`.
  err.lineno = e.lineno;
  err.offset = offset;
  err.end_lineno = e.end_lineno;
  err.end_offset = endOffset;
  // A line the field's tokenizer had read past is quoted from the string, without its newline.
  const readPast = lineno < lines.length && (e.end_lineno ?? e.lineno) > e.lineno;
  err.text = `${displayedLine(lines[lineno - 1] ?? '')}${readPast || tokenizer ? '' : '\n'}`;
  // The field's own parser reads a string, whose errors quote that string, never a file.
  err.fromParser = false;
  err.columnsWithinText = false;
  err.message = `${err.msg} (${src.filename}, line ${e.lineno})`;
  return err;
}
