"""ast.unparse for tpy: the source text of a tree, as CPython 3.11 writes it.

Written from CPython's documented behaviour and by comparing outputs with it. The text
is built by one writer walking the tree. Each expression is written knowing how tightly
its surroundings bind (a level from the table below); it adds parentheses when it binds
more loosely than that. Statements go one to a line, four spaces per block level, with an
empty line before every def and class that does not start the text.
"""

import sys
from _ast import AST, Constant, Expr, JoinedStr, FormattedValue, Tuple, Name, If

__all__ = ['unparse']

# How tightly each kind of expression binds, loosest first (3.11's grammar). `|` shares
# its level with a plain expression: a starred item or `**` value needs no parentheses
# around a `|`.
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH,
 TERM, FACTOR, POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR


def _tighter(level):
    return level + 1 if level < ATOM else ATOM


# An infinity in a tree came from a literal too large for a float: written as one.
_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)

_ONE_LINE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ANY_QUOTES = _ONE_LINE_QUOTES + _TRIPLE_QUOTES

_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
_BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'FloorDiv': ('//', TERM), 'LShift': ('<<', SHIFT),
    'RShift': ('>>', SHIFT), 'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND),
    'Pow': ('**', POWER),
}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', AND), 'Or': ('or', OR)}


def _escape_for_literal(text, keep_newlines_and_tabs):
    """Backslashes and unprintable characters as escapes; newline and tab kept as they
    are unless asked."""
    parts = []
    for ch in text:
        if keep_newlines_and_tabs and (ch == '\n' or ch == '\t'):
            parts.append(ch)
        elif ch == '\\' or not ch.isprintable():
            parts.append(ch.encode('unicode_escape').decode('ascii'))
        else:
            parts.append(ch)
    return ''.join(parts)


def _quote_candidates(text, quotes, escape_whitespace=False):
    """(body, usable quotes) for writing `text` between quotes, with as few escapes as
    possible; the first usable quote is the one to write."""
    body = _escape_for_literal(text, not escape_whitespace)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if len(q) == 3]
    usable = [q for q in usable if q not in body]
    if not usable:
        # Nothing avoids every quote in the text: repr() escapes them, and a quote of the
        # wanted kinds is still preferred (triple quotes for a docstring).
        text = repr(text)
        delim = text[0]
        for q in quotes:
            if delim in q:
                return text[1:-1], [q]
        return text[1:-1], [delim]
    if body:
        last = body[-1]
        # Prefer quotes that differ from the text's last character; a triple quote that
        # still ends with it gets that character escaped.
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + '\\' + last
    return body, usable


