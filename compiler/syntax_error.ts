// TpySyntaxError: a SyntaxError / IndentationError / TabError found while compiling, with CPython's location fields.

import { displayedLine, ESCAPED_BYTE } from '../vm/source_bytes.js';

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class TpySyntaxError extends Error {
  kind: SyntaxErrorKind;
  /** The message alone, as CPython's `SyntaxError.msg`. */
  msg: string;
  filename: string;
  /** 1-based line. */
  lineno: number;
  /** 1-based column, as CPython's `SyntaxError.offset` (0 or -1 where CPython gives those). */
  offset: number;
  /**
   * The offending source line, as CPython's `SyntaxError.text` (with its '\n' where CPython keeps it);
   * null (None) where CPython has none to show.
   */
  text: string | null;
  end_lineno?: number;
  end_offset?: number;
  /**
   * False for the errors CPython locates with PyErr_SyntaxLocation (its symbol table's and
   * the future statements'): their `args` is `(msg,)`, the location being attributes only.
   */
  locationInArgs = true;
  /** CPython's future-statement errors leave `end_offset` None. */
  endOffsetNone = false;
  /**
   * Found by the symbol table or the code generator, whose errors CPython gives the line read
   * back from the file named (compiler/program_text.ts), not the line of the source compiled.
   */
  textFromFile = false;
  /** Raised by the parser proper, not by the tokenizer's own checks (CPython's `syntaxerror()`). */
  fromParser = false;
  /**
   * A parser error of 'exec' input: CPython quotes line `lineno` of the file named when it has
   * one (_PyPegen_raise_error_known_location), the source compiled otherwise.
   */
  textFromFileIfAny = false;
  /**
   * A parser error of source given as a string: CPython converts its columns to characters
   * against the line it quotes, which caps them at that line's length + 1 (a range running
   * onto later lines ends there).
   */
  columnsWithinText = false;

  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    filename: string,
    lineno: number,
    offset: number,
    text: string | null,
    end_lineno?: number,
    end_offset?: number,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.end_lineno = end_lineno;
    this.end_offset = end_offset;
  }
}

