// The lexer: source text → raw tokens (physical Newlines included, whitespace and comments dropped).
//
// It makes exactly the tokens chevrotain's lexer makes from the token types of tokens.ts (same
// objects, images, positions and payloads; `lexWithChevrotain` is kept for the tests that check
// this), by the same rule: at each offset the first token type, in `lexerTokens` order, whose
// pattern matches. It is written by hand because chevrotain's tokenizer is one loop over the
// whole text in one call, which tpy's V8 flags (--no-use-osr) leave unoptimised for the entire
// first compile; here each token is one call of `scanToken`, which V8 optimises after a few
// hundred tokens. It also skips chevrotain's lexer construction at start-up.

import type { IToken, TokenType } from 'chevrotain';
import {
  Comment, Continuation, createTokenInstance, Invalid, Lexer, lexerTokens, matchContinuation, matchInvalid, matchName, matchNumber,
  matchString, Name, Newline, NumberLit, StringLit, Whitespace,
} from './tokens.js';

/** The chevrotain lexer options; `validate` runs chevrotain's checks of the token patterns (the unit tests do). */
export function lexerOptions(validate: boolean) {
  return { positionTracking: 'full', ensureOptimizations: true, skipValidations: !validate } as const;
}

/**
 * Makes the position fields of chevrotain's token objects plain tagged fields, so that each
 * token stores its positions as small integers in place. chevrotain's END_OF_FILE token (made
 * when chevrotain loads, with NaN positions) has the same shape as every token the lexer makes,
 * and that NaN made V8 keep those six fields as doubles: a 16-byte heap number for each one of
 * every token (96 of a token's ~190 bytes, all copied by each young-generation GC while a large
 * source compiles). Storing a non-number in each field of one throwaway token of that shape
 * widens the fields to "any value", where small integers need no box.
 */
function untypeTokenPositions(): void {
  const t = createTokenInstance(Name, '', 0, 0, 1, 1, 1, 1) as unknown as Record<string, unknown>;
  for (const field of ['startOffset', 'endOffset', 'startLine', 'endLine', 'startColumn', 'endColumn']) t[field] = undefined;
}
untypeTokenPositions();

/** The operator token types (string patterns) by their first character, in `lexerTokens` order. */
const OPERATORS_BY_FIRST: (TokenType[] | undefined)[] = [];
for (const type of lexerTokens) {
  const pattern = type.PATTERN;
  if (typeof pattern !== 'string') continue;
  (OPERATORS_BY_FIRST[pattern.charCodeAt(0)] ??= []).push(type);
}

/** The lexer's position: where the next token starts, with its 1-based line and column. */
interface Cursor {
  offset: number;
  line: number;
  column: number;
}

/**
 * A token as chevrotain's createFullToken makes it (the same property order, so the same
 * object shape), with its payload when the matcher gave one.
 */
function makeToken(image: string, at: Cursor, type: TokenType, payload: unknown): IToken {
  const length = image.length;
  const t: IToken = {
    image,
    startOffset: at.offset,
    endOffset: at.offset + length - 1,
    startLine: at.line,
    endLine: at.line,
    startColumn: at.column,
    endColumn: at.column + length - 1,
    tokenTypeIdx: type.tokenTypeIdx!,
    tokenType: type,
  };
  if (payload !== undefined) t.payload = payload;
  return t;
}

/**
 * Moves the cursor past `image`, a token that may hold line terminators (\n, \r\n or \r, as
 * chevrotain's default lineTerminatorsPattern counts them), and sets `token`'s end as
 * chevrotain's updateTokenEndLineColumnLocation does (token is null for a skipped one).
 */
function advanceOverLines(at: Cursor, image: string, token: IToken | null): void {
  const n = image.length;
  let breaks = 0;
  let lastBreakEnd = -1;
  for (let i = 0; i < n; i++) {
    const c = image.charCodeAt(i);
    if (c === 10) {
      breaks++;
      lastBreakEnd = i;
    } else if (c === 13) {
      if (image.charCodeAt(i + 1) === 10) i++;
      breaks++;
      lastBreakEnd = i;
    }
  }
  at.offset += n;
  if (breaks === 0) {
    at.column += n;
    return;
  }
  at.line += breaks;
  at.column = n - lastBreakEnd;
  if (token === null) return;
  const endsInBreak = lastBreakEnd === n - 1;
  if (breaks === 1 && endsInBreak) return;
  const fix = endsInBreak ? -1 : 0;
  token.endLine = at.line + fix;
  token.endColumn = at.column - 1 - fix;
}

