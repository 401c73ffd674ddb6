# compile() of trees built by hand: CPython's validator refuses the ones the parser never makes,
# with its messages, in its order (outer node first, a comprehension before its element).
import ast


def check(label, mod, mode="exec"):
    if not hasattr(mod, "lineno"):
        mod.lineno = mod.col_offset = 0
    ast.fix_missing_locations(mod)
    try:
        compile(mod, "<ast>", mode)
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


def stmt(s):
    return ast.Module([s], [])


def expr(e):
    return stmt(ast.Expr(e))


def L(n):
    return ast.Name(n, ast.Load())


def S(n):
    return ast.Name(n, ast.Store())


args0 = lambda **kw: ast.arguments(**{"posonlyargs": [], "args": [], "vararg": None, "kwonlyargs": [],
                                      "kw_defaults": [], "kwarg": None, "defaults": [], **kw})

# statements
check("module None", ast.Module([None], []))
check("empty body", stmt(ast.If(L("x"), [], [])))
check("async def body", stmt(ast.AsyncFunctionDef("f", args0(), [], [], None)))
check("for body", stmt(ast.For(S("x"), L("y"), [], [])))
check("async with items", stmt(ast.AsyncWith([], [ast.Pass()])))
check("with item", stmt(ast.With([ast.withitem(L("a"), L("b"))], [ast.Pass()])))
check("delete empty", stmt(ast.Delete([])))
check("assign empty", stmt(ast.Assign([], ast.Constant(1))))
check("assign load", stmt(ast.Assign([L("x")], ast.Constant(1))))
check("assign call", stmt(ast.Assign([ast.Call(L("f"), [], [])], ast.Constant(1))))
check("delete store", stmt(ast.Delete([S("x")])))
check("annassign simple", stmt(ast.AnnAssign(ast.Attribute(L("a"), "b", ast.Store()), L("int"), None, 1)))
check("raise cause", stmt(ast.Raise(None, L("e"))))
check("try nothing", stmt(ast.Try([ast.Pass()], [], [], [])))
check("try orelse", stmt(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check("trystar orelse", stmt(ast.TryStar([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check("handler body", stmt(ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])))
check("import", stmt(ast.Import([])))
check("from level", stmt(ast.ImportFrom("m", [ast.alias("x")], -1)))
check("from names", stmt(ast.ImportFrom("m", [], 0)))
check("global", stmt(ast.Global([])))
check("nonlocal", stmt(ast.Nonlocal([])))
check("classdef base", stmt(ast.ClassDef("C", [None], [], [ast.Pass()], [])))
check("defaults", stmt(ast.FunctionDef("f", args0(defaults=[ast.Constant(1)]), [ast.Pass()], [], None)))
check("kw_defaults", stmt(ast.FunctionDef("f", args0(kwonlyargs=[ast.arg("k")]), [ast.Pass()], [], None)))
check("kw_defaults None", stmt(ast.FunctionDef("f", args0(kwonlyargs=[ast.arg("k")], kw_defaults=[None]), [ast.Pass()], [], None)))
check("annotation store", stmt(ast.FunctionDef("f", args0(args=[ast.arg("a", S("int"))]), [ast.Pass()], [], None)))

# expressions
check("boolop", expr(ast.BoolOp(ast.And(), [L("x")])))
check("list None", expr(ast.List([None], ast.Load())))
check("tuple ctx", expr(ast.Tuple([S("x")], ast.Load())))
check("set None", expr(ast.Set([None])))
check("dict lengths", expr(ast.Dict([L("k")], [])))
check("dict unpack", expr(ast.Dict([None], [L("m")])))
check("dict None value", expr(ast.Dict([L("k")], [None])))
check("listcomp empty", expr(ast.ListComp(S("x"), [])))
check("genexp target", expr(ast.GeneratorExp(L("x"), [ast.comprehension(L("x"), L("y"), [], 0)])))
check("dictcomp", expr(ast.DictComp(L("k"), L("v"), [ast.comprehension(S("k"), L("y"), [None], 0)])))
check("compare none", expr(ast.Compare(L("a"), [], [])))
check("compare count", expr(ast.Compare(L("a"), [ast.Lt(), ast.Gt()], [L("b")])))
check("call arg None", expr(ast.Call(L("f"), [None], [])))
check("call keyword", expr(ast.Call(L("f"), [], [ast.keyword("a", S("b"))])))
check("name None", expr(L("None")))
check("name True store", stmt(ast.Assign([S("True")], ast.Constant(1))))
check("namedexpr", expr(ast.NamedExpr(ast.Attribute(L("a"), "b", ast.Store()), ast.Constant(1))))
check("starred", expr(ast.Starred(S("x"), ast.Load())))
check("lambda", expr(ast.Lambda(args0(defaults=[None]), ast.Constant(1))))
check("constant", expr(ast.Constant([1])))
check("fstring", expr(ast.JoinedStr([None])))
check("subscript", expr(ast.Subscript(L("a"), S("i"), ast.Load())))
check("slice", expr(ast.Subscript(L("a"), ast.Slice(None, S("u"), None), ast.Load())))
check("eval store", ast.Expression(S("x")), "eval")
check("single store", ast.Interactive([ast.Expr(S("x"))]), "single")

# positions
e = ast.Expr(ast.Name("x", ast.Load(), lineno=5, end_lineno=2, col_offset=0, end_col_offset=1))
check("line range", ast.Module([e], []))
e = ast.Expr(ast.Name("x", ast.Load(), lineno=3, end_lineno=3, col_offset=4, end_col_offset=1), lineno=3, col_offset=0)
check("column range", ast.Module([e], []))

# patterns
def case(p):
    return stmt(ast.Match(L("v"), [ast.match_case(p, None, [ast.Pass()])]))

check("match no cases", stmt(ast.Match(L("v"), [])))
check("value name", case(ast.MatchValue(L("x"))))
check("value None", case(ast.MatchValue(ast.Constant(None))))
check("value -1", case(ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1)))))
check("value +1", case(ast.MatchValue(ast.UnaryOp(ast.UAdd(), ast.Constant(1)))))
check("value 1+2j", case(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)))))
check("value 1+2", case(ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
check("value attr", case(ast.MatchValue(ast.Attribute(L("a"), "b", ast.Load()))))
check("singleton", case(ast.MatchSingleton("string")))
check("singleton ok", case(ast.MatchSingleton(True)))
check("star here", case(ast.MatchStar("x")))
check("star in seq", case(ast.MatchSequence([ast.MatchStar("_")])))
check("as _", case(ast.MatchAs(None, "_")))
check("as False", case(ast.MatchAs(None, "False")))
check("as no name", case(ast.MatchAs(ast.MatchValue(ast.Constant(1)), None)))
check("or one", case(ast.MatchOr([ast.MatchAs(None, "x")])))
check("mapping counts", case(ast.MatchMapping([ast.Constant(1)], [], None)))
check("mapping rest", case(ast.MatchMapping([], [], "_")))
check("mapping key None", case(ast.MatchMapping([ast.Constant(None)], [ast.MatchAs(None, "x")], None)))
check("mapping key name", case(ast.MatchMapping([L("k")], [ast.MatchAs(None, "x")], None)))
check("class counts", case(ast.MatchClass(L("C"), [], ["a"], [])))
check("class cls", case(ast.MatchClass(ast.Call(L("C"), [], []), [], [], [])))
check("class attr name", case(ast.MatchClass(L("C"), [], ["None"], [ast.MatchAs(None, "x")])))
check("class star", case(ast.MatchClass(L("C"), [ast.MatchStar("x")], [], [])))
check("guard store", stmt(ast.Match(L("v"), [ast.match_case(ast.MatchAs(None, "x"), S("g"), [ast.Pass()])])))