/** The source being compiled, with the line lookups error reporting needs. */
/** The positions of a token that literalWarning needs (chevrotain's IToken has them). */
export interface LiteralToken {
  startOffset: number;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export class Source {
  private lineStarts: number[] | null = null;
  /**
   * The source began with a UTF-8 BOM (dropped from `text`): CPython's tokenizer then has an
   * encoding, and converts the byte columns of a line holding bytes that are not UTF-8 against
   * that line re-encoded with U+FFFD for them (_PyPegen_byte_offset_to_character_offset).
   */
  hadBom = false;
  /**
   * Receives the DeprecationWarnings of string literals' escapes (`"\\d"`) as the parser builds
   * them: the literal's token, and the token after the literals (how far CPython's tokenizer had read).
   */
  literalWarning: ((message: string, token: LiteralToken, next: LiteralToken) => void) | null = null;

  constructor(
    readonly text: string,
    readonly filename: string,
    /** Read as a program file (`python3 FILE`, stdin), not as a string (compile(), -c). */
    readonly fileInput = false,
    /**
     * CPython's tokenizer ends 'exec' input with a newline if it has none; 'eval' and 'single'
     * strings are read as they are, so their last line has no '\n' in `text`, and the parser
     * failing at their end has no token position (offset 0).
     */
    readonly implicitNewline = true,
  ) {}

  /** Does the input stop without a newline that CPython's tokenizer would have added? */
  endsBare(): boolean {
    return !this.implicitNewline && !/[\r\n]$/.test(this.text);
  }

  private starts(): number[] {
    if (this.lineStarts === null) {
      const starts = [0];
      const t = this.text;
      // Text with \n line ends only (what the parser reads) is searched by indexOf, which is
      // fast in any tier of V8; this runs once per source, and tpy's V8 has no on-stack replacement.
      if (t.indexOf('\r') < 0) {
        for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) starts.push(i + 1);
        return (this.lineStarts = starts);
      }
      for (let i = 0; i < t.length; i += 1) {
        const c = t.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i += 1;
          starts.push(i + 1);
        }
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /** Line `lineno` (1-based) without its line terminator; '' past the end. */
  line(lineno: number): string {
    const starts = this.starts();
    if (lineno < 1 || lineno > starts.length) return '';
    const from = starts[lineno - 1]!;
    const to = lineno < starts.length ? starts[lineno]! : this.text.length;
    return this.text.slice(from, to).replace(/(\r\n|\r|\n)$/, '');
  }

  /** Lines `from`..`to` as an error shows them (bytes that are not UTF-8 as U+FFFD), joined by '\n'. */
  linesShown(from: number, to: number): string {
    const out: string[] = [];
    for (let n = from; n <= to; n++) out.push(displayedLine(this.line(n)));
    return out.join('\n');
  }

  /** Number of lines as `str.splitlines()` counts them (a final terminator starts no new line). */
  lineCount(): number {
    const starts = this.starts();
    return starts[starts.length - 1] === this.text.length ? starts.length - 1 : starts.length;
  }

  /** 1-based line of an absolute offset. */
  lineOf(offset: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based column of an absolute offset. */
  columnOf(offset: number): number {
    return offset - this.starts()[this.lineOf(offset) - 1]!;
  }

  /** A 1-based character column of a line as the 1-based column of its UTF-8 byte (0 and -1 kept). */
  byteColumn(lineno: number, column: number): number {
    if (column <= 1) return column;
    const line = this.line(lineno);
    const chars = Math.min(column - 1, line.length);
    return utf8Length(line.slice(0, chars)) + 1 + (column - 1 - chars);
  }

  /**
   * An error at a line; `withNewline` mirrors CPython, whose parser errors keep the line's
   * '\n' in `text` while errors raised inside its tokenizer do not.
   */
  error(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    end_lineno: number | undefined,
    end_offset: number | undefined,
    withNewline = true,
  ): TpySyntaxError {
    // CPython's parser reports a file's errors at UTF-8 byte columns (it converts them to
    // characters only for source given as a string); its tokenizer's own errors are in characters.
    // Source bytes that are not UTF-8 (only compile() of bytes keeps them) make CPython's
    // tokenizer run without an encoding, so its columns stay in bytes there too.
    const raw = this.line(lineno);
    const undecodable = ESCAPED_BYTE.test(raw);
    if ((this.fileInput || undecodable) && withNewline && kind === 'SyntaxError') {
      offset = this.byteColumn(lineno, offset);
      if (end_lineno !== undefined && end_offset !== undefined) end_offset = this.byteColumn(end_lineno, end_offset);
      if (undecodable && this.hadBom) {
        offset = shownColumn(displayedLine(raw), offset);
        if (end_lineno === lineno && end_offset !== undefined) end_offset = shownColumn(displayedLine(raw), end_offset);
      }
    }
    const line = undecodable ? displayedLine(raw) : raw;
    const newline = withNewline && !(lineno >= this.lineCount() && this.endsBare());
    const e = new TpySyntaxError(kind, msg, this.filename, lineno, offset, newline ? `${line}\n` : line, end_lineno, end_offset);
    e.fromParser = withNewline;
    e.columnsWithinText = withNewline && !this.fileInput;
    return e;
  }
}

/**
 * A 1-based byte column of a source line converted as CPython converts it when its tokenizer has
 * an encoding: the characters in that many bytes of the line as shown (U+FFFD for each byte
 * that was not UTF-8, three bytes each), a sequence cut short counting one.
 */
function shownColumn(shown: string, byteColumn: number): number {
  if (byteColumn <= 0) return byteColumn;
  const bytes = new TextEncoder().encode(shown);
  return Array.from(new TextDecoder().decode(bytes.subarray(0, Math.min(byteColumn, bytes.length)))).length;
}

/** The length of a string in UTF-8 bytes (a source byte kept as U+DC80..U+DCFF counts 1, another lone surrogate 3). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || (c >= 0xdc80 && c <= 0xdcff)) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
