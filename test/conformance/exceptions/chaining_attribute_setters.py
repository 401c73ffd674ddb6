# exception chaining attributes: their setters' type checks (__suppress_context__ only takes a bool), cycles, an explicit cause and context uncaught
e = ValueError("v")
for v in [True, False, 0, None, 1.0]:
    try:
        e.__suppress_context__ = v
        print(repr(e.__suppress_context__))
    except TypeError as ex:
        print("TypeError", ex)
try:
    del e.__suppress_context__
except TypeError as ex:
    print("TypeError", ex)
for attr, val in [('__cause__', 5), ('__context__', 'x'), ('__suppress_context__', 1), ('__traceback__', 3), ('__cause__', None), ('__context__', None), ('args', [1, 2]), ('__notes__', 'x')]:
    try:
        setattr(e, attr, val)
        print(attr, 'set ->', repr(getattr(e, attr)))
    except TypeError as ex:
        print(attr, 'TypeError', ex)
try:
    del e.__cause__
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError from 5
except TypeError as ex:
    print(ex)
try:
    raise 5
except TypeError as ex:
    print(ex)
try:
    raise ValueError from KeyError
except ValueError as ex:
    print(repr(ex.__cause__))
class NotExc: pass
try:
    raise NotExc
except TypeError as ex:
    print(ex)
def f():
    try:
        raise KeyError('first')
    except KeyError as k:
        err = RuntimeError('second')
        err.__suppress_context__ = True
        raise err
try:
    f()
except RuntimeError as ex:
    print(repr(ex.__context__), ex.__suppress_context__)
    ex.__suppress_context__ = False
    import traceback
    print(''.join(traceback.format_exception(ex)).replace(__file__, 'F'))
a = ValueError('a'); b = TypeError('b')
a.__context__ = b; b.__context__ = a
try:
    raise a
except ValueError as ex:
    import traceback
    print(''.join(traceback.format_exception(ex)).replace(__file__, 'F'))
x = KeyError('x')
x.__cause__ = ValueError('cause')
x.__context__ = TypeError('ctx')
x.__suppress_context__ = False
raise x
