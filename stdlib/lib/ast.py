"""ast for tpy: the node classes of the native _ast, and the helpers that parse, evaluate,
inspect, change and print trees, behaving as CPython 3.11's."""

import sys
from _ast import *

# Stands for "attribute not set" where None is a legal value.
_UNSET = object()


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with the PyCF_ONLY_AST flag)."""
    # DIVERGENCE: tpy's parser keeps no type comments and parses only 3.11's grammar: asked
    # for them, it refuses a source that has any rather than drop them unseen.
    if type_comments and _has_type_comment(source):
        raise NotImplementedError("tpy's ast.parse() does not support type_comments=True")
    if feature_version is not None and _version_tuple(feature_version) < (3, 11):
        raise NotImplementedError("tpy's ast.parse() parses Python 3.11 only (feature_version)")
    return compile(source, filename, mode, PyCF_ONLY_AST)


def _has_type_comment(source):
    marker = b'# type:' if isinstance(source, (bytes, bytearray)) else '# type:'
    return isinstance(source, (str, bytes, bytearray)) and marker in source


def _version_tuple(feature_version):
    # given as (3, minor) or as the minor number alone
    if isinstance(feature_version, tuple):
        return tuple(feature_version)
    return (3, feature_version)


# ---------------------------------------------------------------------------
# literal_eval: a dispatch on the node's class, each builder checking its operands

_NUMBER_TYPES = (int, float, complex)


def _reject(node):
    where = ''
    if getattr(node, 'lineno', None):
        where = f' on line {node.lineno}'
    raise ValueError(f'malformed node or string{where}: {node!r}')


def _plain_number(node):
    if isinstance(node, Constant) and type(node.value) in _NUMBER_TYPES:
        return node.value
    _reject(node)


def _signed_number(node):
    """A number, possibly under a unary + or -: the only operators literal_eval accepts
    besides the + and - between a real and an imaginary part."""
    if isinstance(node, UnaryOp):
        if isinstance(node.op, USub):
            return -_plain_number(node.operand)
        if isinstance(node.op, UAdd):
            return +_plain_number(node.operand)
    return _plain_number(node)


def _complex_value(node):
    # `1+2j`, `-1.5-3j`: a real number on the left, an imaginary one on the right
    op = node.op
    if isinstance(op, (Add, Sub)):
        real = _signed_number(node.left)
        imaginary = _plain_number(node.right)
        if isinstance(real, (int, float)) and isinstance(imaginary, complex):
            return real - imaginary if isinstance(op, Sub) else real + imaginary
    return _signed_number(node)


def _empty_set(node):
    # set() is the only call allowed: {} would be a dict
    func = node.func
    if isinstance(func, Name) and func.id == 'set' and not node.args and not node.keywords:
        return set()
    return _signed_number(node)


def _dict_value(node):
    keys, values = node.keys, node.values
    if len(keys) != len(values):
        _reject(node)
    return {_literal_value(key): _literal_value(value) for key, value in zip(keys, values)}


_LITERAL_BUILDERS = {
    Constant: lambda node: node.value,
    # comprehensions rather than map(): they stay in the eval loop
    Tuple: lambda node: tuple([_literal_value(item) for item in node.elts]),
    List: lambda node: [_literal_value(item) for item in node.elts],
    Set: lambda node: {_literal_value(item) for item in node.elts},
    UnaryOp: _signed_number,
    Call: _empty_set,
    Dict: _dict_value,
    BinOp: _complex_value,
}


def _literal_value(node):
    if type(node) is Constant:
        return node.value  # most nodes: skip the dispatch
    build = _LITERAL_BUILDERS.get(type(node))
    if build is None:
        # a subclass of a node class is built as that class; anything else must be a number
        build = _signed_number
        for cls, builder in _LITERAL_BUILDERS.items():
            if isinstance(node, cls):
                build = builder
                break
    return build(node)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container display."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if isinstance(tree, Expression):
        tree = tree.body
    return _literal_value(tree)


# ---------------------------------------------------------------------------
# dump

class _Dumper:
    """ast.dump's layout. A node all of whose parts are simple, and at most three of them,
    takes one line; otherwise, with an indent, each part starts a line of its own."""

    def __init__(self, annotate_fields, include_attributes, indent):
        self.label_all = annotate_fields
        self.with_positions = include_attributes
        self.indent = indent

    def _separators(self, depth):
        """(after the opening bracket, between parts) for parts at this depth."""
        if self.indent is None:
            return '', ', '
        margin = '\n' + self.indent * depth
        return margin, ',' + margin

    def show(self, value, depth):
        """value's text and whether it is simple (a scalar, [] or a node with no parts)."""
        if isinstance(value, AST):
            parts, simple = self._parts(value, depth + 1)
            name = type(value).__name__
            if simple and len(parts) <= 3:
                return f"{name}({', '.join(parts)})", not parts
            opening, between = self._separators(depth)
            return f'{name}({opening}{between.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            opening, between = self._separators(depth)
            items = [self.show(item, depth + 1)[0] for item in value]
            return f'[{opening}{between.join(items)}]', False
        return repr(value), True

    def _parts(self, node, depth):
        cls = type(node)
        parts = []
        all_simple = True
        labelled = self.label_all
        for name in node._fields:
            value = getattr(node, name, _UNSET)
            # a None that the node's class declares as the field's default (an optional field)
            if value is _UNSET or value is None and getattr(cls, name, _UNSET) is None:
                # once a field is skipped, later ones need their names to be read right
                labelled = True
                continue
            text, simple = self.show(value, depth)
            all_simple = all_simple and simple
            parts.append(f'{name}={text}' if labelled else text)
        if self.with_positions:
            for name in node._attributes:
                value = getattr(node, name, _UNSET)
                if value is _UNSET or value is None and getattr(cls, name, _UNSET) is None:
                    continue
                text, simple = self.show(value, depth)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}')
        return parts, all_simple


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = indent * ' '
    return _Dumper(annotate_fields, include_attributes, indent).show(node, 1)[0]


