// The chevrotain lexer: source text → raw tokens (physical Newlines included, whitespace and comments dropped).

import type { IToken } from 'chevrotain';
import { createTokenInstance, Lexer, lexerTokens, Name } from './tokens.js';

/** The lexer options; `validate` runs chevrotain's checks of the token patterns (the unit tests do). */
export function lexerOptions(validate: boolean) {
  // The checks cost most of the lexer's construction, which every run of tpy pays at start-up.
  return { positionTracking: 'full', ensureOptimizations: true, skipValidations: !validate } as const;
}

const lexer = new Lexer(lexerTokens, lexerOptions(false));

/**
 * Makes the position fields of chevrotain's token objects plain tagged fields, so that each
 * token stores its positions as small integers in place. chevrotain's END_OF_FILE token (made
 * when chevrotain loads, with NaN positions) has the same shape as every token its lexer makes,
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

/**
 * Raw tokens of `text`. The `Invalid` token type catches every character nothing else
 * accepts, so chevrotain reports no lexing errors of its own.
 *
 * When `text` is a piece of a larger source (an f-string replacement field), `at` places it:
 * the absolute offset, line and 0-based column of its first character; token positions are
 * then those of the larger source.
 */
export function lex(text: string, at?: { offset: number; line: number; column: number }): IToken[] {
  const result = lexer.tokenize(text);
  if (result.errors.length > 0) {
    const e = result.errors[0]!;
    throw new Error(`internal lexer error at offset ${e.offset}: ${e.message}`);
  }
  const tokens = result.tokens;
  if (at !== undefined && (at.offset !== 0 || at.line !== 1 || at.column !== 0)) {
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
  return tokens;
}
