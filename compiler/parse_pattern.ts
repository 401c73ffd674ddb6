// Patterns of a match statement's `case` (PEP 634), parsed by hand from the token stream.
//
// A pattern is a small grammar of its own (`as`, `|`, `*x` and `**x` inside brackets) that the
// expression rules cannot parse, and needs no general expression; the chevrotain rule for a
// case block hands the tokens after `case` to this recursive-descent parser and skips the
// tokens it consumed. Rules and node locations follow CPython 3.11's Grammar/python.gram.

import type { IToken, TokenType } from 'chevrotain';
import type * as ast from './ast.js';
import * as T from './tokens.js';
import type { NumberPayload } from './tokens.js';
import { loc, numberConstant, errorAtToken, errorAtNode, errorAtRange, setLoc } from './build_ast.js';
import { buildStrings, type FStringJob } from './fstring.js';
import type { Source, TpySyntaxError } from './syntax_error.js';

/** The token a pattern's "invalid syntax" was raised at, when that was the end of the input. */
export const patternFailedAt = new WeakMap<TpySyntaxError, IToken>();

export class PatternParser {
  /** Tokens consumed so far. */
  pos = 0;

  /** `la(i)` is the i-th token ahead of where the parse started (1-based, like chevrotain's LA). */
  constructor(private src: Source, private la: (i: number) => IToken, private jobs: FStringJob[]) {}

  private peek(n = 0): IToken {
    return this.la(this.pos + 1 + n);
  }

  private is(type: TokenType, n = 0): boolean {
    return this.peek(n).tokenType === type;
  }

  private isName(image: string, n = 0): boolean {
    const t = this.peek(n);
    return t.tokenType === T.Name && t.image === image;
  }

  private next(): IToken {
    const t = this.peek();
    this.pos++;
    return t;
  }

  private prev(): IToken {
    return this.la(this.pos);
  }

  private fail(t: IToken = this.peek()): never {
    if (t.tokenType === T.EOF) {
      // Past the last line, as parse.ts's translate() reports a failure at the end; parse.ts
      // then prefers an unclosed bracket's error, as for any failure at the end.
      const line = this.src.lineCount();
      const err = this.src.error('SyntaxError', 'invalid syntax', line, this.src.line(line).length + 1, line, -1);
      patternFailedAt.set(err, t);
      throw err;
    }
    throw errorAtToken(this.src, t, 'invalid syntax');
  }

  private expect(type: TokenType): IToken {
    if (!this.is(type)) this.fail();
    return this.next();
  }