# ---------------------------------------------------------------------------
# Locations

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node where both have one; return new_node."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        if hasattr(old_node, name):
            value = getattr(old_node, name)
            # a None start position is not copied; a None end position is
            if value is not None or name.startswith('end_'):
                setattr(new_node, name, value)
    return new_node


def _inherit_positions(node, line, col, end_line, end_col):
    """Give node the position it lacks from its parent's, then do the same below it."""
    present = node._attributes
    if present:
        if 'lineno' in present:
            own = getattr(node, 'lineno', _UNSET)
            if own is _UNSET:
                node.lineno = line
            else:
                line = own
        if 'col_offset' in present:
            own = getattr(node, 'col_offset', _UNSET)
            if own is _UNSET:
                node.col_offset = col
            else:
                col = own
        # end positions are optional fields: None means unknown, as absent does
        if 'end_lineno' in present:
            own = getattr(node, 'end_lineno', None)
            if own is None:
                node.end_lineno = end_line
            else:
                end_line = own
        if 'end_col_offset' in present:
            own = getattr(node, 'end_col_offset', None)
            if own is None:
                node.end_col_offset = end_col
            else:
                end_col = own
    for child in iter_child_nodes(node):
        _inherit_positions(child, line, col, end_line, end_col)


def fix_missing_locations(node):
    """Give every node that lacks a position its parent's (1 and 0 at the top), recursively."""
    _inherit_positions(node, 1, 0, 1, 0)
    return node


