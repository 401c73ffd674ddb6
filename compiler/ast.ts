// The abstract syntax tree: node types mirroring CPython 3.11's `ast` module (same node and field names).
//
// Conventions, all taken from CPython's Parser/Python.asdl:
// - Every node is a plain object with a `kind` field holding the CPython class name.
// - The abstract categories keep CPython's lowercase names: `mod`, `stmt`, `expr`,
//   `expr_context`, `boolop`, `operator`, `unaryop`, `cmpop`, `excepthandler`.
//   (So the expression *statement* is `Expr`, and any expression is an `expr`.)
// - An optional field (`expr?` in the ASDL) is `null` when absent; lists are never null.
// - Statements, expressions, `ExceptHandler`, `arg`, `keyword` and `alias` carry CPython's
//   location attributes: 1-based lines, 0-based columns (we count UTF-16 code units;
//   CPython counts UTF-8 bytes, identical for ASCII source). `comprehension`,
//   `arguments` and `withitem` carry none, as in CPython.
// - Sequences of expressions in `Dict.keys` and `arguments.kw_defaults` may contain
//   `null` (a `**d` entry, a keyword-only parameter without default).

export interface Location {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------
// mod

export interface Module {
  kind: 'Module';
  body: stmt[];
  type_ignores: never[];
}

export interface Interactive {
  kind: 'Interactive';
  body: stmt[];
}

export interface Expression {
  kind: 'Expression';
  body: expr;
}

export type mod = Module | Interactive | Expression;

// ---------------------------------------------------------------------------
// stmt

export interface FunctionDef extends Location {
  kind: 'FunctionDef';
  name: string;
  args: arguments;
  body: stmt[];
  decorator_list: expr[];
  returns: expr | null;
  /** `async def` (CPython's AsyncFunctionDef node, same fields). */
  is_async?: boolean;
}

export interface ClassDef extends Location {
  kind: 'ClassDef';
  name: string;
  bases: expr[];
  keywords: keyword[];
  body: stmt[];
  decorator_list: expr[];
}

export interface Return extends Location {
  kind: 'Return';
  value: expr | null;
}

export interface Delete extends Location {
  kind: 'Delete';
  targets: expr[];
}

export interface Assign extends Location {
  kind: 'Assign';
  targets: expr[];
  value: expr;
}

export interface AugAssign extends Location {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: operator;
  value: expr;
}

export interface AnnAssign extends Location {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: expr;
  value: expr | null;
  /** 1 when the target is a bare (unparenthesized) Name, else 0. */
  simple: number;
}

export interface For extends Location {
  kind: 'For';
  target: expr;
  iter: expr;
  body: stmt[];
  orelse: stmt[];
  /** `async for` (CPython's AsyncFor). */
  is_async?: boolean;
}

export interface While extends Location {
  kind: 'While';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface If extends Location {
  kind: 'If';
  test: expr;
  body: stmt[];
  orelse: stmt[];
}

export interface With extends Location {
  kind: 'With';
  items: withitem[];
  body: stmt[];
  /** `async with` (CPython's AsyncWith). */
  is_async?: boolean;
}

export interface Raise extends Location {
  kind: 'Raise';
  exc: expr | null;
  cause: expr | null;
}

/** `try` with `except` clauses (Try) or with `except*` clauses (TryStar): the same fields. */
export interface Try extends Location {
  kind: 'Try' | 'TryStar';
  body: stmt[];
  handlers: ExceptHandler[];
  orelse: stmt[];
  finalbody: stmt[];
}

export interface Assert extends Location {
  kind: 'Assert';
  test: expr;
  msg: expr | null;
}

export interface Import extends Location {
  kind: 'Import';
  names: alias[];
}

export interface ImportFrom extends Location {
  kind: 'ImportFrom';
  /** null for `from . import x`. */
  module: string | null;
  names: alias[];
  level: number;
}

export interface Global extends Location {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Location {
  kind: 'Nonlocal';
  names: string[];
}

export interface Expr extends Location {
  kind: 'Expr';
  value: expr;
}

export interface Pass extends Location {
  kind: 'Pass';
}

export interface Break extends Location {
  kind: 'Break';
}

export interface Continue extends Location {
  kind: 'Continue';
}

export type stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | Expr
  | Pass
  | Break
  | Continue
  | Match;

// The match statement (PEP 634), as CPython's ast module has it.
export interface Match extends Location {
  kind: 'Match';
  subject: expr;
  cases: match_case[];
}

export interface match_case {
  kind: 'match_case';
  pattern: pattern;
  guard: expr | null;
  body: stmt[];
}

export interface MatchValue extends Location { kind: 'MatchValue'; value: expr }
export interface MatchSingleton extends Location { kind: 'MatchSingleton'; value: Constant }
export interface MatchSequence extends Location { kind: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Location { kind: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null }
export interface MatchClass extends Location {
  kind: 'MatchClass';
  cls: expr;
  patterns: pattern[];
  kwd_attrs: string[];
  kwd_patterns: pattern[];
}
export interface MatchStar extends Location { kind: 'MatchStar'; name: string | null }
export interface MatchAs extends Location { kind: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Location { kind: 'MatchOr'; patterns: pattern[] }

export type pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---------------------------------------------------------------------------
// expr

export interface BoolOp extends Location {
  kind: 'BoolOp';
  op: boolop;
  values: expr[];
}

export interface BinOp extends Location {
  kind: 'BinOp';
  left: expr;
  op: operator;
  right: expr;
}

export interface UnaryOp extends Location {
  kind: 'UnaryOp';
  op: unaryop;
  operand: expr;
}

export interface NamedExpr extends Location {
  kind: 'NamedExpr';
  target: Name;
  value: expr;
}

export interface Lambda extends Location {
  kind: 'Lambda';
  args: arguments;
  body: expr;
}

export interface IfExp extends Location {
  kind: 'IfExp';
  test: expr;
  body: expr;
  orelse: expr;
}

export interface Dict extends Location {
  kind: 'Dict';
  /** A null key marks a `**mapping` entry whose mapping is the matching value. */
  keys: (expr | null)[];
  values: expr[];
}

export interface Set extends Location {
  kind: 'Set';
  elts: expr[];
}

export interface ListComp extends Location {
  kind: 'ListComp';
  elt: expr;
  generators: comprehension[];
}

export interface SetComp extends Location {
  kind: 'SetComp';
  elt: expr;
  generators: comprehension[];
}

export interface DictComp extends Location {
  kind: 'DictComp';
  key: expr;
  value: expr;
  generators: comprehension[];
}

export interface GeneratorExp extends Location {
  kind: 'GeneratorExp';
  elt: expr;
  generators: comprehension[];
}

export interface Yield extends Location {
  kind: 'Yield';
  value: expr | null;
}

export interface Await extends Location {
  kind: 'Await';
  value: expr;
}

export interface YieldFrom extends Location {
  kind: 'YieldFrom';
  value: expr;
}

export interface Compare extends Location {
  kind: 'Compare';
  left: expr;
  ops: cmpop[];
  comparators: expr[];
}

export interface Call extends Location {
  kind: 'Call';
  func: expr;
  /** Positional arguments; `*it` appears as a Starred node. */
  args: expr[];
  keywords: keyword[];
}

export interface FormattedValue extends Location {
  kind: 'FormattedValue';
  value: expr;
  /** -1 (none), 115 (!s), 114 (!r) or 97 (!a): the character code, as CPython stores it. */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Location {
  kind: 'JoinedStr';
  /** Constant (str) and FormattedValue nodes, in order. */
  values: (Constant | FormattedValue)[];
}

export type ConstantValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'complex'; real: number; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'bool'; value: boolean }
  | { type: 'None' }
  | { type: 'Ellipsis' };

export interface Constant extends Location {
  kind: 'Constant';
  value: ConstantValue;
  /**
   * CPython's `Constant.kind`: 'u' for a string literal written with a u prefix, else null.
   * Renamed `kind_` because `kind` is the node discriminant here.
   */
  kind_: 'u' | null;
}

export interface Attribute extends Location {
  kind: 'Attribute';
  value: expr;
  attr: string;
  ctx: expr_context;
}

export interface Subscript extends Location {
  kind: 'Subscript';
  value: expr;
  /** A Slice, a Tuple possibly containing Slices, or any other expression. */
  slice: expr;
  ctx: expr_context;
}

export interface Starred extends Location {
  kind: 'Starred';
  value: expr;
  ctx: expr_context;
}

export interface Name extends Location {
  kind: 'Name';
  id: string;
  ctx: expr_context;
}

export interface List extends Location {
  kind: 'List';
  elts: expr[];
  ctx: expr_context;
}

export interface Tuple extends Location {
  kind: 'Tuple';
  elts: expr[];
  ctx: expr_context;
}

export interface Slice extends Location {
  kind: 'Slice';
  lower: expr | null;
  upper: expr | null;
  step: expr | null;
}

export type expr =
  | BoolOp
  | BinOp
  | UnaryOp
  | NamedExpr
  | Lambda
  | IfExp
  | Dict
  | Set
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Await
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------------------
// Small sum types (CPython represents them as singleton nodes: `Add()`, `Load()`).

export type expr_context = 'Load' | 'Store' | 'Del';

export type boolop = 'And' | 'Or';

export type operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';

export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------------------
// Product types and helpers

export interface comprehension {
  kind: 'comprehension';
  target: expr;
  iter: expr;
  ifs: expr[];
  /** 1 for `async for`. */
  is_async: number;
}

export interface ExceptHandler extends Location {
  kind: 'ExceptHandler';
  type: expr | null;
  name: string | null;
  body: stmt[];
  /** An `except*` clause (the parser's mark; CPython tells them apart by the TryStar around them). */
  star?: boolean;
  /** Where the `*` ends (0-based column past it), for the mixed-clauses error's range. */
  starEnd?: number;
}

export type excepthandler = ExceptHandler;

export interface arguments {
  kind: 'arguments';
  posonlyargs: arg[];
  args: arg[];
  vararg: arg | null;
  kwonlyargs: arg[];
  /** One entry per kwonlyarg; null when that parameter has no default. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last len(defaults) positional parameters (posonlyargs + args). */
  defaults: expr[];
}

export interface arg extends Location {
  kind: 'arg';
  arg: string;
  annotation: expr | null;
}

export interface keyword extends Location {
  kind: 'keyword';
  /** null for `**mapping`. */
  arg: string | null;
  value: expr;
}

export interface alias extends Location {
  kind: 'alias';
  /** Dotted name for `import a.b.c`; '*' for `from m import *`. */
  name: string;
  asname: string | null;
}

export interface withitem {
  kind: 'withitem';
  context_expr: expr;
  optional_vars: expr | null;
}

/** Any node of the tree. */
export type AST =
  | mod
  | stmt
  | expr
  | comprehension
  | ExceptHandler
  | arguments
  | arg
  | keyword
  | alias
  | withitem
  | match_case
  | pattern;

/** Conversion codes of FormattedValue, as CPython stores them. */
export const CONVERSION_NONE = -1;
export const CONVERSION_STR = 115; // 's'
export const CONVERSION_REPR = 114; // 'r'
export const CONVERSION_ASCII = 97; // 'a'