  // patterns: open_sequence_pattern | pattern
  patterns(): ast.pattern {
    const start = this.peek();
    const first = this.maybeStarPattern();
    if (!this.is(T.Comma)) {
      if (first.kind === 'MatchStar') this.fail();
      return first;
    }
    const items = [first];
    while (this.is(T.Comma)) {
      this.next();
      if (this.is(T.Colon) || this.is(T.If)) break;
      items.push(this.maybeStarPattern());
    }
    return setLoc({ kind: 'MatchSequence', patterns: items, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(start, this.prev()));
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  pattern(): ast.pattern {
    const start = this.peek();
    const p = this.orPattern();
    if (!this.is(T.As)) return p;
    this.next();
    const t = this.peek();
    if (t.tokenType !== T.Name) {
      throw errorAtToken(this.src, t, 'invalid pattern target');
    }
    if (t.image === '_') throw errorAtToken(this.src, t, "cannot use '_' as a target");
    this.next();
    return setLoc({ kind: 'MatchAs', pattern: p, name: t.image, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(start, t));
  }

  // or_pattern: '|'.closed_pattern+
  private orPattern(): ast.pattern {
    const start = this.peek();
    const first = this.closedPattern();
    if (!this.is(T.Vbar)) return first;
    const alts = [first];
    while (this.is(T.Vbar)) {
      this.next();
      alts.push(this.closedPattern());
    }
    return setLoc({ kind: 'MatchOr', patterns: alts, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(start, this.prev()));
  }

  // maybe_star_pattern: '*' (pattern_capture_target | '_') | pattern
  private maybeStarPattern(): ast.pattern {
    if (!this.is(T.Star)) return this.pattern();
    const star = this.next();
    const t = this.peek();
    if (t.tokenType !== T.Name) this.fail();
    this.next();
    return setLoc({ kind: 'MatchStar', name: t.image === '_' ? null : t.image, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(star, t));
  }

  private closedPattern(): ast.pattern {
    const t = this.peek();
    switch (t.tokenType) {
      case T.NumberLit:
      case T.Minus:
      case T.StringLit:
        return this.valuePattern(this.literalExpr());
      case T.None:
        this.next();
        return setLoc({ kind: 'MatchSingleton', value: constant(t, { type: 'None' }), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
      case T.True:
      case T.False: {
        this.next();
        const value = constant(t, { type: 'bool', value: t.tokenType === T.True });
        return setLoc({ kind: 'MatchSingleton', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
      }
      case T.Name:
        return this.namePattern();
      case T.LPar:
        return this.parenPattern();
      case T.LSqb: {
        this.next();
        const items = this.sequenceItems(T.RSqb);
        const end = this.expect(T.RSqb);
        return setLoc({ kind: 'MatchSequence', patterns: items, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, end));
      }
      case T.LBrace:
        return this.mappingPattern();
      default:
        this.fail();
    }
  }

  private valuePattern(value: ast.expr): ast.MatchValue {
    return { kind: 'MatchValue', value, ...locOf(value) };
  }

  /** A number (optionally negative) or a string: a literal pattern or a mapping key. */
  private literalExpr(fstringKey = false): ast.expr {
    const t = this.peek();
    if (t.tokenType === T.Minus) {
      this.next();
      const n = this.expect(T.NumberLit);
      const operand = numberConstant(this.src, n);
      return this.complexTail(setLoc({ kind: 'UnaryOp', op: 'USub', operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, n)), n);
    }
    if (t.tokenType === T.NumberLit) {
      this.next();
      return this.complexTail(numberConstant(this.src, t), t);
    }
    if (t.tokenType === T.StringLit) {
      const tokens: IToken[] = [];
      while (this.is(T.StringLit)) tokens.push(this.next());
      const e = buildStrings(this.src, tokens, this.peek(), this.jobs);
      // An f-string key is the compiler's error ("mapping pattern keys may only match ...").
      if (e.kind === 'JoinedStr' && !fstringKey) throw errorAtNode(this.src, e, 'patterns may only match literals and attribute lookups');
      return e;
    }
    if (t.tokenType === T.None) {
      this.next();
      return constant(t, { type: 'None' });
    }
    if (t.tokenType === T.True || t.tokenType === T.False) {
      this.next();
      return constant(t, { type: 'bool', value: t.tokenType === T.True });
    }
    this.fail();
  }

  /**
   * complex_number: signed_real_number ('+' | '-') imaginary_number, after the signed
   * number `e` (whose number token is `num`) was read: `1 + 2j`, `-1 - 2j`. Otherwise `e` itself.
   */
  private complexTail(e: ast.expr, num: IToken): ast.expr {
    if (!(this.is(T.Plus) || this.is(T.Minus))) return e;
    // Only a complex literal has a sign after a number: CPython fails past the sign.
    if (!this.is(T.NumberLit, 1)) this.fail(this.peek(1));
    if (isImaginary(num)) throw errorAtToken(this.src, num, 'real number required in complex literal');
    const op = this.next();
    const n = this.next();
    if (!isImaginary(n)) throw errorAtToken(this.src, n, 'imaginary number required in complex literal');
    const right = numberConstant(this.src, n);
    return { kind: 'BinOp', left: e, op: op.tokenType === T.Plus ? 'Add' : 'Sub', right, ...locOf(e), end_lineno: right.end_lineno, end_col_offset: right.end_col_offset };
  }

  /** NAME: a capture, `_`, a dotted value, or a class pattern `name_or_attr(...)`. */
  private namePattern(): ast.pattern {
    const first = this.next();
    let e: ast.expr = setLoc({ kind: 'Name', id: first.image, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(first, first));
    let dotted = false;
    while (this.is(T.Dot)) {
      this.next();
      const attr = this.expect(T.Name);
      e = setLoc({ kind: 'Attribute', value: e, attr: attr.image, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(first, attr));
      dotted = true;
    }
    if (this.is(T.LPar)) return this.classPattern(first, e);
    if (dotted) return this.valuePattern(e);
    const l = loc(first, first);
    if (first.image === '_') return setLoc({ kind: 'MatchAs', pattern: null, name: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    return setLoc({ kind: 'MatchAs', pattern: null, name: first.image, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
  }

  // class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
  private classPattern(start: IToken, cls: ast.expr): ast.MatchClass {
    this.expect(T.LPar);
    const patterns: ast.pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: ast.pattern[] = [];
    let firstPositionalAfterKw: ast.pattern | null = null;
    let lastPositionalAfterKw: ast.pattern | null = null;
    while (!this.is(T.RPar)) {
      if (this.is(T.Name) && this.is(T.Equal, 1)) {
        const name = this.next();
        this.next();
        kwd_attrs.push(name.image);
        kwd_patterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwd_attrs.length > 0) {
          firstPositionalAfterKw ??= p;
          lastPositionalAfterKw = p;
        } else patterns.push(p);
      }
      if (!this.is(T.Comma)) break;
      this.next();
    }
    if (firstPositionalAfterKw !== null && this.is(T.RPar)) {
      throw errorAtRange(this.src, firstPositionalAfterKw, lastPositionalAfterKw!, 'positional patterns follow keyword patterns');
    }
    const end = this.expect(T.RPar);
    return setLoc({ kind: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(start, end));
  }

  /** '(' ')' | '(' pattern ')' (a group) | '(' open_sequence_pattern ')' */
  private parenPattern(): ast.pattern {
    const open = this.next();
    if (this.is(T.RPar)) {
      const end = this.next();
      return setLoc({ kind: 'MatchSequence', patterns: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(open, end));
    }
    const first = this.maybeStarPattern();
    if (this.is(T.RPar) && first.kind !== 'MatchStar') {
      this.next();
      return first; // a group: the pattern itself
    }
    const items = [first];
    if (this.is(T.Comma)) {
      this.next();
      items.push(...this.sequenceItems(T.RPar));
    }
    const end = this.expect(T.RPar);
    return setLoc({ kind: 'MatchSequence', patterns: items, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(open, end));
  }

  /** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? (possibly empty), up to `close`. */
  private sequenceItems(close: TokenType): ast.pattern[] {
    const items: ast.pattern[] = [];
    while (!this.is(close)) {
      items.push(this.maybeStarPattern());
      if (!this.is(T.Comma)) break;
      this.next();
    }
    return items;
  }

  // mapping_pattern: '{' [items_pattern] [','] ['**' NAME] [','] '}'
  private mappingPattern(): ast.MatchMapping {
    const open = this.next();
    const keys: ast.expr[] = [];
    const patterns: ast.pattern[] = [];
    let rest: string | null = null;
    while (!this.is(T.RBrace)) {
      if (this.is(T.DoubleStar)) {
        this.next();
        const name = this.expect(T.Name);
        if (name.image === '_') this.fail(name);
        rest = name.image;
        if (this.is(T.Comma)) this.next();
        break;
      }
      let key: ast.expr;
      if (this.is(T.Name)) {
        const first = this.next();
        key = setLoc({ kind: 'Name', id: first.image, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(first, first));
        if (!this.is(T.Dot)) this.fail();
        while (this.is(T.Dot)) {
          this.next();
          const attr = this.expect(T.Name);
          key = setLoc({ kind: 'Attribute', value: key, attr: attr.image, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(first, attr));
        }
      } else key = this.literalExpr(true);
      this.expect(T.Colon);
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.is(T.Comma)) break;
      this.next();
    }
    const end = this.expect(T.RBrace);
    return setLoc({ kind: 'MatchMapping', keys, patterns, rest, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(open, end));
  }
}

function isImaginary(t: IToken): boolean {
  return (t.payload as NumberPayload).type === 'imag';
}

function constant(t: IToken, value: ast.ConstantValue): ast.Constant {
  return setLoc({ kind: 'Constant', value, kind_: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
}

function locOf(n: ast.Location): ast.Location {
  return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}
