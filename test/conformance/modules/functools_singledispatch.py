# functools.singledispatch, singledispatchmethod and partialmethod.
import functools
import collections.abc


@functools.singledispatch
def show(x):
    return f'object {x!r}'


@show.register
def _(x: int):
    return f'int {x}'


@show.register(list)
@show.register(tuple)
def _(x):
    return f'sequence of {len(x)}'


@show.register
def _(x: float | complex):
    return f'number {x}'


@show.register(collections.abc.Mapping)
def _(x):
    return f'mapping {sorted(x)}'


class MyInt(int):
    pass


print(show(1), show(True), show(MyInt(5)), show([1, 2]), show((1,)), show(2.5), show(1j), show('s'), show({'b': 1, 'a': 2}))
print(show.dispatch(bool).__name__, show.dispatch(str) is show.registry[object], len(show.registry), object in show.registry)
print(show.__name__, show.__wrapped__('raw'))
try:
    show()
except TypeError as e:
    print(e)
for bad in [lambda: show.register(3, lambda x: x), lambda: show.register(lambda x: x)]:
    try:
        bad()
    except TypeError as e:
        print(str(e).split(':')[0])
try:
    @show.register
    def _(x: 3):
        pass
except TypeError as e:
    print(e)


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f'? {arg}'

    @fmt.register
    def _(self, arg: int):
        return f'int {arg:03d}'

    @fmt.register
    def _(self, arg: str):
        return f'str {arg.upper()}'

    @functools.singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return 'other'

    @kind.register
    @classmethod
    def _(cls, arg: list):
        return f'{cls.__name__} list'


f = Formatter()
print(f.fmt(7), f.fmt('abc'), f.fmt(1.5), Formatter.kind([]), Formatter.kind(3), f.fmt.__name__)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, note=''):
        self._alive = bool(state)
        return (self._alive, note)

    set_alive = functools.partialmethod(set_state, True, note='up')
    set_dead = functools.partialmethod(set_state, False)

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = functools.partialmethod(make, 1)


c = Cell()
print(c.set_alive(), c.set_dead(note='down'), Cell.make_one(2), c.make_one(3))
print(repr(Cell.__dict__['set_dead']).startswith('functools.partialmethod(<function Cell.set_state'))
try:
    functools.partialmethod(3)
except TypeError as e:
    print(e)
