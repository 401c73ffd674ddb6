// The one table of CPython 3.11's AST node classes (Parser/Python.asdl): names, fields with their types, attributes.
//
// Written in ASDL's own notation so that it doubles as the classes' __doc__ strings. Each
// entry is a sum type (`name = A(...) | B | ...`, optionally followed by `attributes (...)`)
// or a product type (`name = (...)`). A field type ending in `?` is optional (None when
// absent), one ending in `*` a list. `ast.dump`, the `_ast` module's classes and the
// conversions between tpy's tree and Python node objects all read this table.

const ASDL = `
mod = Module(stmt* body, type_ignore* type_ignores)
    | Interactive(stmt* body)
    | Expression(expr body)
    | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
     | Return(expr? value)
     | Delete(expr* targets)
     | Assign(expr* targets, expr value, string? type_comment)
     | AugAssign(expr target, operator op, expr value)
     | AnnAssign(expr target, expr annotation, expr? value, int simple)
     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
     | While(expr test, stmt* body, stmt* orelse)
     | If(expr test, stmt* body, stmt* orelse)
     | With(withitem* items, stmt* body, string? type_comment)
     | AsyncWith(withitem* items, stmt* body, string? type_comment)
     | Match(expr subject, match_case* cases)
     | Raise(expr? exc, expr? cause)
     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
     | Assert(expr test, expr? msg)
     | Import(alias* names)
     | ImportFrom(identifier? module, alias* names, int? level)
     | Global(identifier* names)
     | Nonlocal(identifier* names)
     | Expr(expr value)
     | Pass
     | Break
     | Continue
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values)
     | NamedExpr(expr target, expr value)
     | BinOp(expr left, operator op, expr right)
     | UnaryOp(unaryop op, expr operand)
     | Lambda(arguments args, expr body)
     | IfExp(expr test, expr body, expr orelse)
     | Dict(expr* keys, expr* values)
     | Set(expr* elts)
     | ListComp(expr elt, comprehension* generators)
     | SetComp(expr elt, comprehension* generators)
     | DictComp(expr key, expr value, comprehension* generators)
     | GeneratorExp(expr elt, comprehension* generators)
     | Await(expr value)
     | Yield(expr? value)
     | YieldFrom(expr value)
     | Compare(expr left, cmpop* ops, expr* comparators)
     | Call(expr func, expr* args, keyword* keywords)
     | FormattedValue(expr value, int conversion, expr? format_spec)
     | JoinedStr(expr* values)
     | Constant(constant value, string? kind)
     | Attribute(expr value, identifier attr, expr_context ctx)
     | Subscript(expr value, expr slice, expr_context ctx)
     | Starred(expr value, expr_context ctx)
     | Name(identifier id, expr_context ctx)
     | List(expr* elts, expr_context ctx)
     | Tuple(expr* elts, expr_context ctx)
     | Slice(expr? lower, expr? upper, expr? step)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
     attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value)
        | MatchSingleton(constant value)
        | MatchSequence(pattern* patterns)
        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)
        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
        | MatchStar(identifier? name)
        | MatchAs(pattern? pattern, identifier? name)
        | MatchOr(pattern* patterns)
        attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
`;

/** One field of a node class: `expr? value` is { name: 'value', type: 'expr', optional: true }. */
export interface AsdlField {
  name: string;
  type: string;
  optional: boolean;
  list: boolean;
}

/** A node class: a constructor of a sum type, or a product type (which is its own class). */
export interface AsdlClass {
  name: string;
  /** The abstract class it derives from (the sum type), or null for a product type (derives from AST). */
  base: string | null;
  fields: AsdlField[];
  attributes: AsdlField[];
  /** Its __doc__: the ASDL signature, `Name(identifier id, expr_context ctx)`. */
  doc: string;
}

/** A sum type (`expr`, `operator`, ...): the abstract base class of its constructors. */
export interface AsdlSum {
  name: string;
  constructors: string[];
  attributes: AsdlField[];
  doc: string;
  /** Every constructor has no fields (operators, contexts): CPython shares one instance of each. */
  simple: boolean;
}

export interface AsdlSchema {
  /** In the ASDL's order, sums and products alike. */
  sums: Map<string, AsdlSum>;
  classes: Map<string, AsdlClass>;
}

function parseFields(text: string): AsdlField[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [typeSpec, name] = part.trim().split(/\s+/) as [string, string];
    const optional = typeSpec.endsWith('?');
    const list = typeSpec.endsWith('*');
    return { name, type: optional || list ? typeSpec.slice(0, -1) : typeSpec, optional, list };
  });
}

function parseSchema(text: string): AsdlSchema {
  const sums = new Map<string, AsdlSum>();
  const classes = new Map<string, AsdlClass>();
  // Each definition starts at the beginning of a line; continuation lines are indented.
  const defs = text.trim().split(/\n(?=\S)/);
  for (const def of defs) {
    const lines = def.split('\n');
    const attrLine = lines.findIndex((l) => l.trim().startsWith('attributes'));
    const attributes = attrLine < 0 ? [] : parseFields(/\((.*)\)/.exec(lines[attrLine]!)![1]!);
    const body = (attrLine < 0 ? lines : lines.slice(0, attrLine)).join('\n');
    const eq = body.indexOf(' = ');
    const name = body.slice(0, eq);
    const rhs = body.slice(eq + 3);
    if (rhs.startsWith('(')) {
      const fields = parseFields(rhs.slice(1, rhs.lastIndexOf(')')));
      classes.set(name, { name, base: null, fields, attributes, doc: `${name}${rhs}` });
      continue;
    }
    const constructors: string[] = [];
    for (const alt of rhs.split('|')) {
      const m = /^\s*(\w+)(?:\((.*)\))?\s*$/s.exec(alt)!;
      const cname = m[1]!;
      constructors.push(cname);
      classes.set(cname, { name: cname, base: name, fields: parseFields(m[2] ?? ''), attributes: [], doc: alt.trim() });
    }
    const simple = constructors.every((c) => classes.get(c)!.fields.length === 0);
    sums.set(name, { name, constructors, attributes, doc: `${name} = ${rhs}`, simple });
  }
  return { sums, classes };
}

export const AST_SCHEMA: AsdlSchema = parseSchema(ASDL);

/** The fields of a node class, in order. */
export function astFields(kind: string): readonly AsdlField[] | undefined {
  return AST_SCHEMA.classes.get(kind)?.fields;
}

/** The attributes (positions) of a node class: its sum type's, or its own for a product type. */
export function astAttributes(kind: string): readonly AsdlField[] {
  const cls = AST_SCHEMA.classes.get(kind);
  if (cls === undefined) return [];
  if (cls.base === null) return cls.attributes;
  return AST_SCHEMA.sums.get(cls.base)!.attributes;
}
