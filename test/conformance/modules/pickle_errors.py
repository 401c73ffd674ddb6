# pickle's errors: PicklingError for globals it cannot find, AttributeError for local
# objects, TypeError for unpicklable objects, bad __reduce__ results, and the
# UnpicklingError/EOFError/ValueError of broken pickles.
import pickle
import sys
import re


def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))


top_lambda = lambda: 1


def outer():
    def inner():
        pass
    return inner


class Renamed:
    pass


Renamed.__qualname__ = 'Nope'


def gen():
    yield 1


class R:
    def __reduce__(self):
        return 5


class R2:
    def __reduce__(self):
        return (1, ())


class R3:
    def __reduce__(self):
        return (R3, 1)


class R4:
    def __reduce__(self):
        return (R3,)


class R5:
    def __reduce__(self):
        return 'nothere'


class R6:
    def __reduce__(self):
        return (R6, (), None, 5)


class WrongNewobj:
    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, (R,))


class Unhashable:
    pass


Alias = Renamed
Alias.__module__ = 'no_such_module_here'

run(lambda: pickle.dumps(top_lambda))
run(lambda: pickle.dumps(lambda: 2))
run(lambda: pickle.dumps(outer()))
run(lambda: pickle.dumps(outer(), 2))
run(lambda: pickle.dumps(Alias))
for cls in (R, R2, R3, R4, R5, R6):
    run(lambda: pickle.dumps(cls()))
run(lambda: pickle.dumps(WrongNewobj()))
run(lambda: pickle.dumps(WrongNewobj(), 1)[:12])
run(lambda: pickle.dumps(gen()))
run(lambda: pickle.dumps([1, gen()]))
run(lambda: pickle.dumps(sys))
run(lambda: pickle.dumps(1, 6))
run(lambda: pickle.dumps(1, 'a'))
run(lambda: pickle.Pickler(None))
run(lambda: pickle.Pickler(sys.stdout, 4, buffer_callback=print))
run(lambda: pickle.Unpickler(None))
run(lambda: pickle.loads('text'))
for data in [b'', b'N', b'\xff', b'z', b'\x80\x06N.', b'h\x05.', b'g5\n.', b'cbuiltins\nNope\n.',
             b'cno_such_module_here\nNope\n.', b'a.', b'0.', b'(.', b'.', b'1.', b'K\x01K\x02.',
             b'I1x\n.', b'Sabc\n.', b"S'abc'\n.", b'U\x03abc.', b'U\x03\xffbc.', b'\x82\x01.',
             b'P1\n.', b'N\x94h\x00\x85.', b'I01\nI00\nF1.5\nL12L\nL-5\n\x86\x86\x86.',
             b'\x8a\x00.', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01.', b'N.junk', b'X\x05\x00\x00\x00ab.',
             b'}K\x01u.', b'(K\x01d.', b'\x80\x04N\x8c\x01a\x93.', b'(N\x81.', b']K\x01b.']:
    run(lambda: pickle.loads(data))
run(lambda: type(pickle.loads(b'\x80\x02cbuiltins\nobject\n)\x81N}\x86b.')).__name__)
run(lambda: pickle.loads(b'\x80\x02cbuiltins\nobject\n)\x81K\x01b.'))
run(lambda: pickle.loads(b'U\x03abc.', encoding='bytes'))
run(lambda: pickle.loads(b'U\x03\xffbc.', encoding='latin1'))
run(lambda: pickle.loads(b'T\x03\x00\x00\x00\xffbc.', encoding='ascii', errors='replace'))
print(pickle.PicklingError.__mro__)
print(pickle.UnpicklingError.__module__, pickle.Pickler.__module__, pickle.Unpickler.__name__)
print(issubclass(pickle.UnpicklingError, pickle.PickleError))

# Nesting: CPython's C pickler stops a little under 500 levels with the default limit.
for depth in (300, 600):
    x = []
    for i in range(depth):
        x = [x]
    run(lambda: len(pickle.dumps(x)))

# Subclasses that forget to call __init__.
class LazyPickler(pickle.Pickler):
    def __init__(self):
        pass


class LazyUnpickler(pickle.Unpickler):
    def __init__(self):
        pass


run(lambda: LazyPickler().dump(1))
run(lambda: LazyUnpickler().load())
