# asyncio.exceptions: bases, messages, attributes, pickling and copying of the stream errors.
import asyncio
import asyncio.exceptions as ae
import copy
import pickle

print(ae.__all__)
for name in ae.__all__:
    cls = getattr(ae, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__])
    print(getattr(asyncio, name) is cls)

print(asyncio.TimeoutError is TimeoutError)

for expected in (5, None, 0):
    e = ae.IncompleteReadError(b'ab', expected)
    print(str(e), e.args, repr(e), e.partial, e.expected)
    e2 = pickle.loads(pickle.dumps(e))
    print(type(e2).__name__, e2.args, e2.partial, e2.expected)
    e3 = copy.copy(e)
    print(e3.partial, e3.expected, str(e3))

e = ae.LimitOverrunError('Separator is not found', 7)
print(str(e), e.args, repr(e), e.consumed)
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2.args, e2.consumed)

for cls in (ae.CancelledError, ae.InvalidStateError, ae.SendfileNotAvailableError, ae.BrokenBarrierError):
    e = cls('why', 2)
    print(repr(e), str(e), e.args, repr(cls()))
    print(repr(pickle.loads(pickle.dumps(e))))

try:
    ae.IncompleteReadError(b'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ae.LimitOverrunError('m')
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ae.IncompleteReadError(b'abc', 10)
except EOFError as e:
    print('caught as EOFError', e)
try:
    raise ae.CancelledError()
except Exception:
    print('wrong: caught as Exception')
except BaseException as e:
    print('caught as BaseException', type(e).__name__)
