# sys's hook functions (and its other one-argument / no-argument functions) refuse wrong
# argument counts and keywords with CPython's messages, naming the function as sys.NAME().
import sys

names = ['settrace', 'setprofile', 'gettrace', 'getprofile', '_getframe', 'call_tracing',
         'setrecursionlimit', 'getrecursionlimit', 'intern', 'exit', 'is_finalizing',
         'exc_info', 'exception', 'getdefaultencoding', 'getfilesystemencoding',
         'setswitchinterval', 'getswitchinterval', 'excepthook']
for name in names:
    f = getattr(sys, name)
    for args in [(1, 2, 3), ()]:
        try:
            f(*args)
            print(name, len(args), 'ok')
        except BaseException as e:
            print(name, len(args), type(e).__name__, e)
    try:
        f(x=1)
    except BaseException as e:
        print(name, 'kw', type(e).__name__, e)
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
for bad in [1, b'x', None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.intern('abc'))
try:
    sys.setswitchinterval('a')
except TypeError as e:
    print(type(e).__name__, e)
