// The parser: a chevrotain LL(k) grammar for the supported subset of Python 3.11, building the AST in its actions.
//
// Where CPython's PEG grammar needs unbounded lookahead, the rules parse the common prefix
// once and decide afterwards: an expression statement parses `star_expressions` and only
// then sees `=` and turns what it parsed into targets (validated with CPython's messages);
// displays parse their first element and then look for `for`, `:` or `,`. Each rule records
// its first token so a node's location covers everything the rule consumed, parentheses
// included, as CPython's EXTRA does. Semantic code runs inside ACTION, or after a
// RECORDING_PHASE check, so chevrotain's grammar-recording pass skips it. Chains (operators,
// trailers, list items) collect their parts on one shared stack (`chain`) through cached
// closures, so the hot rules allocate nothing but AST nodes. One instance is created and
// reused (`getParser`).

import type { IOrAlt, IToken, TokenType } from 'chevrotain';
import type * as ast from './ast.js';
import * as T from './tokens.js';
import { EmbeddedActionsParser, EOF } from './tokens.js';
import { LazyLookaheadStrategy } from './lazy_lookahead.js';
import {
  annTarget, asTarget, assembleParameters, checkAssignTargets, climb, errorAtNode, errorAtRange, errorAtToken, exprName,
  foldBool, loc, numberConstant, setContext, setLoc, type Operand, type ParamItem,
} from './build_ast.js';
import { buildStrings, isStringLiteralError, type FStringJob } from './fstring.js';
import { PatternParser } from './parse_pattern.js';
import { TpySyntaxError, type Source } from './syntax_error.js';

const AUG_OPS: ReadonlyMap<string, ast.operator> = new Map([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'], ['%=', 'Mod'],
  ['&=', 'BitAnd'], ['|=', 'BitOr'], ['^=', 'BitXor'], ['<<=', 'LShift'], ['>>=', 'RShift'],
  ['**=', 'Pow'], ['//=', 'FloorDiv'],
]);

const COMPARE_OPS: ReadonlyMap<string, ast.cmpop> = new Map([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<', 'Lt'], ['<=', 'LtE'], ['>', 'Gt'], ['>=', 'GtE'],
]);

/** Call arguments, split; `genexpFor` is the `for` of a sole generator-expression argument. */
interface CallArgs {
  args: ast.expr[];
  keywords: ast.keyword[];
  soleGenexp: boolean;
  genexpFor?: IToken;
}

/** What follows the first expression of an expression statement. */
type StmtTail =
  | { type: 'ann'; annotation: ast.expr; value: ast.expr | null }
  | { type: 'aug'; op: IToken; value: ast.expr }
  | { type: 'assign'; parts: ast.expr[] };

/** A trailer of a primary, applied once the whole chain is parsed. */
type Trailer =
  | { type: 'attr'; name: string; end: IToken }
  | { type: 'call'; args: ast.expr[]; keywords: ast.keyword[]; end: IToken }
  | { type: 'sub'; slice: ast.expr; end: IToken };

/** One item between braces: a `key: value` pair, a `**mapping`, or a set element. */
interface BraceItem {
  type: 'pair' | 'unpack' | 'elt';
  key: ast.expr | null;
  value: ast.expr;
  loc: ast.Location;
  colon?: IToken;
  marker?: IToken;
}

/** One call argument before the list is split into args and keywords. */
type CallArg =
  | { type: 'pos'; value: ast.expr; genexp: boolean; forTok?: IToken }
  | { type: 'star'; value: ast.Starred }
  | { type: 'kw'; kw: ast.keyword }
  | { type: 'starstar'; kw: ast.keyword };

/**
 * The token type indexes matching any of `types` as chevrotain's CONSUME does (a category
 * matches its members): 1 in the table at each such index.
 */
function startTable(...types: TokenType[]): Uint8Array {
  const all = [...T.allTokens, EOF];
  const table = new Uint8Array(Math.max(...all.map((t) => t.tokenTypeIdx!)) + 1);
  for (const t of all) {
    const idx = t.tokenTypeIdx!;
    for (const want of types as (TokenType & { isParent?: boolean; categoryMatchesMap?: Record<number, boolean> })[]) {
      if (idx === want.tokenTypeIdx || (want.isParent === true && want.categoryMatchesMap![idx] === true)) table[idx] = 1;
    }
  }
  return table;
}

const STARTS_COMMA = startTable(T.Comma);
const STARTS_IF = startTable(T.If);
const STARTS_BOOL_OP = startTable(T.BoolOpKw);
const STARTS_COMPARE_OP = startTable(T.CompareOp, T.In, T.Not, T.Is);
const STARTS_BINARY_OP = startTable(T.BinaryOp);
const STARTS_UNARY_OP = startTable(T.Plus, T.Minus, T.Tilde);
const STARTS_AWAIT = startTable(T.Await);
const STARTS_TRAILER = startTable(T.Dot, T.LPar, T.LSqb);
const STARTS_POWER = startTable(T.DoubleStar);

function isKind(t: IToken, type: TokenType): boolean {
  return t.tokenType === type;
}

/** An ErrorToken for an error CPython's tokenizer reports itself (not a stray character, an OP to its parser). */
function isTokenizerFailure(t: IToken): boolean {
  return t.tokenType === T.ErrorToken && t.payload !== T.STRAY_OPERATOR;
}

export class PythonParser extends EmbeddedActionsParser {
  /** The source being parsed (for error messages). */
  src!: Source;
  /** f-string replacement fields whose expressions are parsed after the enclosing parse. */
  fstringJobs: FStringJob[] = [];
  /** Expressions written inside parentheses (`(a)`, `(a, b)`): matters for targets and AnnAssign.simple. */
  parenthesized = new Set<ast.expr>();
  // Cached alternatives of hot ORs (chevrotain's advice: no array allocation per call).
  private alts_single_input_OR?: IOrAlt<any>[];
  private alts_statement_OR?: IOrAlt<any>[];
  private alts_simple_stmt_OR?: IOrAlt<any>[];
  private alts_yield_or_star_expressions_OR?: IOrAlt<any>[];
  private alts_compound_stmt_OR?: IOrAlt<any>[];
  private alts_star_first?: IOrAlt<any>[];
  private alts_star_more?: IOrAlt<any>[];
  private alts_star_target_OR?: IOrAlt<any>[];
  private alts_expression_OR?: IOrAlt<any>[];
  private alts_inversion_OR?: IOrAlt<any>[];
  private alts_unary?: IOrAlt<any>[];
  private alts_slice_OR?: IOrAlt<any>[];
  private alts_call_arg_OR?: IOrAlt<any>[];
  private alts_atom_OR?: IOrAlt<any>[];
  private alts_star_named_expression_OR?: IOrAlt<any>[];
  private alts_compare_op?: IOrAlt<any>[];
  private alts_trailer?: IOrAlt<any>[];
  private alts_expr_stmt?: IOrAlt<any>[];
  /**
   * Operators and operands of the chain rules (boolean, comparison, binary, trailers) still being
   * parsed: each rule invocation owns the part above the length it found on entry.
   */
  private chain: unknown[] = [];
  /** The body of the conditional expression whose `if` comes next. */
  private ifBody: ast.expr | null = null;
  /** The disjunction completed last, with its first and last tokens (for "Perhaps you forgot a comma?"). */
  lastDisjunction: { node: ast.expr; start: IToken; end: IToken } | null = null;
  /**
   * The named_expression (without ':=') completed last and its last token: where one is
   * followed by '=', CPython suggests '==' (its invalid_named_expression).
   */
  lastNamedExpression: { node: ast.expr; end: IToken; bareName: boolean } | null = null;
  /** The end of the input (EOF) where a tryExpressionPrefix parse failed (set only; the caller resets it). */
  prefixReachedEnd: IToken | null = null;
  /**
   * The furthest token a tryExpressionPrefix parse failed at before it backtracked: CPython's
   * parser fetched it, which counts when it weighs an unclosed bracket (set only; the caller resets it).
   */
  prefixReadTo: IToken | null = null;

