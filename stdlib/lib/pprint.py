"""pprint for tpy: values laid out over lines exactly as CPython 3.11's pprint prints them.

The rule everything follows: a value whose one-line repr fits in the room left on its line
is written as that repr (dict keys and set items sorted, nested levels past `depth` shown as
`...`). A value that does not fit is broken over lines when its type has a layout below
(found by the type's __repr__, so a subclass that keeps its base's repr keeps its layout);
its parts are then laid out by the same rule, each at its own column. Anything else is
written as its repr however long it is.

Two numbers travel down with every value: `col`, the column it starts at, and `room`, how
many characters of closing brackets will follow it on its last line.
"""

import re as _re
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Write object's pretty-printed form and a newline to stream (sys.stdout by default)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Return object's pretty-printed form as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that marks reference cycles instead of recursing into them."""
    return PrettyPrinter()._repr_parts(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._repr_parts(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._repr_parts(object, {}, None, 0)[2]


class PrettyPrinter:
    """Holds the layout settings; pprint/pformat lay out one value with them."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if width == 0:
            raise ValueError("width must be != 0")
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        # With no stream at all (sys.stdout is None) there is nowhere to print: a no-op.
        if self._stream is not None:
            self._stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._lay_out(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        triple = self.format(object, {}, 0, 0)
        return triple[1] and not triple[2]

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses override this to change how values
        (containers' items included) are written on one line."""
        return self._repr_parts(object, context, maxlevels, level)

    # -- one value, over lines when it needs them ---------------------------------------

    def _lay_out(self, obj, out, col, room, seen, level):
        # `seen` holds the ids of the containers being laid out around obj: meeting one again
        # is a cycle, written as the marker.
        key = id(obj)
        if key in seen:
            out.append(_cycle_marker(obj))
            return
        flat = self._flat(obj, seen, level)
        if len(flat) > self._width - col - room:
            layout = _layout_for(obj)
            if layout is not None:
                seen[key] = 1
                layout(self, obj, out, col, room, seen, level + 1)
                del seen[key]
                return
        out.append(flat)

    def _flat(self, obj, seen, level):
        # A copy of `seen`: the one-line form marks its own cycles without touching the layout's.
        return self.format(obj, seen.copy(), self._depth, level)[0]

    def _lay_items(self, items, count, out, col, room, seen, level):
        # The opening bracket is at col; items line up `indent` columns to its right.
        step = self._indent_per_level
        if step > 1:
            out.append(" " * (step - 1))
        col += step
        if self._compact:
            self._fill_items(items, count, out, col, room, seen, level)
        else:
            self._lay_rows(items, count, out, col, room, seen, level)

    def _lay_rows(self, items, count, out, col, room, seen, level):
        # One item per line at col; only the last shares its line with the closing brackets.
        newline = ",\n" + " " * col
        last = count - 1
        for i, item in enumerate(items):
            if i:
                out.append(newline)
            self._lay_out(item, out, col, room if i == last else 1, seen, level)

    def _fill_items(self, items, count, out, col, room, seen, level):
        # compact=True: as many one-line items per line as fit. Each costs its repr and ", ";
        # a full line is one wider than the space after col, as its last item prints no space.
        # An item too long for a line of its own is laid out over lines and ends that line.
        newline = ",\n" + " " * col
        full = self._width - col + 1
        left = full
        before = ""
        last = count - 1
        for i, item in enumerate(items):
            if i == last:
                full -= room
                left -= room
            flat = self._flat(item, seen, level)
            cost = len(flat) + 2
            if cost > left:
                left = full
                if before:
                    before = newline
            out.append(before)
            if cost <= left:
                left -= cost
                out.append(flat)
                before = ", "
            else:
                self._lay_out(item, out, col, room if i == last else 1, seen, level)
                before = newline

    def _lay_keyed(self, items, count, out, col, room, seen, level):
        # `key: value` lines lined up `indent` columns right of the brace at col; keys stay on one line.
        step = self._indent_per_level
        if step > 1:
            out.append(" " * (step - 1))
        col += step
        newline = ",\n" + " " * col
        last = count - 1
        for i, (key, value) in enumerate(items):
            if i:
                out.append(newline)
            label = self._flat(key, seen, level) + ": "
            out.append(label)
            self._lay_out(value, out, col + len(label), room if i == last else 1, seen, level)

    def _lay_inside(self, head, inner, tail, out, col, room, seen, level):
        # head + inner + tail, with inner laid out as a value of its own.
        out.append(head)
        self._lay_out(inner, out, col + len(head), room + len(tail), seen, level)
        out.append(tail)

    # -- the layouts, one per type (see _layout_for) ---------------------------------------

    def _lay_dict(self, obj, out, col, room, seen, level):
        out.append("{")
        if obj:
            self._lay_keyed(self._dict_items(obj), len(obj), out, col, room + 1, seen, level)
        elif self._indent_per_level > 1:
            out.append(" " * (self._indent_per_level - 1))
        out.append("}")

    def _lay_list(self, obj, out, col, room, seen, level):
        out.append("[")
        self._lay_items(obj, len(obj), out, col, room + 1, seen, level)
        out.append("]")

    def _lay_tuple(self, obj, out, col, room, seen, level):
        tail = ",)" if len(obj) == 1 else ")"
        out.append("(")
        self._lay_items(obj, len(obj), out, col, room + len(tail), seen, level)
        out.append(tail)

    def _lay_set(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        if type(obj) is set:
            head, tail = "{", "}"
        else:
            head, tail = type(obj).__name__ + "({", "})"
        out.append(head)
        items = sorted(obj, key=_Orderable)
        self._lay_items(items, len(items), out, col + len(head) - 1, room + len(tail), seen, level)
        out.append(tail)

    def _lay_str(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        # Only the outermost string gets parentheses, so that the pieces read as one literal.
        outermost = level == 1
        if outermost:
            col += 1
            room += 1
        pieces = _str_pieces(obj, self._width - col, room)
        _write_pieces(pieces, out, col, outermost and len(pieces) > 1)

    def _lay_bytes(self, obj, out, col, room, seen, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        outermost = level == 1
        if outermost:
            col += 1
            room += 1
        _write_pieces(_bytes_pieces(obj, self._width - col, room), out, col, outermost)

    def _lay_bytearray(self, obj, out, col, room, seen, level):
        self._lay_inside("bytearray(", bytes(obj), ")", out, col, room, seen, level)

    def _lay_mappingproxy(self, obj, out, col, room, seen, level):
        self._lay_inside("mappingproxy(", obj.copy(), ")", out, col, room, seen, level)

    def _lay_ordered_dict(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        # Laid out as its repr shows it: the list of (key, value) pairs, in order.
        self._lay_inside(type(obj).__name__ + "(", list(obj.items()), ")", out, col, room, seen, level)

    def _lay_default_dict(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        factory = self._flat(obj.default_factory, seen, level)
        col += len(name) + 1
        out.append(name + "(" + factory + ",\n" + " " * col)
        self._lay_dict(obj, out, col, room + 1, seen, level)
        out.append(")")

    def _lay_counter(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        head = type(obj).__name__ + "({"
        out.append(head)
        # Most common first, whatever sort_dicts says, as Counter's repr orders them.
        counts = obj.most_common()
        self._lay_keyed(counts, len(counts), out, col + len(head) - 1, room + 2, seen, level)
        out.append("})")

    def _lay_chain_map(self, obj, out, col, room, seen, level):
        maps = obj.maps
        if not maps:
            out.append(repr(obj))
            return
        head = type(obj).__name__ + "("
        out.append(head)
        self._lay_rows(maps, len(maps), out, col + len(head), room + 1, seen, level)
        out.append(")")

    def _lay_deque(self, obj, out, col, room, seen, level):
        if not obj:
            out.append(repr(obj))
            return
        head = type(obj).__name__ + "(["
        out.append(head)
        col += len(head) - 1
        if obj.maxlen is None:
            self._lay_items(obj, len(obj), out, col, room + 2, seen, level)
            out.append("])")
            return
        # maxlen goes on a line of its own, so the items keep room for "]," only.
        self._lay_items(obj, len(obj), out, col, 2, seen, level)
        maxlen = self._flat(obj.maxlen, seen, level)
        out.append("],\n" + " " * col + "maxlen=" + maxlen + ")")

    def _lay_user_wrapper(self, obj, out, col, room, seen, level):
        # UserDict, UserList, UserString print as the value they wrap, at the wrapper's level.
        self._lay_out(obj.data, out, col, room, seen, level - 1)

    def _lay_namespace(self, obj, out, col, room, seen, level):
        name = _namespace_name(obj)
        attrs = obj.__dict__
        self._lay_call(name, attrs.items(), len(attrs), out, col, room, seen, level)

    def _lay_dataclass(self, obj, out, col, room, seen, level):
        import dataclasses
        shown = [f.name for f in dataclasses.fields(obj) if f.repr]
        pairs = [(name, getattr(obj, name)) for name in shown]
        self._lay_call(type(obj).__name__, pairs, len(pairs), out, col, room, seen, level)

    def _lay_call(self, name, pairs, count, out, col, room, seen, level):
        # name(key=value, ...); 3.11 keeps no room for the final ")" here.
        head = name + "("
        out.append(head)
        col += len(head)
        newline = ",\n" + " " * col
        last = count - 1
        for i, (name, value) in enumerate(pairs):
            if i:
                out.append(newline)
            out.append(name + "=")
            if id(value) in seen:
                # A field holding an object being laid out reads as the class's own repr does.
                out.append("...")
            else:
                self._lay_out(value, out, col + len(name) + 1, room if i == last else 1, seen, level)
        out.append(")")

    # -- the one-line form ----------------------------------------------------------------

    def _dict_items(self, d):
        if self._sort_dicts:
            return sorted(d.items(), key=_key_of_pair)
        return d.items()

    def _repr_parts(self, obj, seen, maxlevels, level):
        """(repr, readable, recursive): dicts, lists and tuples (with their own repr) are rebuilt
        from their parts' format(); ints get underscores when asked for; the rest is repr()."""
        cls = type(obj)
        if cls in _ATOMS:
            return repr(obj), True, False
        own = cls.__repr__
        if own is int.__repr__ and issubclass(cls, int):
            if self._underscore_numbers:
                return format(obj, "_d"), True, False
            return repr(obj), True, False
        if own is dict.__repr__ and issubclass(cls, dict):
            return self._joined_repr(obj, seen, maxlevels, level, "{", "}", True)
        if own is list.__repr__ and issubclass(cls, list):
            return self._joined_repr(obj, seen, maxlevels, level, "[", "]", False)
        if own is tuple.__repr__ and issubclass(cls, tuple):
            tail = ",)" if len(obj) == 1 else ")"
            return self._joined_repr(obj, seen, maxlevels, level, "(", tail, False)
        text = repr(obj)
        # `text and ...`: an empty repr makes readable '' rather than False, as in 3.11.
        return text, text and not text.startswith("<"), False

    def _joined_repr(self, obj, seen, maxlevels, level, head, tail, keyed):
        if not obj:
            return head + tail.lstrip(","), True, False
        if maxlevels and level >= maxlevels:
            return head + "..." + tail, False, id(obj) in seen
        if id(obj) in seen:
            return _cycle_marker(obj), False, True
        seen[id(obj)] = 1
        level += 1
        fmt = self.format
        readable = True
        recursive = False
        parts = []
        if keyed:
            for key, value in self._dict_items(obj):
                ktext, kreadable, krecursive = fmt(key, seen, maxlevels, level)
                vtext, vreadable, vrecursive = fmt(value, seen, maxlevels, level)
                parts.append(ktext + ": " + vtext)
                # An `and` chain, so a '' readable from an item comes through (3.11 does this).
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
        else:
            for item in obj:
                text, item_readable, item_recursive = fmt(item, seen, maxlevels, level)
                parts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
        del seen[id(obj)]
        return head + ", ".join(parts) + tail, readable, recursive


# Types whose repr() is already what pprint writes for them on one line.
_ATOMS = frozenset([str, bytes, bytearray, float, complex, bool, type(None)])


def _cycle_marker(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


class _Orderable:
    """Sort key for values of mixed types: their own < when it works, else type name then id."""

    __slots__ = ["value"]

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a = self.value
        b = other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _key_of_pair(pair):
    # Dict items are ordered by key alone: keys are distinct, so values never decide.
    return _Orderable(pair[0])


def _namespace_name(obj):
    import types
    return "namespace" if type(obj) is types.SimpleNamespace else type(obj).__name__


# -- breaking strings and bytes ----------------------------------------------------------

_WORD_ENDS = _re.compile(r"(?<=\s)(?=\S)")


def _str_pieces(text, width, room):
    """reprs of text's pieces, each at most `width` long (the last `width - room`): one per
    line of text, a line too long cut after its runs of whitespace."""
    lines = text.splitlines(True)
    last_line = len(lines) - 1
    pieces = []
    for n, line in enumerate(lines):
        whole = repr(line)
        if len(whole) <= (width - room if n == last_line else width):
            pieces.append(whole)
            continue
        words = _WORD_ENDS.split(line)
        last_word = len(words) - 1 if n == last_line else -1
        pieces += _packed(((word, width - room if k == last_word else width) for k, word in enumerate(words)), "")
    return pieces


def _bytes_pieces(data, width, room):
    """reprs of data cut into runs of 4-byte groups, each repr at most `width` long."""
    # The room is kept only for a short final group; when the length is a multiple of 4 the
    # last group is never told apart, and 3.11 keeps no room at all.
    short_group = len(data) - len(data) % 4
    groups = ((data[start:start + 4], width - room if start == short_group else width)
              for start in range(0, len(data), 4))
    return _packed(groups, b"")


def _packed(parts, empty):
    """Greedy packing shared by strings and bytes: consecutive parts are joined while the repr
    of the join fits the limit given with the part; returns the reprs of the joins."""
    pieces = []
    pending = empty
    for part, limit in parts:
        longer = pending + part
        if len(repr(longer)) <= limit:
            pending = longer
            continue
        if pending:
            pieces.append(repr(pending))
        pending = part
    if pending:
        pieces.append(repr(pending))
    return pieces


def _write_pieces(pieces, out, col, parenthesised):
    text = ("\n" + " " * col).join(pieces)
    out.append("(" + text + ")" if parenthesised else text)


# -- which types have a layout -----------------------------------------------------------

# Keyed by the type's __repr__, so subclasses that keep it are laid out the same way.
_layouts = {
    dict.__repr__: PrettyPrinter._lay_dict,
    list.__repr__: PrettyPrinter._lay_list,
    tuple.__repr__: PrettyPrinter._lay_tuple,
    set.__repr__: PrettyPrinter._lay_set,
    frozenset.__repr__: PrettyPrinter._lay_set,
    str.__repr__: PrettyPrinter._lay_str,
    bytes.__repr__: PrettyPrinter._lay_bytes,
    bytearray.__repr__: PrettyPrinter._lay_bytearray,
    type(type.__dict__).__repr__: PrettyPrinter._lay_mappingproxy,
}

# Types from library modules: (module, class, layout), moved into _layouts once the module is
# loaded (no instance can exist before), so importing pprint imports none of them.
_unloaded = [
    ("types", "SimpleNamespace", PrettyPrinter._lay_namespace),
    ("collections", "OrderedDict", PrettyPrinter._lay_ordered_dict),
    ("collections", "defaultdict", PrettyPrinter._lay_default_dict),
    ("collections", "Counter", PrettyPrinter._lay_counter),
    ("collections", "ChainMap", PrettyPrinter._lay_chain_map),
    ("_collections", "deque", PrettyPrinter._lay_deque),
    ("_collections_user", "UserDict", PrettyPrinter._lay_user_wrapper),
    ("_collections_user", "UserList", PrettyPrinter._lay_user_wrapper),
    ("_collections_user", "UserString", PrettyPrinter._lay_user_wrapper),
]


def _layout_for(obj):
    """The PrettyPrinter method that lays obj out over lines, or None to write its repr."""
    own = type(obj).__repr__
    layout = _layouts.get(own)
    if layout is None:
        if _unloaded and _take_loaded():
            layout = _layouts.get(own)
        if layout is None and _has_generated_repr(obj):
            layout = PrettyPrinter._lay_dataclass
    return layout


def _take_loaded():
    # Whether any entry of _unloaded could move to _layouts.
    loaded = [entry for entry in _unloaded if entry[0] in _sys.modules]
    for module, name, layout in loaded:
        _layouts[getattr(_sys.modules[module], name).__repr__] = layout
        _unloaded.remove((module, name, layout))
    return bool(loaded)


def _has_generated_repr(obj):
    # Dataclass instances are laid out field by field only while they print with the repr
    # @dataclass wrote for them (not a class, repr=True, no __repr__ of the user's own).
    cls = type(obj)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or isinstance(obj, type) or not params.repr:
        return False
    return getattr(cls.__repr__, "_written_by_dataclass", False)
