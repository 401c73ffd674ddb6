"""ast for tpy: the node classes of the native _ast, and the helpers that parse, evaluate,
inspect, change and print trees, behaving as CPython 3.11's."""

import sys
from _ast import *


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with the PyCF_ONLY_AST flag)."""
    # DIVERGENCE: tpy's parser keeps no type comments and parses only 3.11's grammar.
    if type_comments:
        raise NotImplementedError("tpy's ast.parse() does not support type_comments=True")
    if feature_version is not None:
        if isinstance(feature_version, tuple):
            major, minor = feature_version
        else:
            major, minor = 3, feature_version
        if (major, minor) < (3, 11):
            raise NotImplementedError("tpy's ast.parse() parses Python 3.11 only (feature_version)")
    return compile(source, filename, mode, PyCF_ONLY_AST)


# ---------------------------------------------------------------------------
# literal_eval

def _malformed(node):
    msg = 'malformed node or string'
    lineno = getattr(node, 'lineno', None)
    if lineno:
        msg += f' on line {lineno}'
    raise ValueError(f'{msg}: {node!r}')


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple(_literal(e) for e in node.elts)
    if isinstance(node, List):
        return [_literal(e) for e in node.elts]
    if isinstance(node, Set):
        return {_literal(e) for e in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # Only a real number and an imaginary one: `1+2j`, `-1.5-3j`.
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _literal_signed(node)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal(node_or_string)


# ---------------------------------------------------------------------------
# dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def omitted(cls, name, value):
        # A None the class itself defaults to (an optional field) is left out.
        return value is None and getattr(cls, name, ...) is None

    def fmt(node, level):
        # Returns the text and whether it is simple (prints on one line within its parent).
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        if not isinstance(node, AST):
            return repr(node), True
        cls = type(node)
        parts = []
        simple = True
        named = annotate_fields
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                named = True
                continue
            if omitted(cls, name, value):
                named = True
                continue
            text, s = fmt(value, level)
            simple = simple and s
            parts.append(f'{name}={text}' if named else text)
        if include_attributes and node._attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if omitted(cls, name, value):
                    continue
                text, s = fmt(value, level)
                simple = simple and s
                parts.append(f'{name}={text}')
        name = node.__class__.__name__
        if simple and len(parts) <= 3:
            return '%s(%s)' % (name, ', '.join(parts)), not parts
        return '%s(%s%s)' % (name, prefix, sep.join(parts)), False

    return fmt(node, 0)[0]


# ---------------------------------------------------------------------------
# Locations

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node where both have one; return new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # An end position that is None is copied too (a start position that is None is not).
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node that lacks a position its parent's (1 and 0 at the top), recursively."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        attributes = node._attributes
        if 'lineno' in attributes:
            if hasattr(node, 'lineno'):
                lineno = node.lineno
            else:
                node.lineno = lineno
        if 'end_lineno' in attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attributes:
            if hasattr(node, 'col_offset'):
                col_offset = node.col_offset
            else:
                node.col_offset = col_offset
        if 'end_col_offset' in attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and of every node below it."""
    for child in walk(node):
        # TypeIgnore's lineno is a field, not a position attribute.
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end_lineno = getattr(child, 'end_lineno', 0)
            if end_lineno is not None:
                child.end_lineno = end_lineno + n
    return node


# ---------------------------------------------------------------------------
# Walking the tree

def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: node fields and the nodes in list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and every node below it, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        node = pending.popleft()
        pending.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; clean=True tidies its indentation."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    """source's lines with their ends, split at \\r\\n, \\n and \\r only (not at form feeds)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            end = i + 2 if source[i:i + 2] == '\r\n' else i + 1
            lines.append(source[start:end])
            start = i = end
        else:
            i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None if node has no full position."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line = node.lineno - 1
        last_line = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    # Column offsets count UTF-8 bytes.
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    padding = ''
    if padded:
        before = lines[first_line].encode()[:start].decode()
        padding = ''.join(c if c in ' \f\t' else ' ' for c in before)
    first = padding + lines[first_line].encode()[start:].decode()
    last = lines[last_line].encode()[:end].decode()
    return ''.join([first] + lines[first_line + 1:last_line] + [last])


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) for each node that has such a method,
    generic_visit(node) (which visits the children) for the others."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for 3.7 define visit_Num, visit_Str, ...: they still get called.
        value = node.value
        old_name = None
        for cls, types in _const_types.items():
            if isinstance(value, types) and not isinstance(value, _const_types_not.get(cls, ())):
                old_name = cls.__name__
                break
        if old_name is not None:
            method = getattr(self, 'visit_' + old_name, None)
            if method is not None:
                import warnings
                warnings.warn(f'visit_{old_name} is deprecated; add visit_Constant', DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node to put in place of the one visited:
    None removes it, a list (in a list field) puts several in its place."""

    def generic_visit(self, node):
        for name, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new_node)
        return node


# ---------------------------------------------------------------------------
# The node classes 3.8 replaced with Constant (and 3.9 with plain expressions), kept for old code.

def _constant_value(self):
    return self.value


def _set_constant_value(self, value):
    self.value = value


Constant.n = property(_constant_value, _set_constant_value)
Constant.s = property(_constant_value, _set_constant_value)


class _ABC(type):

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            try:
                value = inst.value
            except AttributeError:
                return False
            return isinstance(value, _const_types[cls]) and not isinstance(value, _const_types_not.get(cls, ()))
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _tuple_dims(self):
    return self.elts


def _set_tuple_dims(self, value):
    self.elts = value


Tuple.dims = property(_tuple_dims, _set_tuple_dims)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


def unparse(ast_obj):
    """The source text of a tree (CPython's; tpy has none)."""
    # DIVERGENCE: not written yet (docs/differences.md).
    raise NotImplementedError("tpy's ast module has no unparse()")
