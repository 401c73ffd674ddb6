"""ast.unparse for tpy: source text for a tree, the text CPython 3.11's ast.unparse gives
(its parentheses, quotes, f-strings, docstrings and blank lines)."""

import sys
from contextlib import contextmanager
from _ast import *

# Binding strength, weakest first: an expression is put in parentheses when its own
# precedence is below the one its place asks for.
_NAMED_EXPR = 1
_TUPLE = 2
_YIELD = 3
_TEST = 4
_OR = 5
_AND = 6
_NOT = 7
_CMP = 8
_EXPR = 9
_BOR = 9
_BXOR = 10
_BAND = 11
_SHIFT = 12
_ARITH = 13
_TERM = 14
_FACTOR = 15
_POWER = 16
_AWAIT = 17
_ATOM = 18


def _next(precedence):
    return min(precedence + 1, _ATOM)


_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR),
          'USub': ('-', _FACTOR)}
_BINARY = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM),
           'MatMult': ('@', _TERM), 'Div': ('/', _TERM), 'Mod': ('%', _TERM),
           'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
           'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'FloorDiv': ('//', _TERM),
           'Pow': ('**', _POWER)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', _AND), 'Or': ('or', _OR)}

_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES

# A float literal too big to be finite: how an infinite constant is written.
_INF = '1e' + repr(sys.float_info.max_10_exp + 1)