/** Moves the cursor past a token without line terminators. */
function advance(at: Cursor, length: number): void {
  at.offset += length;
  at.column += length;
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * Reads the token at the cursor and moves past it: the token, or null for whitespace, a
 * comment or a line continuation (chevrotain's SKIPPED group).
 */
function scanToken(text: string, at: Cursor): IToken | null {
  const offset = at.offset;
  const c = text.charCodeAt(offset);
  // Newline: \r\n | \r | \n
  if (c === 10 || c === 13) {
    const image = c === 13 && text.charCodeAt(offset + 1) === 10 ? '\r\n' : c === 10 ? '\n' : '\r';
    const t = makeToken(image, at, Newline, undefined);
    advanceOverLines(at, image, t);
    return t;
  }
  // Whitespace: [ \t\f]+
  if (c === 32 || c === 9 || c === 12) {
    let i = offset + 1;
    for (let d = text.charCodeAt(i); d === 32 || d === 9 || d === 12; d = text.charCodeAt(++i));
    advance(at, i - offset);
    return null;
  }
  // Comment: #[^\r\n]*
  if (c === 35) {
    let i = offset + 1;
    for (let d = text.charCodeAt(i); i < text.length && d !== 10 && d !== 13; d = text.charCodeAt(++i));
    advance(at, i - offset);
    return null;
  }
  if (c === 92) {
    const m = matchContinuation(text, offset);
    if (m !== null) {
      advanceOverLines(at, m[0], null);
      return null;
    }
  } else if (isAsciiIdStart(c) || c >= 128) {
    if (c < 128) {
      // An ASCII name, as matchName reads it, without its match array; a name going on with
      // non-ASCII characters, or a possible string prefix before a quote, is left to it.
      let i = offset + 1;
      let d = text.charCodeAt(i);
      while ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95) d = text.charCodeAt(++i);
      if ((i >= text.length || d < 128) && !((d === 39 || d === 34) && i - offset <= 2)) {
        return simpleToken(at, text.slice(offset, i), Name, undefined);
      }
    }
    const m = matchName(text, offset);
    if (m !== null) return simpleToken(at, m[0], Name, m.payload);
    // A string prefix followed by its quote (Name declines it), else an invalid character.
    const s = matchString(text, offset);
    if (s !== null) return stringToken(at, s[0], s.payload);
  } else if (c === 39 || c === 34) {
    const s = matchString(text, offset)!;
    return stringToken(at, s[0], s.payload);
  } else if ((c >= 48 && c <= 57) || c === 46) {
    const m = matchNumber(text, offset);
    if (m !== null) return simpleToken(at, m[0], NumberLit, m.payload);
  }
  const ops = c < 128 ? OPERATORS_BY_FIRST[c] : undefined;
  if (ops !== undefined) {
    for (let k = 0; k < ops.length; k++) {
      const type = ops[k]!;
      const image = type.PATTERN as string;
      if (image.length === 1 || text.startsWith(image, offset)) return simpleToken(at, image, type, undefined);
    }
  }
  const m = matchInvalid(text, offset);
  if (m === null) throw new Error(`internal lexer error at offset ${offset}: no token matches`);
  return simpleToken(at, m[0], Invalid, undefined);
}

function simpleToken(at: Cursor, image: string, type: TokenType, payload: unknown): IToken {
  const t = makeToken(image, at, type, payload);
  advance(at, image.length);
  return t;
}

function stringToken(at: Cursor, image: string, payload: unknown): IToken {
  const t = makeToken(image, at, StringLit, payload);
  advanceOverLines(at, image, t);
  return t;
}

/**
 * Reads up to 256 tokens into `tokens`. tpy runs V8 without on-stack replacement, so the
 * loop over a whole file must be a function called many times for V8 to optimise it.
 */
function scanSome(text: string, cursor: Cursor, tokens: IToken[]): void {
  for (let n = 0; n < 256 && cursor.offset < text.length; n++) {
    const t = scanToken(text, cursor);
    if (t !== null) tokens.push(t);
  }
}

/**
 * Raw tokens of `text`. The `Invalid` token type catches every character nothing else
 * accepts, so there are no lexing errors.
 *
 * When `text` is a piece of a larger source (an f-string replacement field), `at` places it:
 * the absolute offset, line and 0-based column of its first character; token positions are
 * then those of the larger source.
 */
export function lex(text: string, at?: { offset: number; line: number; column: number }): IToken[] {
  const tokens: IToken[] = [];
  const cursor: Cursor = { offset: 0, line: 1, column: 1 };
  while (cursor.offset < text.length) scanSome(text, cursor, tokens);
  if (at !== undefined && (at.offset !== 0 || at.line !== 1 || at.column !== 0)) placeTokens(tokens, at);
  return tokens;
}

/** Shifts the positions of tokens lexed from a piece of a larger source to that source's. */
function placeTokens(tokens: IToken[], at: { offset: number; line: number; column: number }): void {
  for (const t of tokens) {
    if (t.startLine === 1) t.startColumn! += at.column;
    if (t.endLine === 1) t.endColumn! += at.column;
    t.startLine! += at.line - 1;
    t.endLine! += at.line - 1;
    t.startOffset += at.offset;
    t.endOffset! += at.offset;
    const p = t.payload as
      | { bodyStart?: number; bodyEnd?: number; problem?: { at: number; end?: number }; warning?: { at: number } }
      | undefined;
    if (p !== undefined) {
      if (p.bodyStart !== undefined) p.bodyStart += at.offset;
      if (p.bodyEnd !== undefined) p.bodyEnd += at.offset;
      if (p.problem !== undefined) {
        p.problem.at += at.offset;
        if (p.problem.end !== undefined) p.problem.end += at.offset;
      }
      if (p.warning !== undefined) p.warning.at += at.offset;
    }
  }
}

let chevrotainLexer: InstanceType<typeof Lexer> | undefined;

/** The same tokens from chevrotain's own lexer (built at first use): the reference `lex` is checked against. */
export function lexWithChevrotain(text: string): IToken[] {
  chevrotainLexer ??= new Lexer(lexerTokens, lexerOptions(false));
  const result = chevrotainLexer.tokenize(text);
  if (result.errors.length > 0) {
    const e = result.errors[0]!;
    throw new Error(`internal lexer error at offset ${e.offset}: ${e.message}`);
  }
  return result.tokens;
}

// Referenced so that the token types chevrotain skips stay documented here as handled above.
void [Whitespace, Comment, Continuation];
