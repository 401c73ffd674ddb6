"""Which magic methods a mock may have, and which MagicMock configures by default."""

_plain = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit '
          'divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool '
          'next fspath aiter')
_numeric = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'

# What MagicMock sets up on every instance (the async ones come from _mock_magic's AsyncMock).
magics = frozenset(
    ['__%s__' % name for name in _plain.split()]
    + ['__%s__' % name for name in _numeric.split()]
    + ['__i%s__' % name for name in _numeric.split()]
    + ['__r%s__' % name for name in _numeric.split()])

# Supported when a test sets them, never configured by default.
non_defaults = frozenset({
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__', '__getnewargs_ex__'})

async_magics = frozenset({'__aenter__', '__aexit__', '__anext__'})

all_magics = magics | non_defaults | async_magics

# Setting these on a mock could break the mock itself.
unsupported_magics = frozenset({'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                                '__instancecheck__', '__subclasscheck__', '__del__'})

# What a configured magic method returns before a test says otherwise.
fixed_results = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
    '__aexit__': False,
}


def is_magic(name):
    return '__%s__' % name[2:-2] == name


def as_method(name, func):
    """A plain function set as a magic method: called with the mock as its first argument."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method