def _escape(c):
    # What the unicode_escape codec makes of a backslash or a non-printable character.
    if c == '\\':
        return '\\\\'
    if c == '\t':
        return '\\t'
    if c == '\n':
        return '\\n'
    if c == '\r':
        return '\\r'
    code = ord(c)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _string_body(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """The text between the quotes for string, escaping as little as it can, and the
    quotes that may still enclose it (the first is the one to use)."""
    chars = []
    for c in string:
        if c in '\n\t' and not escape_whitespace:
            chars.append(c)
        elif c == '\\' or not c.isprintable():
            chars.append(_escape(c))
        else:
            chars.append(c)
    body = ''.join(chars)
    quotes = list(quote_types)
    if '\n' in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        # No quote fits: repr's text, with one of the given quotes if it used one.
        text = repr(string)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        # A quote that does not end the text is better: '''"''' rather than """\"""".
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, quotes


class _Unparser:
    """Writes the source of a tree into a list of pieces."""

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        # Inside an f-string's replacement field no backslash may appear (before 3.12).
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            method = getattr(self, 'visit_' + node.__class__.__name__, None)
            if method is not None:
                method(node)
            else:
                self.generic_visit(node)

    def generic_visit(self, node):
        # NodeVisitor's: visit() starts the text afresh, so of an Interactive's
        # statements CPython returns the last one only.
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    # -- writing

    def write(self, *text):
        self._source.extend(text)

    def interleave(self, between, each, items):
        first = True
        for item in items:
            if not first:
                between()
            first = False
            each(item)

    def write_joined(self, each, items, sep=', '):
        self.interleave(lambda: self.write(sep), each, items)

    def items_view(self, each, items):
        # A one-item tuple needs its trailing comma.
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.write_joined(each, items)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    @contextmanager
    def buffered(self, buffer=None):
        if buffer is None:
            buffer = []
        outer = self._source
        self._source = buffer
        yield buffer
        self._source = outer

    @contextmanager
    def block(self, *, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1
        yield
        self._indent -= 1

    @contextmanager
    def delimit(self, start, end):
        self.write(start)
        yield
        self.write(end)

    @contextmanager
    def delimit_if(self, start, end, condition):
        if condition:
            self.write(start)
        yield
        if condition:
            self.write(end)

    def require_parens(self, precedence, node):
        return self.delimit_if('(', ')', self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(node, _TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'

    # -- modules and docstrings

    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def _write_docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def _write_docstring_and_traverse_body(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring is not None:
            self._write_docstring(docstring)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f'ignore{ignore.tag}' for ignore in node.type_ignores}
        self._write_docstring_and_traverse_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.write_joined(self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    # -- simple statements

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(_NAMED_EXPR, node):
            self.set_precedence(_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.write_joined(self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.write_joined(self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.write_joined(self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.write_joined(self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.write_joined(self.write, node.names)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    # -- compound statements

    def do_visit_try(self, node):
        self.fill('try')
        with self.block():
            self.traverse(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)
        if node.finalbody:
            self.fill('finally')
            with self.block():
                self.traverse(node.finalbody)

    def visit_Try(self, node):
        outer = self._in_try_star
        self._in_try_star = False
        try:
            self.do_visit_try(node)
        finally:
            self._in_try_star = outer

    def visit_TryStar(self, node):
        outer = self._in_try_star
        self._in_try_star = True
        try:
            self.do_visit_try(node)
        finally:
            self._in_try_star = outer

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', node.bases or node.keywords):
            self.write_joined(self.traverse, node.bases + node.keywords)
        with self.block():
            self._write_docstring_and_traverse_body(node)

    def visit_FunctionDef(self, node):
        self._function_helper(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function_helper(node, 'async def')

    def _function_helper(self, node, keyword):
        self.maybe_newline()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._write_docstring_and_traverse_body(node)

    def visit_For(self, node):
        self._for_helper('for ', node)

    def visit_AsyncFor(self, node):
        self._for_helper('async for ', node)

    def _for_helper(self, keyword, node):
        self.fill(keyword)
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # An else holding only an if is written as an elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.write_joined(self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.write_joined(self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    # -- strings

    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        body, quotes = _string_body(string, quote_types)
        self.write(quotes[0] + body + quotes[0])

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            with self.buffered() as buffer:
                self._write_fstring_inner(node)
            self._write_str_avoiding_backslashes(''.join(buffer))
            return
        # Escapes are welcome in the literal parts ('\n' rather than a line break), not
        # in the replacement fields; one quote must fit all the parts.
        parts = []
        for value in node.values:
            with self.buffered() as buffer:
                self._write_fstring_inner(value)
            parts.append((''.join(buffer), isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        bodies = []
        for text, is_literal in parts:
            text, quotes = _string_body(text, quotes, escape_whitespace=is_literal)
            bodies.append(text)
        self.write(quotes[0] + ''.join(bodies) + quotes[0])

    def _write_fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            # the f-string itself, or a format spec
            for value in node.values:
                self._write_fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_next(_TEST), node.value)
        expr = inner.visit(node.value)
        with self.delimit('{', '}'):
            if '\\' in expr:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if expr.startswith('{'):
                # '{{' would be a literal brace
                self.write(' ')
            self.write(expr)
            if node.conversion != -1:
                self.write(f'!{chr(node.conversion)}')
            if node.format_spec:
                self.write(':')
                self._write_fstring_inner(node.format_spec)

    # -- expressions

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            # inf has no literal: a literal too big stands for it, and inf-inf for nan.
            self.write(repr(value).replace('inf', _INF).replace('nan', f'({_INF}-{_INF})'))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.write_joined(self.traverse, node.elts)

    def visit_ListComp(self, node):
        with self.delimit('[', ']'):
            self.traverse(node.elt)
            for generator in node.generators:
                self.traverse(generator)

    def visit_GeneratorExp(self, node):
        with self.delimit('(', ')'):
            self.traverse(node.elt)
            for generator in node.generators:
                self.traverse(generator)

    def visit_SetComp(self, node):
        with self.delimit('{', '}'):
            self.traverse(node.elt)
            for generator in node.generators:
                self.traverse(generator)

    def visit_DictComp(self, node):
        with self.delimit('{', '}'):
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
            for generator in node.generators:
                self.traverse(generator)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_next(_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        with self.require_parens(_TEST, node):
            self.set_precedence(_next(_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.write_joined(self.traverse, node.elts)
        else:
            # '{}' is a dict
            self.write('{*()}')

    def visit_Dict(self, node):
        def write_item(item):
            key, value = item
            if key is None:
                # {**mapping}
                self.write('**')
                self.set_precedence(_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)

        with self.delimit('{', '}'):
            self.write_joined(write_item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', not node.elts or self.get_precedence(node) > _TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            self.write(operator)
            # -x, but not x
            if precedence != _FACTOR:
                self.write(' ')
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        operator, precedence = _BINARY[node.op.__class__.__name__]
        with self.require_parens(precedence, node):
            # ** groups to the right, the others to the left.
            if operator == '**':
                left, right = _next(precedence), precedence
            else:
                left, right = precedence, _next(precedence)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f' {operator} ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(_CMP, node):
            self.set_precedence(_next(_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.traverse(right)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOL[node.op.__class__.__name__]
        # Each operand asks for a higher precedence than the one before it (CPython
        # 3.11 writes 'a and (not b)').
        level = precedence

        def operand(value):
            nonlocal level
            level = _next(level)
            self.set_precedence(level, value)
            self.traverse(value)

        with self.require_parens(precedence, node):
            self.write_joined(operand, node.values, f' {operator} ')

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        # '3.real' would be a float: '3 .real'
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            self.write_joined(self.traverse, node.args + node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_Await(self, node):
        with self.require_parens(_AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(_YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(_YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(_TEST, node):
            self.write('lambda')
            with self.buffered() as buffer:
                self.traverse(node.args)
            if buffer:
                self.write(' ', *buffer)
            self.write(': ')
            self.set_precedence(_TEST, node.body)
            self.traverse(node.body)

    # -- arguments

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True

        def comma():
            nonlocal first
            if first:
                first = False
            else:
                self.write(', ')

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            comma()
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        # *args, or a bare * before keyword-only arguments
        if node.vararg or node.kwonlyargs:
            comma()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            comma()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # -- patterns

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.write_joined(self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        name = node.name
        if name is None:
            name = '_'
        self.write(f'*{name}')

    def visit_MatchMapping(self, node):
        def write_pair(pair):
            key, pattern = pair
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)

        with self.delimit('{', '}'):
            keys = node.keys
            self.write_joined(write_pair, zip(keys, node.patterns, strict=True))
            if node.rest is not None:
                if keys:
                    self.write(', ')
                self.write(f'**{node.rest}')

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            patterns = node.patterns
            self.write_joined(self.traverse, patterns)
            if node.kwd_attrs:
                def write_keyword(pair):
                    attr, pattern = pair
                    self.write(f'{attr}=')
                    self.traverse(pattern)

                if patterns:
                    self.write(', ')
                self.write_joined(write_keyword, zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(_TEST, node):
                self.set_precedence(_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f' as {node.name}')

    def visit_MatchOr(self, node):
        with self.require_parens(_BOR, node):
            self.set_precedence(_next(_BOR), *node.patterns)
            self.write_joined(self.traverse, node.patterns, ' | ')