  /**
   * `validate` runs chevrotain's grammar checks (ambiguities, left recursion): the unit tests
   * do; the shared instance skips them, which halves the start-up cost.
   */
  constructor(validate = false) {
    super(T.allTokens, {
      maxLookahead: 3,
      skipValidations: !validate,
      // Validation inspects every lookahead anyway: build them lazily only when it is skipped.
      ...(validate ? {} : { lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 3 }) }),
    });
    this.performSelfAnalysis();
  }

  /** Prepare for a new parse. */
  begin(src: Source, tokens: IToken[]): void {
    this.src = src;
    this.fstringJobs = [];
    this.parenthesized.clear();
    this.lastDisjunction = null;
    this.lastNamedExpression = null;
    this.chain.length = 0;
    this.input = tokens;
  }

  /** The token after the last one consumed: how far the parse read. */
  nextToken(): IToken {
    return this.LA(1);
  }

  /**
   * Whether the next token may start what `table` stands for (always while chevrotain records
   * the grammar). The hot expression rules ask this before a MANY or OPTION: where it says no,
   * that MANY or OPTION's own lookahead says no too and the call would do nothing, so skipping
   * it changes nothing but the time (the rules of one atom made ~10 such calls).
   */
  private next(table: Uint8Array): boolean {
    return this.RECORDING_PHASE || table[this.LA(1).tokenTypeIdx] === 1;
  }

  /**
   * Parse one expression (or star_expressions) from `tokens`, for error refinement: the node,
   * or null if none parses there. Leaves the parser in an unspecified state.
   */
  /** `literalErrors`: a string literal's own error (an escape that does not decode, a bad f-string) propagates. */
  tryExpression(src: Source, tokens: IToken[], star: boolean, rethrow = false, literalErrors = false): ast.expr | null {
    const e = this.tryRule(src, tokens, () => (star ? this.star_expressions() : this.expression()), rethrow, literalErrors);
    // CPython's expression_without_invalid falls back to the disjunction when a conditional
    // has no 'else' (`[a b if c]`: the expression after `a` is `b`).
    return e ?? (star ? null : this.tryRule(src, tokens, () => this.disjunction(), false, literalErrors));
  }

  /**
   * The longest expression at the start of `tokens`, as CPython's PEG parser finds one: where an
   * operator or trailer is not followed by its operand (`3 *]`, `name.()`), CPython backtracks
   * to the expression before it, which chevrotain, having committed to that alternative, does not.
   * So a failed parse is retried on the tokens before the failure, one fewer each time.
   */
  tryExpressionPrefix(src: Source, tokens: IToken[], literalErrors = false): ast.expr | null {
    return this.tryPrefix(tokens, (part) => this.tryExpression(src, part, false, false, literalErrors));
  }

  /** The longest disjunction at the start of `tokens` (see tryExpressionPrefix); `lastDisjunction` is its end. */
  tryDisjunctionPrefix(src: Source, tokens: IToken[]): ast.expr | null {
    return this.tryPrefix(tokens, (part) => this.tryRule(src, part, () => this.disjunction()));
  }

  private tryPrefix(tokens: IToken[], attempt: (part: IToken[]) => ast.expr | null): ast.expr | null {
    const e = attempt(tokens);
    if (e !== null) return e;
    const failure = this.errors.find((err) => err.name !== 'NotAllInputParsedException');
    if (failure === undefined) return null;
    if (failure.token.tokenType === EOF) {
      // CPython's tokenizer, asked for the token at the end of the input inside a bracket,
      // raises "'(' was never closed" there and then.
      this.prefixReachedEnd = failure.token;
      return null;
    }
    if (this.prefixReadTo === null || failure.token.startOffset > this.prefixReadTo.startOffset) this.prefixReadTo = failure.token;
    const at = tokens.indexOf(failure.token);
    for (let k = (at < 0 ? tokens.length : at) - 1; k > 0; k -= 1) {
      const shorter = attempt(tokens.slice(0, k));
      if (shorter !== null) return shorter;
    }
    return null;
  }

  /** `rethrow`: a SyntaxError the rule raises itself (an invalid_ rule's) propagates. */
  private tryRule(src: Source, tokens: IToken[], rule: () => ast.expr, rethrow = false, literalErrors = false): ast.expr | null {
    this.begin(src, tokens);
    try {
      const e = rule();
      const bad = this.errors.some((err) => err.name !== 'NotAllInputParsedException');
      return bad || e === undefined ? null : e;
    } catch (err) {
      if (rethrow && err instanceof TpySyntaxError) throw err;
      if (literalErrors && err instanceof TpySyntaxError && isStringLiteralError(err)) throw err;
      return null;
    }
  }

  // ---------------------------------------------------------------------------
  // Helpers used inside actions

  private fail(t: IToken, msg: string): never {
    throw errorAtToken(this.src, t, msg);
  }

  /** The location of the current rule: from `start` to the last consumed token. */
  private here(start: IToken): ast.Location {
    return loc(start, this.LA(0));
  }

  /**
   * A ':' ending a compound-statement header. CPython says "expected ':'" when the header is
   * followed by the end of the line, or always for `forced` colons (`&&':'` in its grammar).
   */
  private colon(forced: boolean): void {
    this.ACTION(() => {
      const t = this.LA(1);
      if (!isKind(t, T.Colon) && !isKind(t, T.ErrorToken) && (forced || isKind(t, T.NEWLINE))) {
        throw this.src.error('SyntaxError', "expected ':'", t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1);
      }
    });
    this.CONSUME(T.Colon);
  }

  /** The location CPython gives an error at the end of the input: the last line, past its end. */
  private errorAtEnd(kind: 'SyntaxError' | 'IndentationError', msg: string): never {
    const line = this.src.lineCount();
    // CPython's parser reading a file has no line left at its end: column 0, so no caret is
    // shown; reading a string, it points past the last line's text.
    throw this.src.error(kind, msg, line, this.src.fileInput ? 0 : this.src.line(line).length + 1, line, -1);
  }

  /**
   * An error at token `t`, or at the end of the input when `t` is a DEDENT or EOF there. An INDENT
   * or DEDENT has no column in CPython: the error is at the tokenizer, past the indentation, with no end.
   */
  private failAtTokenOrEnd(kind: 'SyntaxError' | 'IndentationError', t: IToken, msg: string): never {
    if (isKind(t, EOF) || t.startOffset >= this.src.text.length) this.errorAtEnd(kind, msg);
    if (isKind(t, T.DEDENT) || isKind(t, T.INDENT)) {
      throw this.src.error(kind, msg, t.startLine!, t.startColumn! - 1, t.startLine!, -1);
    }
    throw this.src.error(kind, msg, t.startLine!, t.startColumn!, t.endLine!, t.endColumn! + 1);
  }

  private tuple(elts: ast.expr[], l: ast.Location): ast.Tuple {
    return setLoc({ kind: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
  }

  // ---------------------------------------------------------------------------
  // Entry points

  // file: statement* ENDMARKER
  file_input = this.RULE('file_input', (): ast.stmt[] => {
    const body: ast.stmt[] = [];
    this.MANY(() => {
      const stmts = this.SUBRULE(this.statement);
      this.ACTION(() => body.push(...stmts));
    });
    return body;
  });

  // eval: expressions NEWLINE* ENDMARKER
  eval_input = this.RULE('eval_input', (): ast.expr => {
    const e = this.SUBRULE(this.star_expressions);
    this.MANY(() => this.CONSUME(T.NEWLINE));
    this.ACTION(() => {
      // CPython's eval grammar has no starred expression: it fails on the '*'.
      if (e.kind === 'Starred') {
        throw this.src.error('SyntaxError', 'invalid syntax', e.lineno, e.col_offset + 1, e.lineno, e.col_offset + 2);
      }
    });
    return e;
  });

  // interactive: compound_stmt NEWLINE? | simple_stmts | NEWLINE
  single_input = this.RULE('single_input', (): ast.stmt[] => {
    return this.OR(this.alts_single_input_OR ??= [
      { ALT: () => { this.CONSUME(T.NEWLINE); return []; } },
      { ALT: () => [this.SUBRULE2(this.match_stmt)] },
      { ALT: () => [this.SUBRULE(this.compound_stmt)] },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  // fstring_replacement_field expression: (yield_expr | star_expressions)
  fstring_expr = this.RULE('fstring_expr', (): ast.expr => {
    return this.OR([
      {
        // CPython parses the field as `(text)`, so `{**a}` meets its invalid_group (see `group`).
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const plainError = (): void => {
            const next = this.LA(1);
            if (isKind(next, EOF) || isKind(next, T.Comma) || isKind(next, T.For) || isKind(next, T.Async)) this.fail(tok, 'invalid syntax');
          };
          this.ACTION(plainError);
          const value = this.SUBRULE(this.expression);
          // Another token after the expression is a plain failure there (the input is not all parsed).
          this.ACTION(() => {
            if (isKind(this.LA(1), EOF)) this.fail(tok, 'cannot use double starred expression here');
            plainError();
          });
          return value;
        },
      },
      { ALT: () => this.SUBRULE(this.yield_or_star_expressions) },
    ]);
  });

  // ---------------------------------------------------------------------------
  // Statements

  // statement: compound_stmt | simple_stmts
  statement = this.RULE('statement', (): ast.stmt[] => {
    return this.OR(this.alts_statement_OR ??= [
      { ALT: () => [this.SUBRULE(this.match_stmt)] },
      { ALT: () => [this.SUBRULE(this.compound_stmt)] },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  // simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  simple_stmts = this.RULE('simple_stmts', (): ast.stmt[] => {
    const stmts = [this.SUBRULE(this.simple_stmt)];
    this.MANY(() => {
      this.CONSUME(T.Semi);
      stmts.push(this.SUBRULE2(this.simple_stmt));
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.NEWLINE);
    return stmts;
  });

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  simple_stmt = this.RULE('simple_stmt', (): ast.stmt => {
    return this.OR(this.alts_simple_stmt_OR ??= [
      { ALT: () => this.SUBRULE(this.expr_stmt) },
      { ALT: () => this.SUBRULE(this.return_stmt) },
      { ALT: () => this.SUBRULE(this.import_name) },
      { ALT: () => this.SUBRULE(this.import_from) },
      { ALT: () => this.SUBRULE(this.raise_stmt) },
      { ALT: () => { const t = this.CONSUME(T.Pass); return setLoc({ kind: 'Pass', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t)); } },
      { ALT: () => this.SUBRULE(this.del_stmt) },
      { ALT: () => this.SUBRULE(this.assert_stmt) },
      { ALT: () => { const t = this.CONSUME(T.Break); return setLoc({ kind: 'Break', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t)); } },
      { ALT: () => { const t = this.CONSUME(T.Continue); return setLoc({ kind: 'Continue', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t)); } },
      { ALT: () => this.SUBRULE(this.global_stmt) },
      { ALT: () => this.SUBRULE(this.nonlocal_stmt) },
    ]);
  });

  // expr_stmt: (yield_expr | star_expressions)
  //     ( ':' expression ['=' (yield_expr | star_expressions)]      -- annotated assignment
  //     | augassign (yield_expr | star_expressions)                -- augmented assignment
  //     | ('=' (yield_expr | star_expressions))+                   -- assignment
  //     | )                                                        -- expression statement
  expr_stmt = this.RULE('expr_stmt', (): ast.stmt => {
    const start = this.LA(1);
    const first = this.SUBRULE(this.yield_or_star_expressions);
    this.ACTION(() => {
      if (isKind(this.LA(1), T.ColonEqual)) this.walrusAtStatement(first);
    });
    const tail: StmtTail | undefined = this.OR(this.alts_expr_stmt ??= [
      {
        ALT: (): StmtTail => {
          this.CONSUME(T.Colon);
          const annotation = this.SUBRULE(this.expression);
          const value = this.OPTION(this.annValue);
          return { type: 'ann', annotation, value: value ?? null };
        },
      },
      {
        ALT: (): StmtTail => {
          const op = this.CONSUME(T.AugAssignOp);
          const value = this.SUBRULE3(this.yield_or_star_expressions);
          return { type: 'aug', op, value };
        },
      },
      {
        ALT: (): StmtTail => {
          const parts: ast.expr[] = [];
          this.AT_LEAST_ONE(() => {
            this.CONSUME2(T.Equal);
            parts.push(this.SUBRULE4(this.yield_or_star_expressions));
          });
          return { type: 'assign', parts };
        },
      },
      { ALT: (): StmtTail | undefined => undefined },
    ]);
    if (this.RECORDING_PHASE) return first as never;
    const l = this.here(start);
    if (tail === undefined) return setLoc({ kind: 'Expr', value: first, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    switch (tail.type) {
      case 'ann': {
        const target = annTarget(this.src, this.parenthesized, first);
        const simple = target.kind === 'Name' && !this.parenthesized.has(target) ? 1 : 0;
        return setLoc({ kind: 'AnnAssign', target, annotation: tail.annotation, value: tail.value, simple, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      }
      case 'aug':
        // A bare yield is no target of 3.11's invalid_augassign rule (it takes star_expressions).
        if ((first.kind === 'Yield' || first.kind === 'YieldFrom') && !this.parenthesized.has(first)) this.fail(tail.op, 'invalid syntax');
        if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
          throw errorAtNode(this.src, first, `'${exprName(first)}' is an illegal expression for augmented assignment`);
        }
        setContext(first, 'Store');
        return setLoc({ kind: 'AugAssign', target: first, op: AUG_OPS.get(tail.op.image)!, value: tail.value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      case 'assign': {
        const parts = [first, ...tail.parts];
        const targets = parts.slice(0, -1);
        checkAssignTargets(this.src, this.parenthesized, parts);
        for (const t of targets) setContext(t, 'Store');
        return setLoc({ kind: 'Assign', targets, value: parts[parts.length - 1]!, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      }
    }
  });

  /**
   * `target := value` as a statement: CPython names the target (the last item of a bare tuple)
   * unless it is a plain name, which gets the generic "invalid syntax" at ':='.
   */
  private walrusAtStatement(first: ast.expr): void {
    const a = first.kind === 'Tuple' && !this.parenthesized.has(first) ? first.elts[first.elts.length - 1] : first;
    if (a === undefined || (a.kind === 'Name' && !this.parenthesized.has(a))) return;
    if (a.kind === 'Starred' || ((a.kind === 'Yield' || a.kind === 'YieldFrom') && !this.parenthesized.has(a))) return;
    throw errorAtNode(this.src, a, `cannot use assignment expressions with ${exprName(a)}`);
  }

  // '=' (yield_expr | star_expressions)      (the value of an annotated assignment)
  private annValue = (): ast.expr => {
    this.CONSUME(T.Equal);
    return this.SUBRULE2(this.yield_or_star_expressions);
  };






  // yield_or_star_expressions: yield_expr | star_expressions
  yield_or_star_expressions = this.RULE('yield_or_star_expressions', (): ast.expr => {
    return this.OR(this.alts_yield_or_star_expressions_OR ??= [
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
  });

  // return_stmt: 'return' [star_expressions]
  return_stmt = this.RULE('return_stmt', (): ast.Return => {
    const start = this.CONSUME(T.Return);
    const value = this.OPTION(() => this.SUBRULE(this.star_expressions));
    return this.ACTION(() => (setLoc({ kind: 'Return', value: value ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // raise_stmt: 'raise' [expression ['from' expression]]
  raise_stmt = this.RULE('raise_stmt', (): ast.Raise => {
    const start = this.CONSUME(T.Raise);
    let exc: ast.expr | null = null;
    let cause: ast.expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION(() => (setLoc({ kind: 'Raise', exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // global_stmt: 'global' NAME (',' NAME)*
  global_stmt = this.RULE('global_stmt', (): ast.Global => {
    const start = this.CONSUME(T.Global);
    const names: string[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => names.push(this.CONSUME(T.Name).image) });
    return this.ACTION(() => (setLoc({ kind: 'Global', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // nonlocal_stmt: 'nonlocal' NAME (',' NAME)*
  nonlocal_stmt = this.RULE('nonlocal_stmt', (): ast.Nonlocal => {
    const start = this.CONSUME(T.Nonlocal);
    const names: string[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => names.push(this.CONSUME(T.Name).image) });
    return this.ACTION(() => (setLoc({ kind: 'Nonlocal', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // del_stmt: 'del' del_targets   (parsed as star_expressions, then validated)
  del_stmt = this.RULE('del_stmt', (): ast.Delete => {
    const start = this.CONSUME(T.Del);
    const e = this.SUBRULE(this.star_expressions);
    return this.ACTION(() => {
      const targets = e.kind === 'Tuple' && !this.parenthesized.has(e) ? e.elts : [e];
      for (const t of targets) asTarget(this.src, t, 'del');
      return setLoc({ kind: 'Delete', targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
    });
  });

  // assert_stmt: 'assert' expression [',' expression]
  assert_stmt = this.RULE('assert_stmt', (): ast.Assert => {
    const start = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    const msg = this.OPTION(() => {
      this.CONSUME(T.Comma);
      return this.SUBRULE2(this.expression);
    });
    return this.ACTION(() => (setLoc({ kind: 'Assert', test, msg: msg ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // import_name: 'import' dotted_as_name (',' dotted_as_name)*
  import_name = this.RULE('import_name', (): ast.Import => {
    const start = this.CONSUME(T.Import);
    const names: ast.alias[] = [];
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => names.push(this.SUBRULE(this.dotted_as_name)) });
    return this.ACTION(() => (setLoc({ kind: 'Import', names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // dotted_as_name: dotted_name ['as' NAME]
  // dotted_name: NAME ('.' NAME)*
  dotted_as_name = this.RULE('dotted_as_name', (): ast.alias => {
    const start = this.LA(1);
    const name = this.SUBRULE(this.dotted_name);
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME(T.Name).image;
    });
    return this.ACTION(() => (setLoc({ kind: 'alias', name, asname: asname ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  dotted_name = this.RULE('dotted_name', (): string => {
    let name = this.CONSUME(T.Name).image;
    this.MANY(() => {
      this.CONSUME(T.Dot);
      name += `.${this.CONSUME2(T.Name).image}`;
    });
    return name;
  });

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //            | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  import_from = this.RULE('import_from', (): ast.ImportFrom => {
    const start = this.CONSUME(T.From);
    let level = 0;
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); level += 1; } },
        { ALT: () => { this.CONSUME(T.Ellipsis); level += 3; } },
      ]);
    });
    const module = this.OPTION(() => this.SUBRULE(this.dotted_name)) ?? null;
    this.ACTION(() => {
      if (module === null && level === 0) this.fail(this.LA(1), 'invalid syntax');
    });
    this.CONSUME(T.Import);
    const names: ast.alias[] = [];
    this.OR3([
      {
        ALT: () => {
          const t = this.CONSUME(T.Star);
          this.ACTION(() => names.push(setLoc({ kind: 'alias', name: '*', asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t))));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LPar);
          names.push(this.SUBRULE(this.import_as_name));
          this.MANY2(() => {
            this.CONSUME(T.Comma);
            names.push(this.SUBRULE2(this.import_as_name));
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RPar);
        },
      },
      {
        ALT: () => {
          names.push(this.SUBRULE3(this.import_as_name));
          this.MANY3({
            GATE: () => !isKind(this.LA(2), T.NEWLINE) && !isKind(this.LA(2), T.Semi),
            DEF: () => {
              this.CONSUME3(T.Comma);
              names.push(this.SUBRULE4(this.import_as_name));
            },
          });
          this.ACTION(() => {
            if (isKind(this.LA(1), T.Comma)) {
              this.fail(this.LA(2), 'trailing comma not allowed without surrounding parentheses');
            }
          });
        },
      },
    ]);
    return this.ACTION(() => (setLoc({ kind: 'ImportFrom', module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // import_from_as_name: NAME ['as' NAME]
  import_as_name = this.RULE('import_as_name', (): ast.alias => {
    const start = this.CONSUME(T.Name);
    const asname = this.OPTION(() => {
      this.CONSUME(T.As);
      return this.CONSUME2(T.Name).image;
    });
    return this.ACTION(() => (setLoc({ kind: 'alias', name: start.image, asname: asname ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // compound_stmt: function_def | if_stmt | class_def | with_stmt | for_stmt | try_stmt | while_stmt
  //              | decorators (function_def | class_def)
  compound_stmt = this.RULE('compound_stmt', (): ast.stmt => {
    return this.OR(this.alts_compound_stmt_OR ??= [
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.funcdef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.classdef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.async_stmt, { ARGS: [[]] }) },
    ]);
  });

  // async_stmt: 'async' (function_def | with_stmt | for_stmt)  -- the same nodes, marked async
  async_stmt = this.RULE('async_stmt', (decorator_list: ast.expr[]): ast.stmt => {
    const start = this.CONSUME(T.Async);
    const node = this.OR([
      { ALT: (): ast.stmt => this.SUBRULE(this.funcdef, { ARGS: [decorator_list] }) },
      { ALT: (): ast.stmt => this.SUBRULE(this.with_stmt) },
      { ALT: (): ast.stmt => this.SUBRULE(this.for_stmt) },
    ]);
    return this.ACTION(() => {
      const n = node as ast.FunctionDef | ast.With | ast.For;
      n.is_async = true;
      n.lineno = start.startLine!;
      n.col_offset = start.startColumn! - 1;
      return n;
    });
  });

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  match_stmt = this.RULE('match_stmt', (): ast.Match => {
    const start = this.CONSUME(T.SoftMatch);
    const first = this.SUBRULE(this.star_named_expression);
    const elts = [first];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      comma = true;
      const more = this.OPTION(() => elts.push(this.SUBRULE2(this.star_named_expression)));
      // Only the last comma may be trailing: `match a, , b:` is no subject.
      this.ACTION(() => {
        if (more === undefined && isKind(this.LA(1), T.Comma)) this.fail(this.LA(1), 'invalid syntax');
      });
    });
    const subject = this.ACTION((): ast.expr => {
      if (!comma) {
        if (first.kind === 'Starred') this.fail(this.LA(0), 'invalid syntax');
        return first;
      }
      const firstTok = { startLine: first.lineno, startColumn: first.col_offset + 1 } as IToken;
      return this.tuple(elts, loc(firstTok, this.LA(0)));
    });
    this.colon(false);
    this.CONSUME(T.NEWLINE);
    this.ACTION(() => {
      const t = this.LA(1);
      if (!isKind(t, T.INDENT) && !isTokenizerFailure(t)) {
        this.failAtTokenOrEnd('IndentationError', t, `expected an indented block after 'match' statement on line ${start.startLine!}`);
      }
    });
    this.CONSUME(T.INDENT);
    const cases: ast.match_case[] = [];
    this.AT_LEAST_ONE(() => cases.push(this.SUBRULE(this.case_block)));
    this.CONSUME(T.DEDENT);
    return this.ACTION(() => (setLoc({ kind: 'Match', subject, cases, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // case_block: "case" patterns [guard] ':' block     guard: 'if' named_expression
  case_block = this.RULE('case_block', (): ast.match_case => {
    const start = this.CONSUME(T.Name);
    const pattern = this.ACTION((): ast.pattern => {
      if (start.image !== 'case') this.fail(start, 'invalid syntax');
      const pp = new PatternParser(this.src, (i) => this.LA(i), this.fstringJobs);
      const p = pp.patterns();
      for (let k = 0; k < pp.pos; k++) this.SKIP_TOKEN();
      return p;
    });
    const guard = this.OPTION(() => {
      this.CONSUME(T.If);
      return this.SUBRULE(this.named_expression);
    }) ?? null;
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ["'case' statement", start.startLine!] });
    return { kind: 'match_case', pattern, guard, body };
  });

  // block: NEWLINE INDENT statement+ DEDENT | simple_stmts
  block = this.RULE('block', (what: string, line: number): ast.stmt[] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.NEWLINE);
          this.ACTION(() => {
            const t = this.LA(1);
            if (!isKind(t, T.INDENT) && !isTokenizerFailure(t)) {
              this.failAtTokenOrEnd('IndentationError', t, `expected an indented block after ${what} on line ${line}`);
            }
          });
          this.CONSUME(T.INDENT);
          const body: ast.stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const stmts = this.SUBRULE(this.statement);
            this.ACTION(() => body.push(...stmts));
          });
          this.CONSUME(T.DEDENT);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  /**
   * The location of a compound statement: to the last token of its last block (a trailing ';'
   * included, as CPython has it), skipping the NEWLINE and DEDENTs that close the block.
   */
  private endOf(start: IToken): ast.Location {
    let i = 0;
    let t = this.LA(0);
    while (t.tokenType === T.NEWLINE || t.tokenType === T.DEDENT || t.tokenType === T.INDENT) {
      i -= 1;
      t = this.LA(i);
    }
    return loc(start, t);
  }

  // if_stmt: 'if' named_expression ':' block elif_else
  if_stmt = this.RULE('if_stmt', (): ast.If => {
    const start = this.CONSUME(T.If);
    const test = this.SUBRULE(this.named_expression);
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ["'if' statement", start.startLine!] });
    const orelse = this.SUBRULE(this.elif_else);
    return this.ACTION(() => (setLoc({ kind: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // elif_else: 'elif' named_expression ':' block elif_else | 'else' ':' block | <empty>
  elif_else = this.RULE('elif_else', (): ast.stmt[] => {
    return this.OR([
      {
        ALT: () => {
          const start = this.CONSUME(T.Elif);
          const test = this.SUBRULE(this.named_expression);
          this.colon(false);
          const body = this.SUBRULE(this.block, { ARGS: ["'elif' statement", start.startLine!] });
          const orelse = this.SUBRULE(this.elif_else);
          return this.ACTION((): ast.stmt[] => [setLoc({ kind: 'If', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))]);
        },
      },
      { ALT: () => this.SUBRULE(this.else_block) },
      { ALT: () => [] },
    ]);
  });

  // else_block: 'else' ':' block
  else_block = this.RULE('else_block', (): ast.stmt[] => {
    const start = this.CONSUME(T.Else);
    this.colon(true);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", start.startLine!] });
  });

  // while_stmt: 'while' named_expression ':' block [else_block]
  while_stmt = this.RULE('while_stmt', (): ast.While => {
    const start = this.CONSUME(T.While);
    const test = this.SUBRULE(this.named_expression);
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", start.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    return this.ACTION(() => (setLoc({ kind: 'While', test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
  for_stmt = this.RULE('for_stmt', (): ast.For => {
    const start = this.CONSUME(T.For);
    const target = this.SUBRULE(this.target_list);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.star_expressions);
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", start.startLine!] });
    const orelse = this.OPTION(() => this.SUBRULE(this.else_block)) ?? [];
    return this.ACTION(() => (setLoc({ kind: 'For', target, iter, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // try_stmt: 'try' ':' block finally_block
  //         | 'try' ':' block except_block+ [else_block] [finally_block]
  try_stmt = this.RULE('try_stmt', (): ast.Try => {
    const start = this.CONSUME(T.Try);
    this.colon(true);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", start.startLine!] });
    const handlers: ast.ExceptHandler[] = [];
    let orelse: ast.stmt[] = [];
    let finalbody: ast.stmt[] = [];
    this.ACTION(() => {
      const t = this.LA(1);
      if (!isKind(t, T.Except) && !isKind(t, T.Finally) && !isTokenizerFailure(t)) {
        this.failAtTokenOrEnd('SyntaxError', t, "expected 'except' or 'finally' block");
      }
    });
    this.OR([
      { ALT: () => { finalbody = this.SUBRULE(this.finally_block); } },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => {
            const h = this.SUBRULE(this.except_block);
            this.ACTION(() => this.checkExceptKinds(handlers, h));
            handlers.push(h);
          });
          this.OPTION(() => { orelse = this.SUBRULE(this.else_block); });
          this.OPTION2(() => { finalbody = this.SUBRULE2(this.finally_block); });
        },
      },
    ]);
    return this.ACTION(() => {
      const kind = handlers.length > 0 && handlers[0].star ? 'TryStar' : 'Try';
      return setLoc({ kind, body, handlers, orelse, finalbody, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start));
    });
  });

  /** One `try` takes `except` clauses or `except*` clauses, never both. */
  private checkExceptKinds(before: ast.ExceptHandler[], h: ast.ExceptHandler): void {
    if (before.length === 0 || before[0].star === h.star) return;
    // At an `except*` the range covers the star; at a plain `except` the keyword only.
    const end = h.star ? h.starEnd! : h.col_offset + 'except'.length;
    throw this.src.error('SyntaxError', "cannot have both 'except' and 'except*' on the same 'try'",
      h.lineno, h.col_offset + 1, h.lineno, end + 1);
  }

  // except_block: 'except' [expression ['as' NAME]] ':' block
  //             | 'except' '*' expression ['as' NAME] ':' block
  except_block = this.RULE('except_block', (): ast.ExceptHandler => {
    const start = this.CONSUME(T.Except);
    let type: ast.expr | null = null;
    let name: string | null = null;
    const star = this.OPTION3(() => this.CONSUME(T.Star)) ?? null;
    this.ACTION(() => {
      if (star !== null && (isKind(this.LA(1), T.Colon) || isKind(this.LA(1), T.NEWLINE))) {
        this.fail(this.LA(1), 'expected one or more exception types');
      }
    });
    this.OPTION(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name).image;
      });
    });
    this.ACTION(() => {
      if (isKind(this.LA(1), T.Comma) && type !== null && name === null) {
        let i = 1;
        while (!isKind(this.LA(i + 1), T.Colon) && !isKind(this.LA(i + 1), T.NEWLINE) && !isKind(this.LA(i + 1), EOF)) i += 1;
        const last = this.LA(i);
        throw this.src.error('SyntaxError', 'multiple exception types must be parenthesized',
          type.lineno, type.col_offset + 1, last.endLine!, last.endColumn! + 1);
      }
    });
    this.colon(false);
    const what = star !== null ? "'except*' statement" : "'except' statement";
    const body = this.SUBRULE(this.block, { ARGS: [what, start.startLine!] });
    return this.ACTION(() => ({
      kind: 'ExceptHandler', type, name, body, ...this.endOf(start),
      ...(star !== null ? { star: true, starEnd: star.endColumn! } : {}),
    }));
  });

  // finally_block: 'finally' ':' block
  finally_block = this.RULE('finally_block', (): ast.stmt[] => {
    const start = this.CONSUME(T.Finally);
    this.colon(true);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", start.startLine!] });
  });

  // with_stmt: 'with' '(' with_item (',' with_item)* [','] ')' ':' block
  //          | 'with' with_item (',' with_item)* ':' block
  with_stmt = this.RULE('with_stmt', (): ast.With => {
    const start = this.CONSUME(T.With);
    const items: ast.withitem[] = [];
    this.OR([
      {
        GATE: () => this.parenthesizedWithItems(),
        IGNORE_AMBIGUITIES: true,
        ALT: () => {
          this.CONSUME(T.LPar);
          items.push(this.SUBRULE(this.with_item));
          this.MANY(() => {
            this.CONSUME(T.Comma);
            items.push(this.SUBRULE2(this.with_item));
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RPar);
        },
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => items.push(this.SUBRULE3(this.with_item)) });
        },
      },
    ]);
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", start.startLine!] });
    return this.ACTION(() => (setLoc({ kind: 'With', items, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  /**
   * Is the `(` after `with` the parenthesized-items form? As CPython tries that form first:
   * yes when the matching `)` is followed by `:` (or the line's end) and the parentheses hold a
   * top-level `,` or `as`.
   */
  private parenthesizedWithItems(): boolean {
    if (!isKind(this.LA(1), T.LPar)) return false;
    let depth = 0;
    let sawComma = false;
    let sawAs = false;
    for (let i = 1; ; i += 1) {
      const t = this.LA(i);
      const type = t.tokenType;
      if (type === EOF || type === T.NEWLINE || type === T.ErrorToken) return false;
      if (type === T.LPar || type === T.LSqb || type === T.LBrace) depth += 1;
      else if (type === T.RPar || type === T.RSqb || type === T.RBrace) {
        depth -= 1;
        if (depth > 0) continue;
        // A line end after the `)` is the form too: CPython says "expected ':'" there. With an
        // `as` inside, no other form can parse, so an error is reported after the `)`, as CPython does.
        return sawAs || (sawComma && (isKind(this.LA(i + 1), T.Colon) || isKind(this.LA(i + 1), T.NEWLINE)));
      } else if (depth === 1 && type === T.Comma) sawComma = true;
      else if (depth === 1 && type === T.As) sawAs = true;
    }
  }

  // with_item: expression ['as' star_target]
  with_item = this.RULE('with_item', (): ast.withitem => {
    const context_expr = this.SUBRULE(this.expression);
    const optional_vars = this.OPTION(() => {
      this.CONSUME(T.As);
      const t = this.SUBRULE(this.star_target);
      return this.ACTION(() => asTarget(this.src, t, 'star'));
    });
    return { kind: 'withitem', context_expr, optional_vars: optional_vars ?? null };
  });

  // decorators: ('@' named_expression NEWLINE)+
  decorated = this.RULE('decorated', (): ast.stmt => {
    const decorators: ast.expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(T.NEWLINE);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcdef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.classdef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.async_stmt, { ARGS: [decorators] }) },
    ]);
  });

  // function_def: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
  funcdef = this.RULE('funcdef', (decorator_list: ast.expr[]): ast.FunctionDef => {
    const start = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    this.ACTION(() => {
      if (!isKind(this.LA(1), T.LPar)) this.fail(this.LA(1), "expected '('");
    });
    this.CONSUME(T.LPar);
    const args = this.SUBRULE(this.parameters, { ARGS: [true] });
    this.CONSUME(T.RPar);
    const returns = this.OPTION({
      // CPython's ['->' expression] is not taken when no expression follows, and its `&&':'`
      // then blames the '->': `def f() -> :` is "expected ':'" there.
      GATE: () => !isKind(this.LA(2), T.Colon) && !isKind(this.LA(2), T.NEWLINE) && !isKind(this.LA(2), EOF),
      DEF: () => {
        this.CONSUME(T.Arrow);
        return this.SUBRULE(this.expression);
      },
    });
    this.colon(true);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', start.startLine!] });
    return this.ACTION(() => (setLoc({
      kind: 'FunctionDef', name: name.image, args, body, decorator_list, returns: returns ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  classdef = this.RULE('classdef', (decorator_list: ast.expr[]): ast.ClassDef => {
    const start = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    let bases: ast.expr[] = [];
    let keywords: ast.keyword[] = [];
    this.OPTION(() => {
      this.CONSUME(T.LPar);
      const call = this.SUBRULE(this.call_arguments);
      this.CONSUME(T.RPar);
      this.ACTION(() => {
        // A class's arguments are not a call's: a bare generator expression is not allowed.
        if (call.soleGenexp) this.fail(call.genexpFor!, 'invalid syntax');
        bases = call.args;
        keywords = call.keywords;
      });
    });
    this.colon(false);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', start.startLine!] });
    return this.ACTION(() => (setLoc({
      kind: 'ClassDef', name: name.image, bases, keywords, body, decorator_list, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.endOf(start))));
  });

  // parameters: param_item (',' param_item)* [',']   (order and defaults checked afterwards)
  // param_item: '/' | '*' [NAME [annotation]] | '**' NAME [annotation] | NAME [annotation] ['=' expression]
  // annotation: ':' expression          (not in lambda parameters)
  parameters = this.RULE('parameters', (annotated: boolean): ast.arguments => {
    const items: ParamItem[] = [];
    this.OPTION(() => {
      items.push(this.SUBRULE(this.param_item, { ARGS: [annotated, items] }));
      this.MANY(() => {
        this.CONSUME(T.Comma);
        items.push(this.SUBRULE2(this.param_item, { ARGS: [annotated, items] }));
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    return this.ACTION(() => assembleParameters(this.src, items));
  });

  param_item = this.RULE('param_item', (annotated: boolean, before: readonly ParamItem[]): ParamItem => {
    return this.OR([
      {
        // CPython's invalid_parameters / invalid_lambda_parameters: Python 2's tuple parameter.
        GATE: () => this.parenthesizedParams(before, annotated) !== null,
        ALT: () => {
          const open = this.CONSUME(T.LPar);
          return this.ACTION(() => {
            const close = this.parenthesizedParams(before, annotated, 0)!;
            const what = annotated ? 'Function parameters' : 'Lambda expression parameters';
            throw this.src.error('SyntaxError', `${what} cannot be parenthesized`,
              open.startLine!, open.startColumn!, close.endLine!, close.endColumn! + 1);
          });
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Slash);
          // CPython's invalid_parameters_helper: `/*` with no comma between.
          this.ACTION(() => {
            // CPython tries invalid_parameters before the parameters themselves, so a leading
            // `/,` is reported before any later error in the list (`def f(/, a=): ...`).
            if (before.length === 0 && isKind(this.LA(1), T.Comma)) this.fail(tok, 'at least one argument must precede /');
            if (isKind(this.LA(1), T.Star)) this.fail(this.LA(1), 'expected comma between / and *');
          });
          return { type: 'slash', tok };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Star);
          const arg = this.OPTION(() => this.SUBRULE(this.param_name, { ARGS: [annotated, true] }));
          this.ACTION(() => {
            if (arg !== undefined && isKind(this.LA(1), T.Equal)) this.fail(this.LA(1), 'var-positional argument cannot have default value');
            // A bare `*` followed by anything but a comma or the end of the parameters (`*None`, `*1`).
            const next = this.LA(1);
            if (arg === undefined && !isKind(next, T.Comma) && !isKind(next, annotated ? T.RPar : T.Colon)) this.fail(next, 'invalid syntax');
          });
          // "named arguments must follow bare *" blames the `*` in a def, but in a lambda the last
          // token CPython read: the one after the `*`, or after its comma.
          const after = this.LA(1);
          const bareAt = annotated ? tok : isKind(after, T.Comma) ? this.LA(2) : after;
          return { type: 'star', tok, bareAt, commaAfter: isKind(after, T.Comma), arg: arg ?? null };
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const arg = this.SUBRULE2(this.param_name, { ARGS: [annotated] });
          this.ACTION(() => {
            if (isKind(this.LA(1), T.Equal)) this.fail(this.LA(1), 'var-keyword argument cannot have default value');
          });
          return { type: 'starstar', tok, arg };
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.param_name, { ARGS: [annotated] });
          const def = this.OPTION2(() => {
            const eq = this.CONSUME(T.Equal);
            this.ACTION(() => {
              // CPython's invalid_default: '=' with ')' or ',' right after it.
              if (isKind(this.LA(1), T.RPar) || isKind(this.LA(1), T.Comma)) this.fail(eq, 'expected default value expression');
            });
            return this.SUBRULE(this.expression);
          });
          return { type: 'param', arg, default: def ?? null };
        },
      },
    ]);
  });

  /**
   * The ')' closing a parenthesized group of plain parameters that starts at LA(1 + from)
   * (`def f(a, (b, c: int))`, `lambda (x): x`), when only plain parameters without defaults
   * come before it (`before`), as CPython's rule requires; otherwise null.
   */
  private parenthesizedParams(before: readonly ParamItem[] | undefined, annotated: boolean, from = 1): IToken | null {
    if (!isKind(this.LA(from), T.LPar)) return null;
    if (before === undefined || before.some((p) => p.type !== 'param' || p.default !== null)) return null;
    let k = from + 1;
    for (;;) {
      if (!isKind(this.LA(k), T.Name)) return null;
      k += 1;
      if (annotated && isKind(this.LA(k), T.Colon)) {
        // The annotation runs to the ',' or ')' outside any bracket of its own.
        k += 1;
        const first = k;
        for (let depth = 0; ; k += 1) {
          const t = this.LA(k);
          if (isKind(t, EOF) || isKind(t, T.NEWLINE) || isKind(t, T.ErrorToken)) return null;
          if (isKind(t, T.LPar) || isKind(t, T.LSqb) || isKind(t, T.LBrace)) depth += 1;
          else if (isKind(t, T.RPar) || isKind(t, T.RSqb) || isKind(t, T.RBrace)) {
            if (depth === 0) break;
            depth -= 1;
          } else if (depth === 0 && isKind(t, T.Comma)) break;
        }
        if (k === first) return null;
      }
      if (isKind(this.LA(k), T.RPar)) return this.LA(k);
      if (!isKind(this.LA(k), T.Comma)) return null;
      k += 1;
      if (isKind(this.LA(k), T.RPar)) return this.LA(k);
    }
  }

  // param_name: NAME [':' expression]
  //   -- `*args` alone may be annotated with a star expression (PEP 646: `*args: *Ts`)
  param_name = this.RULE('param_name', (annotated: boolean, starAnnotation = false): ast.arg => {
    const name = this.CONSUME(T.Name);
    const annotation = this.OPTION({
      GATE: () => annotated,
      DEF: () => {
        this.CONSUME(T.Colon);
        return this.OR([
          { GATE: () => starAnnotation, ALT: () => this.SUBRULE(this.starred) },
          { ALT: () => this.SUBRULE(this.expression) },
        ]);
      },
    });
    return this.ACTION(() => (setLoc({ kind: 'arg', arg: name.image, annotation: annotation ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(name))));
  });


  // ---------------------------------------------------------------------------
  // Expressions

  // star_expressions: star_expression (',' star_expression)* [',']
  // star_expression: '*' bitwise_or | expression      (inlined below)
  star_expressions = this.RULE('star_expressions', (): ast.expr => {
    const start = this.LA(1);
    // star_expression, inlined: one rule invocation fewer for every statement-level expression.
    const first = this.OR(this.alts_star_first ??= [
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
    const base = this.chain.length;
    if (this.next(STARTS_COMMA)) this.MANY(this.starExpressionLoop);
    const trailing = this.next(STARTS_COMMA) ? this.OPTION(this.comma) : undefined;
    if (this.RECORDING_PHASE || (this.chain.length === base && trailing === undefined)) return first;
    const elts = [first, ...(this.chain.splice(base) as ast.expr[])];
    return this.tuple(elts, this.here(start));
  });

  // ',' star_expression      -- pushes the expression onto `chain`
  private starExpressionLoop = (): void => {
    this.CONSUME(T.Comma);
    const e = this.OR2(this.alts_star_more ??= [
      { ALT: () => this.SUBRULE2(this.starred) },
      { ALT: () => this.SUBRULE2(this.expression) },
    ]);
    if (!this.RECORDING_PHASE) this.chain.push(e);
  };

  // ','
  private comma = (): IToken => this.CONSUME2(T.Comma);

  // starred: '*' bitwise_or
  starred = this.RULE('starred', (): ast.Starred => {
    const start = this.CONSUME(T.Star);
    const value = this.SUBRULE(this.bitwise_or);
    return this.ACTION(() => (setLoc({ kind: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // target_list: star_target (',' star_target)* [',']     (for-loop and comprehension targets)
  target_list = this.RULE('target_list', (): ast.expr => {
    const start = this.LA(1);
    const elts = [this.SUBRULE(this.star_target)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE2(this.star_target));
      comma = true;
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => {
      const target = comma ? this.tuple(elts, this.here(start)) : elts[0]!;
      // Without its 'in' the clause fails there, and CPython reads the target part as an
      // expression instead (invalid_for_target, in parse.ts) before blaming the target.
      if (!isKind(this.LA(1), T.In)) return target;
      return asTarget(this.src, target, 'for');
    });
  });

  // star_target: '*' bitwise_or | bitwise_or
  star_target = this.RULE('star_target', (): ast.expr => {
    return this.OR(this.alts_star_target_OR ??= [
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.bitwise_or) },
    ]);
  });

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yield_expr = this.RULE('yield_expr', (): ast.expr => {
    const start = this.CONSUME(T.Yield);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.From);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): ast.expr => (setLoc({ kind: 'YieldFrom', value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
        },
      },
      {
        ALT: () => {
          const value = this.OPTION(() => this.SUBRULE(this.star_expressions));
          return this.ACTION((): ast.expr => (setLoc({ kind: 'Yield', value: value ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
        },
      },
    ]);
  });

  // expression: disjunction ['if' disjunction 'else' expression] | lambdef
  expression = this.RULE('expression', (): ast.expr => {
    return this.OR(this.alts_expression_OR ??= [
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const start = this.LA(1);
          const body = this.SUBRULE(this.disjunction);
          this.ifBody = body;
          const cond = this.next(STARTS_IF) ? this.OPTION(this.conditionalTail) : undefined;
          if (this.RECORDING_PHASE || cond === undefined) return body;
          return setLoc({ kind: 'IfExp', test: cond.test, body, orelse: cond.orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
        },
      },
    ]);
  });

  // conditional_tail: 'if' disjunction 'else' expression      (after the body of an IfExp)
  private conditionalTail = (): { test: ast.expr; orelse: ast.expr } => {
    const body = this.ifBody;
    this.CONSUME(T.If);
    const test = this.SUBRULE2(this.disjunction);
    this.ACTION(() => {
      // 3.11's invalid_expression: not when a ':' follows (`for x in a if b:`), a plain syntax error there.
      if (!isKind(this.LA(1), T.Else) && !isKind(this.LA(1), T.Colon)) {
        throw errorAtRange(this.src, body!, test, "expected 'else' after 'if' expression");
      }
    });
    this.CONSUME(T.Else);
    const orelse = this.SUBRULE(this.expression);
    return { test, orelse };
  };

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef = this.RULE('lambdef', (): ast.Lambda => {
    const start = this.CONSUME(T.Lambda);
    const args = this.SUBRULE(this.parameters, { ARGS: [false] });
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION(() => (setLoc({ kind: 'Lambda', args, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // disjunction: conjunction ('or' conjunction)*
  // conjunction: inversion ('and' inversion)*
  //   -- one rule: the chain of inversions and 'and'/'or' is folded by precedence afterwards
  disjunction = this.RULE('disjunction', (): ast.expr => {
    const start = this.LA(1);
    const first = this.SUBRULE(this.inversion);
    const firstEnd = this.LA(0);
    const base = this.chain.length;
    if (this.next(STARTS_BOOL_OP)) this.MANY(this.boolLoop);
    if (this.RECORDING_PHASE) return first;
    const node = this.chain.length === base ? first : foldBool(this.chain.splice(base) as (IToken | Operand)[], { node: first, start, end: firstEnd });
    this.lastDisjunction = { node, start, end: this.LA(0) };
    return node;
  });

  // ('and' | 'or') inversion      -- pushes (operator, operand) onto `chain`
  private boolLoop = (): void => {
    const op = this.CONSUME(T.BoolOpKw);
    const start = this.LA(1);
    const node = this.SUBRULE2(this.inversion);
    if (!this.RECORDING_PHASE) this.chain.push(op, { node, start, end: this.LA(0) });
  };


  // inversion: 'not' inversion | comparison
  inversion = this.RULE('inversion', (): ast.expr => {
    return this.OR(this.alts_inversion_OR ??= [
      {
        ALT: () => {
          const start = this.CONSUME(T.Not);
          const operand = this.SUBRULE(this.inversion);
          if (this.RECORDING_PHASE) return operand;
          return setLoc({ kind: 'UnaryOp', op: 'Not', operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  // comparison: bitwise_or (compare_op bitwise_or)*
  // compare_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' | 'is' 'not'
  comparison = this.RULE('comparison', (): ast.expr => {
    const start = this.LA(1);
    const left = this.SUBRULE(this.bitwise_or);
    const base = this.chain.length;
    if (this.next(STARTS_COMPARE_OP)) this.MANY(this.compareLoop);
    if (this.RECORDING_PHASE || this.chain.length === base) return left;
    const items = this.chain.splice(base) as (ast.cmpop | ast.expr)[];
    const ops: ast.cmpop[] = [];
    const comparators: ast.expr[] = [];
    for (let i = 0; i < items.length; i += 2) {
      ops.push(items[i] as ast.cmpop);
      comparators.push(items[i + 1] as ast.expr);
    }
    return setLoc({ kind: 'Compare', left, ops, comparators, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
  });

  // compare_op bitwise_or      -- pushes (operator, operand) onto `chain`
  private compareLoop: { GATE: () => boolean; DEF: () => void } = {
    // `not` continues a comparison only as `not in` (chevrotain looks no further than this rule).
    GATE: () => !isKind(this.LA(1), T.Not) || isKind(this.LA(2), T.In),
    DEF: () => {
      const op = this.OR(this.alts_compare_op ??= [
        { ALT: () => COMPARE_OPS.get(this.CONSUME(T.CompareOp).image)! },
        { ALT: () => { this.CONSUME(T.In); return 'In' as const; } },
        { ALT: () => { this.CONSUME(T.Not); this.CONSUME2(T.In); return 'NotIn' as const; } },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            return this.OPTION(() => this.CONSUME2(T.Not)) === undefined ? ('Is' as const) : ('IsNot' as const);
          },
        },
      ]);
      const comparator = this.SUBRULE2(this.bitwise_or);
      if (!this.RECORDING_PHASE) this.chain.push(op, comparator);
    },
  };

  // bitwise_or: factor (binary_op factor)*      -- by precedence climbing:
  //   '|' < '^' < '&' < ('<<' | '>>') < ('+' | '-') < ('*' | '@' | '/' | '%' | '//'), all left-associative
  bitwise_or = this.RULE('bitwise_or', (): ast.expr => {
    const start = this.LA(1);
    const first = this.SUBRULE(this.factor);
    const firstEnd = this.LA(0);
    const base = this.chain.length;
    if (this.next(STARTS_BINARY_OP)) this.MANY(this.binaryLoop);
    if (this.RECORDING_PHASE || this.chain.length === base) return first;
    const items = this.chain.splice(base) as (IToken | Operand)[];
    const operands: Operand[] = [{ node: first, start, end: firstEnd }];
    const ops: IToken[] = [];
    for (let i = 0; i < items.length; i += 2) {
      ops.push(items[i] as IToken);
      operands.push(items[i + 1] as Operand);
    }
    return climb(operands, ops);
  });

  // binary_op factor      -- pushes (operator, operand) onto `chain`
  private binaryLoop = (): void => {
    const op = this.CONSUME(T.BinaryOp);
    const start = this.LA(1);
    const node = this.SUBRULE2(this.factor);
    if (!this.RECORDING_PHASE) this.chain.push(op, { node, start, end: this.LA(0) });
  };


  // factor: ('+' | '-' | '~') factor | power
  // power: primary ['**' factor]
  // primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
  //   -- one rule: prefix operators and trailers are pushed onto `chain` and applied afterwards
  factor = this.RULE('factor', (): ast.expr => {
    const base = this.chain.length;
    if (this.next(STARTS_UNARY_OP)) this.MANY(this.unaryLoop);
    const awaitTok = this.next(STARTS_AWAIT) ? this.OPTION2(this.awaitKeyword) : undefined;
    const start = this.LA(1);
    let node = this.SUBRULE(this.atom);
    const trailersBase = this.chain.length;
    if (this.next(STARTS_TRAILER)) this.MANY2(this.trailerLoop);
    const exp = this.next(STARTS_POWER) ? this.OPTION(this.powerTail) : undefined;
    if (this.RECORDING_PHASE) return node;
    if (this.chain.length > trailersBase) {
      const items = this.chain.splice(trailersBase) as Trailer[];
      for (const t of items) {
        const l = loc(start, t.end);
        if (t.type === 'attr') node = setLoc({ kind: 'Attribute', value: node, attr: t.name, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
        else if (t.type === 'sub') node = setLoc({ kind: 'Subscript', value: node, slice: t.slice, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
        else node = setLoc({ kind: 'Call', func: node, args: t.args, keywords: t.keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      }
    }
    // await_primary: 'await' primary -- binds tighter than '**' on its right, as CPython's grammar.
    if (awaitTok !== undefined) {
      node = {
        kind: 'Await', value: node, lineno: awaitTok.startLine!, col_offset: awaitTok.startColumn! - 1,
        end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
      };
    }
    if (exp !== undefined) node = setLoc({ kind: 'BinOp', left: node, op: 'Pow', right: exp, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(awaitTok ?? start));
    if (this.chain.length > base) {
      const prefixes = this.chain.splice(base) as IToken[];
      const end = this.LA(0);
      for (let i = prefixes.length - 1; i >= 0; i -= 1) {
        const t = prefixes[i]!;
        const op: ast.unaryop = t.image === '+' ? 'UAdd' : t.image === '-' ? 'USub' : 'Invert';
        node = setLoc({ kind: 'UnaryOp', op, operand: node, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, end));
      }
    }
    return node;
  });

  // 'await'
  private awaitKeyword = (): IToken => this.CONSUME(T.Await);

  // ('+' | '-' | '~')      -- pushes the operator onto `chain`
  private unaryLoop = (): void => {
    const t = this.OR3(this.alts_unary ??= [
      { ALT: () => this.CONSUME(T.Plus) },
      { ALT: () => this.CONSUME(T.Minus) },
      { ALT: () => this.CONSUME(T.Tilde) },
    ]);
    if (!this.RECORDING_PHASE) this.chain.push(t);
  };

  // '**' factor
  private powerTail = (): ast.expr => {
    this.CONSUME(T.DoubleStar);
    return this.SUBRULE(this.factor);
  };

  // trailer: '.' NAME | '(' [arguments] ')' | '[' slices ']'      -- pushes a Trailer onto `chain`
  private trailerLoop = (): void => {
    this.OR(this.alts_trailer ??= [
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          const name = this.CONSUME(T.Name);
          if (!this.RECORDING_PHASE) this.chain.push({ type: 'attr', name: name.image, end: name });
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LPar);
          const call = this.SUBRULE(this.call_arguments);
          const close = this.CONSUME(T.RPar);
          if (this.RECORDING_PHASE) return;
          const g = call.args[0];
          if (g !== undefined && g.kind === 'GeneratorExp' && call.soleGenexp) Object.assign(g, loc(open, close));
          this.chain.push({ type: 'call', args: call.args, keywords: call.keywords, end: close });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LSqb);
          const slice = this.SUBRULE(this.slices);
          const close = this.CONSUME(T.RSqb);
          if (!this.RECORDING_PHASE) this.chain.push({ type: 'sub', slice, end: close });
        },
      },
    ]);
  };

  // slices: slice (',' slice)* [',']
  slices = this.RULE('slices', (): ast.expr => {
    const start = this.LA(1);
    const elts = [this.SUBRULE(this.slice)];
    let comma = false;
    this.MANY(() => {
      this.CONSUME(T.Comma);
      elts.push(this.SUBRULE2(this.slice));
      comma = true;
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    // A lone starred subscript (`a[*b]`) is a one-element tuple, as in CPython 3.11.
    return this.ACTION(() => (comma || elts[0]!.kind === 'Starred' ? this.tuple(elts, this.here(start)) : elts[0]!));
  });

  // slice: [expression] ':' [expression] [':' [expression]] | starred_expression | named_expression
  slice = this.RULE('slice', (): ast.expr => {
    // The alternatives are cached, so each reads its own first token.
    return this.OR(this.alts_slice_OR ??= [
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.slice_tail, { ARGS: [this.LA(1), null] }) },
      {
        ALT: () => {
          const start = this.LA(1);
          const lower = this.SUBRULE(this.expression);
          const tail = this.OPTION(() => this.OR2([
            { ALT: () => this.SUBRULE2(this.slice_tail, { ARGS: [start, lower] }) },
            { ALT: () => this.SUBRULE(this.walrus_tail, { ARGS: [lower] }) },
          ]));
          if (tail !== undefined) return tail;
          this.noteNamedExpression(lower);
          return lower;
        },
      },
    ]);
  });

  // slice_tail: ':' [expression] [':' [expression]]     (after the optional lower bound)
  slice_tail = this.RULE('slice_tail', (start: IToken, lower: ast.expr | null): ast.expr => {
    this.CONSUME(T.Colon);
    const upper = this.OPTION(() => this.SUBRULE(this.expression));
    const step = this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      return this.OPTION3(() => this.SUBRULE2(this.expression));
    });
    return this.ACTION((): ast.expr => (setLoc({
      kind: 'Slice', lower, upper: upper ?? null, step: step ?? null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start))));
  });

  // arguments: arg (',' arg)* [',']
  // arg: '*' expression | '**' expression | NAME '=' expression | expression [for_if_clauses]
  call_arguments = this.RULE('call_arguments', (): CallArgs => {
    const base = this.chain.length;
    const trailingComma = this.OPTION(this.callArgList);
    if (this.RECORDING_PHASE) return undefined as never;
    return this.assembleCall(this.chain.splice(base) as CallArg[], trailingComma === true);
  });

  // arg (',' arg)* [',']      -- pushes each CallArg onto `chain`; true if a comma ends the list
  private callArgList = (): boolean => {
    const first = this.SUBRULE(this.call_arg);
    if (!this.RECORDING_PHASE) this.chain.push(first);
    this.MANY(this.callArgLoop);
    return this.OPTION2(this.comma) !== undefined;
  };

  private callArgLoop = (): void => {
    this.CONSUME(T.Comma);
    const a = this.SUBRULE2(this.call_arg);
    if (!this.RECORDING_PHASE) this.chain.push(a);
  };

  call_arg = this.RULE('call_arg', (): CallArg => {
    // The alternatives are cached, so each reads its own first token.
    return this.OR(this.alts_call_arg_OR ??= [
      {
        ALT: () => {
          const start = this.CONSUME(T.Star);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): CallArg => {
            const starred: ast.Starred = setLoc({ kind: 'Starred', value, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
            if (isKind(this.LA(1), T.For)) throw errorAtNode(this.src, starred, 'iterable unpacking cannot be used in comprehension');
            return { type: 'star', value: starred };
          });
        },
      },
      {
        ALT: () => {
          const start = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE2(this.expression);
          return this.ACTION((): CallArg => ({ type: 'starstar', kw: setLoc({ kind: 'keyword', arg: null, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start)) }));
        },
      },
      {
        ALT: () => {
          const name = this.CONSUME(T.Name);
          const eq = this.CONSUME(T.Equal);
          const value = this.SUBRULE3(this.expression);
          return this.ACTION((): CallArg => {
            if (isKind(this.LA(1), T.For)) {
              throw this.src.error('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                name.startLine!, name.startColumn!, eq.endLine!, eq.endColumn! + 1);
            }
            return { type: 'kw', kw: setLoc({ kind: 'keyword', arg: name.image, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(name)) };
          });
        },
      },
      {
        ALT: () => {
          const start = this.LA(1);
          const target = this.SUBRULE4(this.expression);
          const value = this.OPTION2(() => this.SUBRULE(this.walrus_tail, { ARGS: [target, true] })) ?? target;
          const forTok = this.LA(1);
          const gens = this.OPTION(() => this.SUBRULE(this.for_if_clauses));
          return this.ACTION((): CallArg => {
            if (isKind(this.LA(1), T.Equal)) {
              const eq = this.LA(1);
              // 3.11's invalid_kwarg: a bare True, False or None before the '='.
              if ((isKind(start, T.True) || isKind(start, T.False) || isKind(start, T.None)) && this.LA(0) === start) {
                throw this.src.error('SyntaxError', `cannot assign to ${start.image}`,
                  start.startLine!, start.startColumn!, eq.endLine!, eq.endColumn! + 1);
              }
              throw this.src.error('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?',
                value.lineno, value.col_offset + 1, eq.endLine!, eq.endColumn! + 1);
            }
            if (gens === undefined) return { type: 'pos', value, genexp: false };
            const g: ast.expr = setLoc({ kind: 'GeneratorExp', elt: value, generators: gens, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
            return { type: 'pos', value: g, genexp: true, forTok };
          });
        },
      },
    ]);
  });

  /** Split call arguments into args and keywords, with CPython's ordering errors. */
  private assembleCall(items: CallArg[], trailingComma: boolean): CallArgs {
    const args: ast.expr[] = [];
    const keywords: ast.keyword[] = [];
    let sawKeyword = false;
    let sawKwUnpack = false;
    // Arguments running into the end of the input: CPython's first pass reads to the end and
    // reports the unclosed bracket before its second pass checks a positional argument (`f(a=1, 2`).
    const unclosed = isKind(this.LA(1), EOF);
    for (const item of items) {
      switch (item.type) {
        case 'pos':
          if (unclosed) {
            args.push(item.value);
            break;
          }
          if (item.genexp && (items.length > 1 || trailingComma)) {
            throw errorAtNode(this.src, item.value, 'Generator expression must be parenthesized');
          }
          // CPython reports these at the token after the arguments.
          if (sawKwUnpack) this.fail(this.LA(1), 'positional argument follows keyword argument unpacking');
          if (sawKeyword) this.fail(this.LA(1), 'positional argument follows keyword argument');
          args.push(item.value);
          break;
        case 'star':
          if (sawKwUnpack) {
            const v = item.value;
            throw this.src.error('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking',
              v.lineno, v.col_offset + 1, v.lineno, v.col_offset + 2);
          }
          args.push(item.value);
          break;
        case 'kw':
          sawKeyword = true;
          keywords.push(item.kw);
          break;
        case 'starstar':
          sawKwUnpack = true;
          keywords.push(item.kw);
          break;
      }
    }
    const only = items[0];
    const soleGenexp = items.length === 1 && only!.type === 'pos' && only!.genexp;
    return { args, keywords, soleGenexp, genexpFor: only?.type === 'pos' ? only.forTok : undefined };
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  for_if_clauses = this.RULE('for_if_clauses', (): ast.comprehension[] => {
    const gens: ast.comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      const isAsync = this.OPTION3(() => this.CONSUME(T.Async));
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.target_list);
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      // A clause's `in` and `if` parts are disjunctions, not expressions: CPython tries no
      // "Perhaps you forgot a comma?" after them.
      this.ACTION(() => (this.lastDisjunction = null));
      const ifs: ast.expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
        this.ACTION(() => (this.lastDisjunction = null));
      });
      gens.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync === undefined ? 0 : 1 });
    });
    return gens;
  });

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...' | tuple | group | genexp
  //     | list | listcomp | dict | set | dictcomp | setcomp
  atom = this.RULE('atom', (): ast.expr => {
    return this.OR(this.alts_atom_OR ??= [
      {
        ALT: () => {
          const t = this.CONSUME(T.Name);
          if (this.RECORDING_PHASE) return t as never;
          return setLoc({ kind: 'Name', id: t.image, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLit);
          if (this.RECORDING_PHASE) return t as never;
          return numberConstant(this.src, t);
        },
      },
      { ALT: () => this.SUBRULE(this.strings) },
      { ALT: () => this.constant(this.CONSUME(T.True), { type: 'bool', value: true }) },
      { ALT: () => this.constant(this.CONSUME(T.False), { type: 'bool', value: false }) },
      { ALT: () => this.constant(this.CONSUME(T.None), { type: 'None' }) },
      { ALT: () => this.constant(this.CONSUME(T.Ellipsis), { type: 'Ellipsis' }) },
      { ALT: () => this.SUBRULE(this.paren_atom) },
      { ALT: () => this.SUBRULE(this.list_atom) },
      { ALT: () => this.SUBRULE(this.brace_atom) },
    ]);
  });

  private constant(t: IToken, value: ast.ConstantValue): ast.expr {
    return setLoc({ kind: 'Constant', value, kind_: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, loc(t, t));
  }

  // strings: STRING+
  strings = this.RULE('strings', (): ast.expr => {
    const tokens: IToken[] = [];
    this.AT_LEAST_ONE(() => tokens.push(this.CONSUME(T.StringLit)));
    return this.ACTION(() => buildStrings(this.src, tokens, this.LA(1), this.fstringJobs));
  });

  // tuple | group | genexp:
  //   '(' ')' | '(' yield_expr ')' | '(' star_named_expression for_if_clauses ')'
  //   | '(' star_named_expression (',' star_named_expression)* [','] ')'
  paren_atom = this.RULE('paren_atom', (): ast.expr => {
    const start = this.CONSUME(T.LPar);
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.RPar);
          return this.ACTION(() => {
            const t = this.tuple([], this.here(start));
            this.parenthesized.add(t);
            return t;
          });
        },
      },
      {
        // 3.11's invalid_group: `(**expr)`.
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          // Anything but `**expression)` is CPython's plain syntax error at the '**' (`(**a, b)`, `(**)`).
          const plainError = (): void => {
            const next = this.LA(1);
            if (isKind(next, T.RPar) || isKind(next, T.Comma) || isKind(next, T.For) || isKind(next, T.Async)) this.fail(tok, 'invalid syntax');
          };
          this.ACTION(plainError);
          this.SUBRULE(this.expression);
          this.ACTION(() => {
            if (!isKind(this.LA(1), T.RPar)) plainError();
          });
          this.CONSUME5(T.RPar);
          return this.ACTION((): ast.expr => {
            throw errorAtToken(this.src, tok, 'cannot use double starred expression here');
          });
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yield_expr);
          this.CONSUME2(T.RPar);
          return this.ACTION(() => {
            this.parenthesized.add(y);
            return y;
          });
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const gens = this.SUBRULE(this.for_if_clauses);
                this.CONSUME3(T.RPar);
                return this.ACTION((): ast.expr => {
                  this.noStarInComprehension(first);
                  return setLoc({ kind: 'GeneratorExp', elt: first, generators: gens, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start));
                });
              },
            },
            {
              ALT: () => {
                const elts = [first];
                let comma = false;
                this.MANY(() => {
                  this.CONSUME(T.Comma);
                  elts.push(this.SUBRULE2(this.star_named_expression));
                  comma = true;
                });
                this.OPTION(() => {
                  this.CONSUME2(T.Comma);
                  comma = true;
                });
                this.CONSUME4(T.RPar);
                return this.ACTION(() => {
                  if (comma) {
                    const t = this.tuple(elts, this.here(start));
                    this.parenthesized.add(t);
                    return t;
                  }
                  if (first.kind === 'Starred') throw errorAtNode(this.src, first, 'cannot use starred expression here');
                  this.parenthesized.add(first);
                  return first;
                });
              },
            },
          ]);
        },
      },
    ]);
  });

  /**
   * 3.11's invalid_comprehension: items of a list or set display followed by `for` (`[a, b for a
   * in c]`, `[a, for a in b]`) are a comprehension target that lacks its parentheses.
   */
  private noUnparenthesizedTarget(elts: ast.expr[], comma: IToken | undefined): void {
    if (!this.forClausesFollow()) return;
    const msg = 'did you forget parentheses around the comprehension target?';
    const first = elts[0]!;
    if (elts.length > 1) throw errorAtRange(this.src, first, elts[elts.length - 1]!, msg);
    if (comma !== undefined) {
      throw this.src.error('SyntaxError', msg, first.lineno, first.col_offset + 1, comma.endLine!, comma.endColumn! + 1);
    }
  }

  /**
   * Do the next tokens look like a display's for_if_clauses, `[async] for ... in ...` up to its
   * closing bracket? (CPython's invalid_comprehension applies only when they parse.)
   */
  private forClausesFollow(): boolean {
    let k = 1;
    if (isKind(this.LA(k), T.Async)) k += 1;
    if (!isKind(this.LA(k), T.For)) return false;
    let depth = 0;
    let sawIn = false;
    for (k += 1; ; k += 1) {
      const t = this.LA(k);
      if (t.tokenType === EOF) return false;
      if (isKind(t, T.LPar) || isKind(t, T.LSqb) || isKind(t, T.LBrace)) depth += 1;
      else if (isKind(t, T.RPar) || isKind(t, T.RSqb) || isKind(t, T.RBrace)) {
        if (depth === 0) return sawIn && !isKind(this.LA(k - 1), T.In);
        depth -= 1;
      } else if (depth === 0 && isKind(t, T.In)) sawIn = true;
    }
  }

  private noStarInComprehension(elt: ast.expr): void {
    if (elt.kind === 'Starred') throw errorAtNode(this.src, elt, 'iterable unpacking cannot be used in comprehension');
  }

  // list: '[' [star_named_expression (',' star_named_expression)* [',']] ']'
  // listcomp: '[' named_expression for_if_clauses ']'
  list_atom = this.RULE('list_atom', (): ast.expr => {
    const start = this.CONSUME(T.LSqb);
    const result = this.OPTION(() => {
      const first = this.SUBRULE(this.star_named_expression);
      return this.OR([
        {
          ALT: () => {
            const gens = this.SUBRULE(this.for_if_clauses);
            return { first, gens, elts: null as ast.expr[] | null };
          },
        },
        {
          ALT: () => {
            const elts = [first];
            this.MANY(() => {
              this.CONSUME(T.Comma);
              elts.push(this.SUBRULE2(this.star_named_expression));
            });
            const comma = this.OPTION2(() => this.CONSUME2(T.Comma));
            this.ACTION(() => this.noUnparenthesizedTarget(elts, comma));
            return { first, gens: null as ast.comprehension[] | null, elts };
          },
        },
      ]);
    });
    this.CONSUME(T.RSqb);
    return this.ACTION((): ast.expr => {
      const l = this.here(start);
      if (result === undefined) return setLoc({ kind: 'List', elts: [], ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      if (result.gens !== null) {
        this.noStarInComprehension(result.first);
        return setLoc({ kind: 'ListComp', elt: result.first, generators: result.gens, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      }
      return setLoc({ kind: 'List', elts: result.elts!, ctx: 'Load', lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    });
  });

  // dict: '{' [double_starred_kvpair (',' double_starred_kvpair)* [',']] '}'
  // set: '{' star_named_expression (',' star_named_expression)* [','] '}'
  // dictcomp: '{' kvpair for_if_clauses '}'      setcomp: '{' named_expression for_if_clauses '}'
  brace_atom = this.RULE('brace_atom', (): ast.expr => {
    const start = this.CONSUME(T.LBrace);
    const node = this.OPTION(() => {
      const first = this.SUBRULE(this.brace_item);
      return this.OR([
        {
          ALT: () => {
            const gens = this.SUBRULE(this.for_if_clauses);
            return this.ACTION(() => ({ items: [first], gens }));
          },
        },
        {
          ALT: () => {
            const items = [first];
            this.MANY(() => {
              this.CONSUME(T.Comma);
              items.push(this.SUBRULE2(this.brace_item));
            });
            const comma = this.OPTION2(() => this.CONSUME2(T.Comma));
            this.ACTION(() => {
              if (first.type === 'elt') {
                if (items.every((it) => it.type === 'elt')) this.noUnparenthesizedTarget(items.map((it) => it.value), comma);
              } else if (!isKind(this.LA(1), T.RBrace) && this.LA(1).tokenType !== EOF) {
                // Where the items stop short of the '}' (`{1: 2, a for ...}`); an unclosed '{' is reported as such.
                this.noBareItemInDict(items);
              }
            });
            return { items, gens: null };
          },
        },
      ]);
    });
    this.CONSUME(T.RBrace);
    return this.ACTION(() => (node === undefined ? setLoc({ kind: 'Dict', keys: [], values: [], lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, this.here(start)) : this.display(start, node.items, node.gens)));
  });

  /** Build a dict, set or their comprehension from the items between braces. */
  private display(start: IToken, items: BraceItem[], gens: ast.comprehension[] | null): ast.expr {
    const first = items[0]!;
    const l = this.here(start);
    if (gens !== null) {
      if (first.type === 'unpack') this.fail(first.marker!, 'dict unpacking cannot be used in dict comprehension');
      if (first.type === 'pair') return setLoc({ kind: 'DictComp', key: first.key!, value: first.value, generators: gens, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
      this.noStarInComprehension(first.value);
      return setLoc({ kind: 'SetComp', elt: first.value, generators: gens, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    }
    if (first.type === 'elt') {
      const bad = items.find((it) => it.type !== 'elt');
      if (bad !== undefined) this.fail(bad.colon ?? bad.marker!, 'invalid syntax');
      return setLoc({ kind: 'Set', elts: items.map((it) => it.value), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
    }
    this.noBareItemInDict(items);
    return setLoc({ kind: 'Dict', keys: items.map((it) => it.key), values: items.map((it) => it.value), lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }, l);
  }

  /** A dict display's items after its first pair or `**` unpacking: each must be one too. */
  private noBareItemInDict(items: BraceItem[]): void {
    const bad = items.find((it) => it.type === 'elt');
    if (bad === undefined) return;
    // CPython has no message for a starred item among a dict's: its parser fails at the '*'.
    const v = bad.value;
    if (v.kind === 'Starred') throw this.src.error('SyntaxError', 'invalid syntax', v.lineno, v.col_offset + 1, v.lineno, v.col_offset + 2);
    // CPython points at the key's last character (its end column, on the key's first line).
    throw this.src.error('SyntaxError', "':' expected after dictionary key", v.lineno, v.end_col_offset, v.end_lineno, 0);
  }

  // brace_item: '**' bitwise_or | '*' bitwise_or | expression [':' expression]
  brace_item = this.RULE('brace_item', (): BraceItem => {
    const start = this.LA(1);
    return this.OR([
      {
        ALT: () => {
          const marker = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.bitwise_or);
          return this.ACTION((): BraceItem => ({ type: 'unpack', key: null, value, loc: this.here(start), marker }));
        },
      },
      {
        ALT: () => {
          const value = this.SUBRULE(this.starred);
          return this.ACTION((): BraceItem => ({ type: 'elt', key: null, value, loc: this.here(start) }));
        },
      },
      {
        ALT: () => {
          const key = this.SUBRULE(this.expression);
          // A set element may be an assignment expression (`{a := 1}`); a dict key may not.
          const tail = this.OPTION(() => this.OR2([
            { ALT: () => ({ named: this.SUBRULE(this.walrus_tail, { ARGS: [key] }) }) },
            {
              ALT: () => {
                const colon = this.CONSUME(T.Colon);
                this.ACTION(() => {
                  const star = this.LA(1);
                  if (isKind(star, T.Star)) {
                    const next = this.LA(2);
                    throw this.src.error('SyntaxError', 'cannot use a starred expression in a dictionary value',
                      star.startLine!, star.startColumn!, next.endLine!, next.endColumn! + 1);
                  }
                  if (isKind(star, T.RBrace) || isKind(star, T.Comma)) {
                    throw this.src.error('SyntaxError', "expression expected after dictionary key and ':'",
                      colon.startLine!, colon.startColumn!, colon.endLine!, colon.endColumn! + 1);
                  }
                });
                return { colon, value: this.SUBRULE2(this.expression) };
              },
            },
          ]));
          return this.ACTION((): BraceItem => {
            if (tail === undefined) {
              this.noteNamedExpression(key);
              return { type: 'elt', key: null, value: key, loc: this.here(start) };
            }
            if ('named' in tail) return { type: 'elt', key: null, value: tail.named, loc: this.here(start) };
            return { type: 'pair', key, value: tail.value, loc: this.here(start), colon: tail.colon };
          });
        },
      },
    ]);
  });

  // star_named_expression: '*' bitwise_or | named_expression
  star_named_expression = this.RULE('star_named_expression', (): ast.expr => {
    return this.OR(this.alts_star_named_expression_OR ??= [
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.named_expression) },
    ]);
  });

  // named_expression: NAME ':=' expression | expression
  //   -- parsed as expression [':=' expression]; the target is checked once ':=' is seen
  named_expression = this.RULE('named_expression', (): ast.expr => {
    const target = this.SUBRULE(this.expression);
    const named = this.OPTION(() => this.SUBRULE(this.walrus_tail, { ARGS: [target] }));
    if (named !== undefined) return named;
    this.noteNamedExpression(target);
    return target;
  });

  /** Remember `e`, a named_expression just parsed, for the "Maybe you meant '=='" refinement. */
  private noteNamedExpression(e: ast.expr): void {
    this.ACTION(() => {
      this.lastNamedExpression = { node: e, end: this.LA(0), bareName: e.kind === 'Name' && !this.parenthesized.has(e) };
    });
  }

  // walrus_tail: ':=' expression      (after the target of an assignment expression)
  //   -- `nameOnly`: in call arguments CPython has no invalid_named_expression to name a bad target
  walrus_tail = this.RULE('walrus_tail', (target: ast.expr, nameOnly = false): ast.expr => {
    const op = this.CONSUME(T.ColonEqual);
    this.ACTION(() => {
      if (nameOnly && (target.kind !== 'Name' || this.parenthesized.has(target))) this.fail(op, 'invalid syntax');
    });
    const value = this.SUBRULE(this.expression);
    return this.ACTION((): ast.NamedExpr => {
      // CPython's invalid_named_expression: only a bare NAME can be the target.
      if (target.kind !== 'Name' || this.parenthesized.has(target)) {
        throw errorAtNode(this.src, target, `cannot use assignment expressions with ${exprName(target)}`);
      }
      const end = this.LA(0);
      return {
        kind: 'NamedExpr', target: { ...target, ctx: 'Store' }, value,
        lineno: target.lineno, col_offset: target.col_offset, end_lineno: end.endLine!, end_col_offset: end.endColumn!,
      };
    });
  });
}

/** The one parser instance (building a chevrotain parser analyses the whole grammar). */
let instance: PythonParser | null = null;

export function getParser(): PythonParser {
  instance ??= new PythonParser();
  return instance;
}


/**
 * Retypes the soft keyword `match` to SoftMatch where it starts a match statement, so the
 * grammar tells that statement from an expression statement by its first token. It does when
 * it starts a line and the first ':' outside brackets ends that line: `match(x)`,
 * `match = 1` and `match[x]: int` stay names.
 */
export function markMatchStatements(tokens: IToken[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.tokenType !== T.Name || t.image !== 'match') continue;
    const before = i > 0 ? tokens[i - 1]!.tokenType : T.NEWLINE;
    if (before !== T.NEWLINE && before !== T.INDENT && before !== T.DEDENT) continue;
    const second = tokens[i + 1]?.tokenType;
    if (second === undefined || second === T.NEWLINE || second === T.Colon || second === T.Equal || second === T.Dot || second === T.Comma) continue;
    let depth = 0;
    let lambdas = 0; // a lambda's own ':' at depth 0 does not end the subject
    for (let j = i + 1; j < tokens.length; j += 1) {
      const type = tokens[j]!.tokenType;
      if (type === EOF || type === T.NEWLINE || type === T.ErrorToken || (type === T.Semi && depth === 0)) break;
      if (type === T.LPar || type === T.LSqb || type === T.LBrace) depth += 1;
      else if (type === T.RPar || type === T.RSqb || type === T.RBrace) depth -= 1;
      else if (depth === 0 && type === T.Equal) break;
      else if (depth === 0 && type === T.Lambda) lambdas += 1;
      else if (depth === 0 && type === T.Colon && lambdas > 0) lambdas -= 1;
      else if (depth === 0 && type === T.Colon) {
        if (tokens[j + 1]?.tokenType === T.NEWLINE) {
          t.tokenType = T.SoftMatch;
          t.tokenTypeIdx = T.SoftMatch.tokenTypeIdx!;
        }
        break;
      }
    }
  }
}