def _add_to(node, name, n):
    setattr(node, name, getattr(node, name, 0) + n)


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and of every node below it."""
    for current in walk(node):
        if isinstance(current, TypeIgnore):
            # its lineno is one of its fields, not a position attribute
            _add_to(current, 'lineno', n)
            continue
        present = current._attributes
        if 'lineno' in present:
            _add_to(current, 'lineno', n)
        if 'end_lineno' in present and getattr(current, 'end_lineno', 0) is not None:
            _add_to(current, 'end_lineno', n)
    return node


# ---------------------------------------------------------------------------
# Walking the tree

def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        value = getattr(node, name, _UNSET)
        if value is not _UNSET:
            yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes of node: node fields and the nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))
        elif isinstance(value, AST):
            yield value


def walk(node):
    """Yield node and every node below it, breadth first."""
    generation = [node]
    while generation:
        following = []
        for current in generation:
            # the children are taken before current is handed out, as CPython does
            following.extend(iter_child_nodes(current))
            yield current
        generation = following


_HAS_DOCSTRING = (AsyncFunctionDef, FunctionDef, ClassDef, Module)


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None; clean=True tidies its indentation."""
    if not isinstance(node, _HAS_DOCSTRING):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    body = node.body
    first = body[0].value if body and isinstance(body[0], Expr) else None
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    if not clean:
        return first.value
    import inspect
    return inspect.cleandoc(first.value)


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
        handler = getattr(self, f'visit_{type(node).__name__}', None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # Visitors written for 3.7 define visit_Num, visit_Str, ...: they still get called.
        old_class = _legacy_class_of(node.value)
        handler = old_class and getattr(self, f'visit_{old_class.__name__}', None)
        if handler is None:
            return self.generic_visit(node)
        import warnings
        warnings.warn(f'visit_{old_class.__name__} is deprecated; add visit_Constant',
                      DeprecationWarning, 2)
        return handler(node)


def _transformed_list(visitor, items):
    kept = []
    for item in items:
        if not isinstance(item, AST):
            kept.append(item)
            continue
        result = visitor.visit(item)
        if result is None:
            continue
        if isinstance(result, AST):
            kept.append(result)
        else:
            kept.extend(result)  # several nodes in place of one
    return kept


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node to put in place of the one visited:
    None removes it, a list (in a list field) puts several in its place."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                value[:] = _transformed_list(self, value)
            elif isinstance(value, AST):
                replacement = self.visit(value)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


# ---------------------------------------------------------------------------
# The node classes 3.8 replaced with Constant (and 3.9 with plain expressions), kept for old code.

def _value_getter(node):
    return node.value


def _value_setter(node, value):
    node.value = value


Constant.n = property(_value_getter, _value_setter)
Constant.s = property(_value_getter, _value_setter)


class _ABC(type):
    """Metaclass of the old constant classes: isinstance(Constant(...), Num) looks at the value."""

    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls not in _LEGACY_KINDS:
            return type.__instancecheck__(cls, inst)
        value = getattr(inst, 'value', _UNSET)
        return value is not _UNSET and _is_kind(value, _LEGACY_KINDS[cls])


def _is_kind(value, kind):
    accepted, excluded = kind
    return isinstance(value, accepted) and not isinstance(value, excluded)


def _legacy_class_of(value):
    for cls, kind in _LEGACY_KINDS.items():
        if _is_kind(value, kind):
            return cls
    return None


def _legacy_new(cls, *args, **kwargs):
    fields = cls._fields
    for key in kwargs:
        if key in fields and fields.index(key) < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    if cls in _LEGACY_KINDS:
        # Num(3) and the like are plain Constants
        return Constant(*args, **kwargs)
    # a subclass stays itself; AST.__init__ takes the arguments
    return Constant.__new__(cls)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _legacy_new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _legacy_new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _legacy_new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _legacy_new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is not Ellipsis:
            return Constant.__new__(cls)
        return Constant(..., *args, **kwargs)


# old class -> (value types it stands for, value types it does not)
_LEGACY_KINDS = {
    Num: ((int, float, complex), (bool,)),
    Str: ((str,), ()),
    Bytes: ((bytes,), ()),
    NameConstant: ((type(None), bool), ()),
    Ellipsis: ((type(...),), ()),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def _elts_getter(node):
    return node.elts


def _elts_setter(node, value):
    node.elts = value


Tuple.dims = property(_elts_getter, _elts_setter)

# Python 2 leftovers with nothing in them.
for _name, _base in (('Suite', mod), ('AugLoad', expr_context),
                     ('AugStore', expr_context), ('Param', expr_context)):
    globals()[_name] = type(_base)(_name, (_base,), {
        '__doc__': 'Deprecated AST node class.  Unused in Python 3.', '__module__': __name__})
del _name, _base


def unparse(ast_obj):
    """The source text of a tree, laid out as CPython 3.11 writes it (in _ast_unparse,
    loaded at the first call)."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


def main():
    """python -m ast [-m MODE] [-a] [-i INDENT] [infile]: the tree of a source file, dumped."""
    import argparse

    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
