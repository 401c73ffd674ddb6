"""_gettext_plural: gettext's Plural-Forms expressions (C syntax: n, integers, ! * / % + -
< > <= >= == != && || ?: and parentheses) turned into a function of n.

The expression is read as CPython reads it: C's grouping, but evaluated with Python's
operators (`||` gives an operand, not 0 or 1; `/` and `%` floor), and a `!` covers the
arithmetic and comparisons after it up to the next `&&`, `||` or `?` (it becomes Python's
`not`, which binds that loosely).
"""

import re
import sys
import warnings

_TOKEN = re.compile(r'([ \t]+)|([0-9]+\b)|(n\b)|([()])|([-*/%+?:]|[><!]=?|==|&&|\|\|)|(\w+|.)',
                    16)  # re.DOTALL, as an int: re's flags would import enum

# binding strength of the binary operators, weakest first
_PRECEDENCE = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
               '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_COMPARISON = (3, 4)

_APPLY = {
    '||': lambda a, b: a or b,
    '&&': lambda a, b: a and b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
    '<': lambda a, b: a < b, '>': lambda a, b: a > b,
    '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '+': lambda a, b: a + b, '-': lambda a, b: a - b,
    '*': lambda a, b: a * b, '/': lambda a, b: a // b, '%': lambda a, b: a % b,
}


def _tokens(text):
    """The tokens one at a time (a bad one fails only when reached), then '' for the end."""
    for match in _TOKEN.finditer(text):
        if match.lastindex == 1:
            continue
        if match.lastindex == 6:
            raise ValueError('invalid token in plural form: %s' % match.group())
        yield match.group()
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _Node:
    """A parsed part: `run(n)` computes it, `depth` is how deeply parentheses nest in it."""

    __slots__ = ('run', 'depth')

    def __init__(self, run, depth=0):
        self.run = run
        self.depth = depth


def _negated(node, count):
    if not count:
        return node
    inner = node.run
    if count % 2:
        return _Node(lambda n: not inner(n), node.depth)
    return _Node(lambda n: not not inner(n), node.depth)


def _wrapped(node):
    return _Node(node.run, node.depth + 1)


def _binary(op, left, right):
    apply, a, b = _APPLY[op], left.run, right.run
    if op == '||':
        run = lambda n: a(n) or b(n)
    elif op == '&&':
        run = lambda n: a(n) and b(n)
    else:
        run = lambda n: apply(a(n), b(n))
    return _Node(run, max(left.depth, right.depth))


def _conditional(test, if_true, if_false):
    t, y, z = test.run, if_true.run, if_false.run
    return _Node(lambda n: y(n) if t(n) else z(n), max(test.depth, if_true.depth, if_false.depth))


def _parse(tokens, floor=-1):
    """An expression whose binary operators bind at least as tightly as `floor`; returns it
    and the token after it."""
    token = next(tokens)
    negations = 0
    while token == '!':
        negations += 1
        token = next(tokens)
    if token == '(':
        inner, token = _parse(tokens)
        if token != ')':
            raise ValueError('unbalanced parenthesis in plural form')
        node = _wrapped(inner)
    elif token == 'n':
        node = _Node(lambda n: n)
    else:
        try:
            value = int(token, 10)
        except ValueError:
            raise _unexpected(token) from None
        node = _Node(lambda n: value)
    token = next(tokens)

    last = None
    while token in _PRECEDENCE:
        level = _PRECEDENCE[token]
        if level < floor:
            break
        if level in _COMPARISON and last in _COMPARISON:
            # a comparison on a comparison: grouped, so Python does not chain them
            node = _wrapped(_negated(node, negations))
            negations = 0
        elif level < 3:
            node = _negated(node, negations)
            negations = 0
        right, next_token = _parse(tokens, level + 1)
        node = _binary(token, node, right)
        token = next_token
        last = level
    node = _negated(node, negations)
    if last == floor == 4:
        node = _wrapped(node)

    if token == '?' and floor <= 0:
        if_true, token = _parse(tokens, 0)
        if token != ':':
            raise _unexpected(token)
        if_false, token = _parse(tokens)
        node = _conditional(node, if_true, if_false)
        if floor == 0:
            node = _wrapped(node)
    return node, token


def _plural_value(n):
    """n as the expression takes it: ints as they are; other numbers with a
    DeprecationWarning (blamed on the first caller outside gettext), anything else fails."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    level = 2
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get('__name__') in (__name__, 'gettext'):
        level += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, level)
    return n


def c2py(plural):
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        node, token = _parse(_tokens(plural))
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    if token:
        raise _unexpected(token)
    if node.depth > 20:
        raise ValueError('plural form expression is too complex')
    run = node.run

    def func(n):
        if not isinstance(n, int):
            n = _plural_value(n)
        return int(run(n))
    return func
