"""reprlib for tpy: size-limited reprs (Repr, repr) and recursive_repr, with CPython 3.11's API."""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]

# What recursive_repr copies from the decorated method onto its wrapper.
_COPIED = ('__module__', '__doc__', '__name__', '__qualname__')


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call for an object whose repr is already being
    made (in this thread) returns fillvalue instead of recursing."""

    def decorate(method):
        # (id(obj), thread) of each repr in progress: another thread's repr of the same
        # object is not a recursive call.
        busy = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        for name in _COPIED:
            setattr(wrapper, name, getattr(method, name))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _in_order(items):
    # Sorted when the items compare, so output does not hang on hashing; else as iterated.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _cut_points(limit):
    """How many characters to keep before and after the 3-character fill: the head gets
    the smaller half."""
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


# Repr's limits, as instance attributes of every Repr.
_DEFAULT_LIMITS = {
    'fillvalue': '...', 'maxlevel': 6,
    'maxtuple': 6, 'maxlist': 6, 'maxarray': 5, 'maxdict': 4,
    'maxset': 6, 'maxfrozenset': 6, 'maxdeque': 6,
    'maxstring': 30, 'maxlong': 40, 'maxother': 30,
}


class Repr:
    """Makes reprs cut down to the sizes its max* attributes give, nested at most
    maxlevel deep; repr_<type name> methods (a subclass may add some) do each type."""

    def __init__(self):
        for name, value in _DEFAULT_LIMITS.items():
            setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """x's limited repr at nesting budget `level`."""
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _items(self, items, size, level, opening, closing, limit, lone_suffix=''):
        # The body is the fill value alone once the level budget is spent (unless empty);
        # else the first `limit` items, then the fill value if some were left out.
        if size and level <= 0:
            return opening + self.fillvalue + closing
        parts = [self.repr1(item, level - 1) for item in islice(items, limit)]
        if size > limit:
            parts.append(self.fillvalue)
        if size == 1:
            closing = lone_suffix + closing
        return opening + ', '.join(parts) + closing

    def repr_tuple(self, x, level):
        return self._items(x, len(x), level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, len(x), level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._items(x, len(x), level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_in_order(x), len(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_in_order(x), len(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, len(x), level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        entries = ['%s: %s' % (self.repr1(k, below), self.repr1(x[k], below))
                   for k in islice(_in_order(x), self.maxdict)]
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{%s}' % ', '.join(entries)

    def _elide(self, text, limit):
        head, tail = _cut_points(limit)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Quote the kept ends together, so the quotes and escapes come out right.
        head, tail = _cut_points(limit)
        return self._elide(builtins.repr(x[:head] + x[len(x) - tail:]), limit)

    def repr_int(self, x, level):
        text = builtins.repr(x)
        return self._elide(text, self.maxlong) if len(text) > self.maxlong else text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._elide(text, self.maxother) if len(text) > self.maxother else text


aRepr = Repr()
repr = aRepr.repr
