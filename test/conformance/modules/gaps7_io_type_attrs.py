# Setting and deleting attributes on the io classes and their instances: the _io types are
# C types (immutable: TypeError naming them '_io.X'), io's ABCs and UnsupportedOperation are
# heap types, and a subclass of a C type is a class like any other.
import io

for cls in [io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader, io.FileIO, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase,
            io.UnsupportedOperation]:
    for action in ['set', 'del', 'set existing', 'del existing']:
        try:
            if action == 'set':
                cls.x = 1
            elif action == 'del':
                del cls.x
            elif action == 'set existing':
                cls.read = 1
            else:
                del cls.read
            print(cls.__name__, action, 'ok')
        except (TypeError, AttributeError) as e:
            print(cls.__name__, action, type(e).__name__, e)
    for special in ['__doc__', '__module__', '__name__']:
        try:
            setattr(cls, special, getattr(cls, special))
            print(' ', special, 'ok')
        except TypeError as e:
            print(' ', special, e)
    print(' ', cls.__module__, cls.__qualname__, type(cls.__dict__).__name__)

s = io.StringIO('abc')
s.x = 1
print(s.__dict__, vars(s))
s.__dict__['y'] = 2
print(s.y)
del s.x
print(s.__dict__)
try:
    del s.x
except AttributeError as e:
    print('AttributeError', e)
b = io.BytesIO(b'x')
b.q = 1
print(b.__dict__)
s.read = 5
print('set read', s.read)
del s.read
print(s.read())
try:
    del s.getvalue
except AttributeError as e:
    print('AttributeError', e)


class MyS(io.StringIO):
    pass


MyS.x = 1
print(MyS.x, MyS().x)
del MyS.x
print(hasattr(MyS, 'x'))

e = io.UnsupportedOperation('x')
e.y = 1
print(e.__dict__, repr(e), str(e), type(e))
io.UnsupportedOperation.z = 5
print(e.z)
del io.UnsupportedOperation.z
print(hasattr(e, 'z'))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as err:
    print(type(err), repr(err), isinstance(err, OSError), isinstance(err, ValueError))

# The message names a C type by its tp_name, module included.
import array
import collections
import itertools
import operator
import re

for cls in [collections.deque, itertools.count, re.Pattern, array.array, operator.itemgetter, int,
            type(iter(()))]:
    for name in ['x', '__doc__']:
        try:
            setattr(cls, name, 'd')
        except TypeError as e:
            print(e)
    try:
        del cls.x
    except TypeError as e:
        print(e)
