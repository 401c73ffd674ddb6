# A class's __getattr__ raising, caught by the caller many times over (the compiled path
# hands the exception back without a JavaScript throw): name/obj, args, __context__,
# the traceback's frames, sys.exc_info(), hasattr/getattr, and an uncaught one at the end.
import sys
import traceback


class Lazy:
    def __getattr__(self, name):
        if name == 'boom':
            raise KeyError(name)
        if name == 'named':
            raise AttributeError('custom', name=name, obj=None)
        raise AttributeError(name)


o = Lazy()


def read(obj, n):
    misses = 0
    for i in range(n):
        try:
            obj.x
        except AttributeError as e:
            misses += 1
            last = e
            info = sys.exc_info()[1] is e
    return misses, last, info


misses, e, info = read(o, 3000)
print(misses, info, e.args, e.name, e.obj is o, e.__context__, e.__cause__)
print([(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])


def named(n):
    for i in range(n):
        try:
            o.named
        except AttributeError as e:
            last = e
    return last


e = named(2000)
print(e.args, e.name, e.obj)


def in_handler(n):
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError:
            try:
                o.y
            except AttributeError as e:
                last = e
    return last


e = in_handler(2000)
print(repr(e.__context__), e.__suppress_context__, sys.exc_info())


def other(n):
    caught = 0
    for i in range(n):
        try:
            o.boom
        except KeyError as e:
            caught += 1
            last = e
    return caught, last


caught, e = other(2000)
print(caught, repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])


def builtins(n):
    t = 0
    for i in range(n):
        t += hasattr(o, 'z') + (getattr(o, 'z', 5) == 5)
        try:
            hasattr(o, 'boom')
        except KeyError:
            t += 1
        try:
            getattr(o, 'boom', None)
        except KeyError:
            t += 1
    return t


print(builtins(2000))
print(hasattr(o, 'named'), getattr(o, 'named', 'dflt'))


def last():
    for i in range(3000):
        try:
            o.q
        except AttributeError:
            pass
    return o.last_one


last()