class _Writer:
    def __init__(self, avoid_backslashes=False):
        self.out = []
        self.depth = 0
        self.avoid_backslashes = avoid_backslashes
        self.in_try_star = False
        self.type_ignores = {}

    # ------------------------------------------------------------ output

    def text(self):
        return ''.join(self.out)

    def put(self, *pieces):
        self.out.extend(pieces)

    def new_line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + text)

    def capture(self, fn, *args):
        """What fn writes, taken out of the output."""
        saved = self.out
        self.out = []
        try:
            fn(*args)
            return ''.join(self.out)
        finally:
            self.out = saved

    def body(self, statements, after_colon=None):
        self.put(':')
        if after_colon:
            self.put(after_colon)
        self.depth += 1
        self.node(statements)
        self.depth -= 1

    def separated(self, items, write, sep=', '):
        for i, item in enumerate(items):
            if i:
                self.put(sep)
            write(item)

    def comma_list(self, items, write):
        """Items separated by commas; a single one followed by a comma (a 1-tuple)."""
        self.separated(items, write)
        if len(items) == 1:
            self.put(',')

    # ------------------------------------------------------------ dispatch

    def node(self, node, level=TEST):
        if isinstance(node, list):
            for item in node:
                self.node(item)
            return
        handler = getattr(self, 'do_' + node.__class__.__name__, None)
        if handler is not None:
            handler(node, level)
        else:
            self.unknown(node)

    def unknown(self, node):
        # A node with no text of its own: what its last child writes, started afresh
        # (node._fields raises AttributeError for what is not a node at all).
        for name in node._fields:
            value = getattr(node, name, None)
            children = value if isinstance(value, list) else [value]
            for child in children:
                if isinstance(child, AST):
                    self.out = []
                    self.node(child)

    def grouped(self, wanted, own, write):
        """Writes an expression that binds at `own` where `wanted` is required."""
        if wanted > own:
            self.put('(')
            write()
            self.put(')')
        else:
            write()

    def type_comment(self, node):
        comment = self.type_ignores.get(getattr(node, 'lineno', None)) or getattr(node, 'type_comment', None)
        return None if comment is None else ' # type: ' + comment

    # ------------------------------------------------------------ modules and blocks

    def docstring_of(self, node):
        if not node.body:
            return None
        first = node.body[0]
        if isinstance(first, Expr) and isinstance(first.value, Constant) and isinstance(first.value.value, str):
            return first.value
        return None

    def suite(self, node):
        doc = self.docstring_of(node)
        if doc is None:
            self.node(node.body)
            return
        self.new_line()
        if doc.kind == 'u':
            self.put('u')
        self.string_avoiding_backslashes(doc.value, _TRIPLE_QUOTES)
        self.node(node.body[1:])

    def do_Module(self, node, level):
        self.type_ignores = {ig.lineno: 'ignore' + ig.tag for ig in node.type_ignores}
        self.suite(node)
        self.type_ignores = {}

    def do_Expression(self, node, level):
        self.node(node.body)

    def do_Interactive(self, node, level):
        # Each statement is written afresh: only the last one's text remains.
        for stmt in node.body:
            self.out = []
            self.node(stmt)

    def do_FunctionType(self, node, level):
        self.put('(')
        self.separated(node.argtypes, self.node)
        self.put(') -> ')
        self.node(node.returns)

    # ------------------------------------------------------------ simple statements

    def do_Expr(self, node, level):
        self.new_line()
        self.node(node.value, YIELD)

    def do_Import(self, node, level):
        self.new_line('import ')
        self.separated(node.names, self.node)

    def do_ImportFrom(self, node, level):
        self.new_line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.separated(node.names, self.node)

    def do_alias(self, node, level):
        self.put(node.name)
        if node.asname:
            self.put(' as ' + node.asname)

    def do_Assign(self, node, level):
        self.new_line()
        for target in node.targets:
            self.node(target, TUPLE)
            self.put(' = ')
        self.node(node.value)
        comment = self.type_comment(node)
        if comment:
            self.put(comment)

    def do_AugAssign(self, node, level):
        self.new_line()
        self.node(node.target)
        self.put(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.node(node.value)

    def do_AnnAssign(self, node, level):
        self.new_line()
        if not node.simple and isinstance(node.target, Name):
            self.put('(')
            self.node(node.target)
            self.put(')')
        else:
            self.node(node.target)
        self.put(': ')
        self.node(node.annotation)
        if node.value:
            self.put(' = ')
            self.node(node.value)

    def do_Return(self, node, level):
        self.new_line('return')
        if node.value:
            self.put(' ')
            self.node(node.value)

    def do_Pass(self, node, level):
        self.new_line('pass')

    def do_Break(self, node, level):
        self.new_line('break')

    def do_Continue(self, node, level):
        self.new_line('continue')

    def do_Delete(self, node, level):
        self.new_line('del ')
        self.separated(node.targets, self.node)

    def do_Assert(self, node, level):
        self.new_line('assert ')
        self.node(node.test)
        if node.msg:
            self.put(', ')
            self.node(node.msg)

    def do_Global(self, node, level):
        self.new_line('global ' + ', '.join(node.names))

    def do_Nonlocal(self, node, level):
        self.new_line('nonlocal ' + ', '.join(node.names))

    def do_Raise(self, node, level):
        self.new_line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.put(' ')
        self.node(node.exc)
        if node.cause:
            self.put(' from ')
            self.node(node.cause)

    # ------------------------------------------------------------ compound statements

    def try_statement(self, node, star):
        outer = self.in_try_star
        self.in_try_star = star
        try:
            self.new_line('try')
            self.body(node.body)
            for handler in node.handlers:
                self.node(handler)
            if node.orelse:
                self.new_line('else')
                self.body(node.orelse)
            if node.finalbody:
                self.new_line('finally')
                self.body(node.finalbody)
        finally:
            self.in_try_star = outer

    def do_Try(self, node, level):
        self.try_statement(node, False)

    def do_TryStar(self, node, level):
        self.try_statement(node, True)

    def do_ExceptHandler(self, node, level):
        self.new_line('except*' if self.in_try_star else 'except')
        if node.type:
            self.put(' ')
            self.node(node.type)
        if node.name:
            self.put(' as ' + node.name)
        self.body(node.body)

    def decorators(self, node):
        if self.out:
            self.out.append('\n')
        for deco in node.decorator_list:
            self.new_line('@')
            self.node(deco)

    def do_ClassDef(self, node, level):
        self.decorators(node)
        self.new_line('class ' + node.name)
        bases = list(node.bases) + list(node.keywords)
        if bases:
            self.put('(')
            self.separated(bases, self.node)
            self.put(')')
        self.put(':')
        self.depth += 1
        self.suite(node)
        self.depth -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.new_line(keyword + ' ' + node.name + '(')
        self.node(node.args)
        self.put(')')
        if node.returns:
            self.put(' -> ')
            self.node(node.returns)
        self.put(':')
        comment = self.type_comment(node)
        if comment:
            self.put(comment)
        self.depth += 1
        self.suite(node)
        self.depth -= 1

    def do_FunctionDef(self, node, level):
        self.function(node, 'def')

    def do_AsyncFunctionDef(self, node, level):
        self.function(node, 'async def')

    def loop(self, node, keyword):
        self.new_line(keyword)
        self.node(node.target, TUPLE)
        self.put(' in ')
        self.node(node.iter)
        self.body(node.body, self.type_comment(node))
        if node.orelse:
            self.new_line('else')
            self.body(node.orelse)

    def do_For(self, node, level):
        self.loop(node, 'for ')

    def do_AsyncFor(self, node, level):
        self.loop(node, 'async for ')

    def do_If(self, node, level):
        self.new_line('if ')
        self.node(node.test)
        self.body(node.body)
        # An else holding nothing but another if is written as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.new_line('elif ')
            self.node(node.test)
            self.body(node.body)
        if node.orelse:
            self.new_line('else')
            self.body(node.orelse)

    def do_While(self, node, level):
        self.new_line('while ')
        self.node(node.test)
        self.body(node.body)
        if node.orelse:
            self.new_line('else')
            self.body(node.orelse)

    def with_statement(self, node, keyword):
        self.new_line(keyword)
        self.separated(node.items, self.node)
        self.body(node.body, self.type_comment(node))

    def do_With(self, node, level):
        self.with_statement(node, 'with ')

    def do_AsyncWith(self, node, level):
        self.with_statement(node, 'async with ')

    def do_withitem(self, node, level):
        self.node(node.context_expr)
        if node.optional_vars:
            self.put(' as ')
            self.node(node.optional_vars)

    def do_Match(self, node, level):
        self.new_line('match ')
        self.node(node.subject)
        self.body(node.cases)

    def do_match_case(self, node, level):
        self.new_line('case ')
        self.node(node.pattern)
        if node.guard:
            self.put(' if ')
            self.node(node.guard)
        self.body(node.body)

    # ------------------------------------------------------------ function signatures

    def do_arguments(self, node, level):
        positional = list(node.posonlyargs) + list(node.args)
        n_posonly = len(node.posonlyargs)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        pieces = []
        for i, (arg, default) in enumerate(zip(positional, defaults), 1):
            pieces.append((arg, default))
            if i == n_posonly:
                pieces.append('/')
        if node.vararg or node.kwonlyargs:
            pieces.append(('*', node.vararg))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            pieces.append((arg, default))
        if node.kwarg:
            pieces.append(('**', node.kwarg))
        for i, piece in enumerate(pieces):
            if piece == '/':
                self.put(', /')
                continue
            if i:
                self.put(', ')
            first, second = piece
            if isinstance(first, str):
                self.put(first)
                if second is not None:
                    self.put(second.arg)
                    if second.annotation:
                        self.put(': ')
                        self.node(second.annotation)
            else:
                self.node(first)
                if second:
                    self.put('=')
                    self.node(second)

    def do_arg(self, node, level):
        self.put(node.arg)
        if node.annotation:
            self.put(': ')
            self.node(node.annotation)

    def do_keyword(self, node, level):
        self.put('**' if node.arg is None else node.arg + '=')
        self.node(node.value)

    # ------------------------------------------------------------ expressions

    def do_Name(self, node, level):
        self.put(node.id)

    def do_NamedExpr(self, node, level):
        def write():
            self.node(node.target, ATOM)
            self.put(' := ')
            self.node(node.value, ATOM)
        self.grouped(level, NAMED_EXPR, write)

    def prefixed(self, node, level, word, own):
        def write():
            self.put(word)
            if node.value:
                self.put(' ')
                self.node(node.value, ATOM)
        self.grouped(level, own, write)

    def do_Await(self, node, level):
        self.prefixed(node, level, 'await', AWAIT)

    def do_Yield(self, node, level):
        self.prefixed(node, level, 'yield', YIELD)

    def do_YieldFrom(self, node, level):
        def write():
            self.put('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.node(node.value, ATOM)
        self.grouped(level, YIELD, write)

    def do_UnaryOp(self, node, level):
        word, own = _UNARY[node.op.__class__.__name__]

        def write():
            # not takes a space; the signs and ~ stay against their operand (-1, ~x)
            self.put(word + ' ' if own == NOT else word)
            self.node(node.operand, own)
        self.grouped(level, own, write)

    def do_BinOp(self, node, level):
        symbol, own = _BINARY[node.op.__class__.__name__]
        # ** groups from the right, everything else from the left.
        left, right = (_tighter(own), own) if symbol == '**' else (own, _tighter(own))

        def write():
            self.node(node.left, left)
            self.put(' ' + symbol + ' ')
            self.node(node.right, right)
        self.grouped(level, own, write)

    def do_Compare(self, node, level):
        def write():
            self.node(node.left, _tighter(CMP))
            for op, right in zip(node.ops, node.comparators):
                self.put(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.node(right, _tighter(CMP))
        self.grouped(level, CMP, write)

    def do_BoolOp(self, node, level):
        word, own = _BOOL[node.op.__class__.__name__]

        def write():
            # Each operand is asked to bind one level tighter than the one before it,
            # as CPython's unparser does: `a or (b and c) or d`.
            wanted = own
            for i, value in enumerate(node.values):
                if i:
                    self.put(' ' + word + ' ')
                wanted = _tighter(wanted)
                self.node(value, wanted)
        self.grouped(level, own, write)

    def do_IfExp(self, node, level):
        def write():
            self.node(node.body, _tighter(TEST))
            self.put(' if ')
            self.node(node.test, _tighter(TEST))
            self.put(' else ')
            self.node(node.orelse, TEST)
        self.grouped(level, TEST, write)

    def do_Lambda(self, node, level):
        def write():
            self.put('lambda')
            params = self.capture(self.node, node.args)
            if params:
                self.put(' ', params)
            self.put(': ')
            self.node(node.body, TEST)
        self.grouped(level, TEST, write)

    def do_Attribute(self, node, level):
        self.node(node.value, ATOM)
        value = node.value
        # `1.real` would read as a float: an int literal takes a space before the dot.
        if isinstance(value, Constant) and isinstance(value.value, int):
            self.put(' ')
        self.put('.' + node.attr)

    def do_Call(self, node, level):
        self.node(node.func, ATOM)
        self.put('(')
        self.separated(list(node.args) + list(node.keywords), self.node)
        self.put(')')

    def do_Subscript(self, node, level):
        self.node(node.value, ATOM)
        self.put('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self.comma_list(index.elts, self.node)
        else:
            self.node(index)
        self.put(']')

    def do_Starred(self, node, level):
        self.put('*')
        self.node(node.value, EXPR)

    def do_Slice(self, node, level):
        if node.lower:
            self.node(node.lower)
        self.put(':')
        if node.upper:
            self.node(node.upper)
        if node.step:
            self.put(':')
            self.node(node.step)

    def do_Tuple(self, node, level):
        if not node.elts or level > TUPLE:
            self.put('(')
            self.comma_list(node.elts, self.node)
            self.put(')')
        else:
            self.comma_list(node.elts, self.node)

    def do_List(self, node, level):
        self.put('[')
        self.separated(node.elts, self.node)
        self.put(']')

    def do_Set(self, node, level):
        if not node.elts:
            # `{}` is a dict and `set()` may be shadowed: an empty set unpacks an empty tuple.
            self.put('{*()}')
            return
        self.put('{')
        self.separated(node.elts, self.node)
        self.put('}')

    def do_Dict(self, node, level):
        def item(pair):
            key, value = pair
            if key is None:
                self.put('**')
                self.node(value, EXPR)
            else:
                self.node(key)
                self.put(': ')
                self.node(value)
        self.put('{')
        self.separated(list(zip(node.keys, node.values)), item)
        self.put('}')

    def comprehension_of(self, node, opening, closing, head):
        self.put(opening)
        head()
        for gen in node.generators:
            self.node(gen)
        self.put(closing)

    def do_ListComp(self, node, level):
        self.comprehension_of(node, '[', ']', lambda: self.node(node.elt))

    def do_SetComp(self, node, level):
        self.comprehension_of(node, '{', '}', lambda: self.node(node.elt))

    def do_GeneratorExp(self, node, level):
        self.comprehension_of(node, '(', ')', lambda: self.node(node.elt))

    def do_DictComp(self, node, level):
        def head():
            self.node(node.key)
            self.put(': ')
            self.node(node.value)
        self.comprehension_of(node, '{', '}', head)

    def do_comprehension(self, node, level):
        self.put(' async for ' if node.is_async else ' for ')
        self.node(node.target, TUPLE)
        self.put(' in ')
        self.node(node.iter, _tighter(TEST))
        for cond in node.ifs:
            self.put(' if ')
            self.node(cond, _tighter(TEST))

    # ------------------------------------------------------------ constants and strings

    def do_Constant(self, node, level):
        value = node.value
        if isinstance(value, tuple):
            self.put('(')
            self.comma_list(value, self.constant)
            self.put(')')
        elif value is ...:
            self.put('...')
        else:
            if node.kind == 'u':
                self.put('u')
            self.constant(value)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            # inf from an overflowing literal, nan as inf - inf
            self.put(repr(value).replace('inf', _HUGE).replace('nan', '(' + _HUGE + '-' + _HUGE + ')'))
        elif self.avoid_backslashes and isinstance(value, str):
            self.string_avoiding_backslashes(value)
        else:
            self.put(repr(value))

    def string_avoiding_backslashes(self, text, quotes=_ANY_QUOTES):
        body, usable = _quote_candidates(text, quotes)
        self.put(usable[0] + body + usable[0])

    def do_JoinedStr(self, node, level):
        self.put('f')
        if self.avoid_backslashes:
            # Inside another f-string's replacement field: no backslash may appear at all.
            inner = self.capture(self.fstring_part, node)
            self.string_avoiding_backslashes(inner)
            return
        # The literal parts may use escapes (\n reads better), the replacement fields may not.
        parts = [(self.capture(self.fstring_part, value), isinstance(value, Constant)) for value in node.values]
        quotes = list(_ANY_QUOTES)
        bodies = []
        for text, literal in parts:
            body, usable = _quote_candidates(text, quotes, escape_whitespace=literal)
            if set(usable).isdisjoint(quotes):
                # No quote suits every part: each part as repr() writes it, in '''.
                bodies = [repr('"' + text)[2:-1] for text, literal in parts]
                quotes = ["'''"]
                break
            bodies.append(body)
            quotes = usable
        self.put(quotes[0] + ''.join(bodies) + quotes[0])

    def fstring_part(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self.fstring_part(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.put(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.do_FormattedValue(node, TEST)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def do_FormattedValue(self, node, level):
        inner = _Writer(avoid_backslashes=True)
        inner.node(node.value, _tighter(TEST))
        expr = inner.text()
        if '\\' in expr:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.put('{')
        if expr.startswith('{'):
            # `{{` would be a literal brace
            self.put(' ')
        self.put(expr)
        if node.conversion != -1:
            self.put('!' + chr(node.conversion))
        if node.format_spec:
            self.put(':')
            self.fstring_part(node.format_spec)
        self.put('}')

    # ------------------------------------------------------------ patterns

    def do_MatchValue(self, node, level):
        self.node(node.value)

    def do_MatchSingleton(self, node, level):
        self.constant(node.value)

    def do_MatchSequence(self, node, level):
        self.put('[')
        self.separated(node.patterns, self.node)
        self.put(']')

    def do_MatchStar(self, node, level):
        self.put('*' + ('_' if node.name is None else node.name))

    def do_MatchMapping(self, node, level):
        keys, patterns = node.keys, node.patterns
        if len(keys) != len(patterns):
            # what zip(strict=True) says
            longer = 'argument 2 is longer than argument 1' if len(patterns) > len(keys) else 'argument 2 is shorter than argument 1'
            raise ValueError('zip() ' + longer)

        def pair(kp):
            self.node(kp[0])
            self.put(': ')
            self.node(kp[1])
        self.put('{')
        self.separated(list(zip(keys, patterns)), pair)
        if node.rest is not None:
            if keys:
                self.put(', ')
            self.put('**' + node.rest)
        self.put('}')

    def do_MatchClass(self, node, level):
        self.node(node.cls, ATOM)
        self.put('(')
        self.separated(node.patterns, self.node)
        attrs, kwd_patterns = node.kwd_attrs, node.kwd_patterns
        if attrs:
            if len(attrs) != len(kwd_patterns):
                longer = 'longer' if len(kwd_patterns) > len(attrs) else 'shorter'
                raise ValueError('zip() argument 2 is ' + longer + ' than argument 1')
            if node.patterns:
                self.put(', ')

            def keyword(pair):
                self.put(pair[0] + '=')
                self.node(pair[1])
            self.separated(list(zip(attrs, kwd_patterns)), keyword)
        self.put(')')

    def do_MatchAs(self, node, level):
        if node.name is None:
            self.put('_')
        elif node.pattern is None:
            self.put(node.name)
        else:
            def write():
                self.node(node.pattern, BOR)
                self.put(' as ' + node.name)
            self.grouped(level, TEST, write)

    def do_MatchOr(self, node, level):
        def write():
            self.separated(node.patterns, lambda p: self.node(p, _tighter(BOR)), ' | ')
        self.grouped(level, BOR, write)


def unparse(ast_obj):
    writer = _Writer()
    writer.node(ast_obj)
    return writer.text()
