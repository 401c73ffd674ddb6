# Exceptions through `with` in compiled loops and bodies: __exit__ gets (type, value, tb),
# a truthy result swallows the exception, a falsy one re-raises it with its traceback,
# __exit__ raising chains the exception it was given, __enter__ raising calls no __exit__.
import sys
import traceback

class Swallow:
    def __init__(self):
        self.seen = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            self.seen.append((t.__name__, str(v), tb is not None and tb.tb_lineno))
        return t is not None and issubclass(t, KeyError)

def swallow(n):
    cm = Swallow()
    d = {}
    hits = 0
    for i in range(n):
        with cm:
            if i % 3 == 0:
                d[i]  # KeyError, swallowed
            hits += 1
    return hits, len(cm.seen), cm.seen[0]

def reraise(n):
    cm = Swallow()
    caught = 0
    last = None
    for i in range(n):
        try:
            with cm:
                if i % 2:
                    raise ValueError('odd %d' % i)
        except ValueError as e:
            caught += 1
            last = e
    tb = traceback.extract_tb(last.__traceback__)
    return caught, [(fs.name, fs.lineno, fs.line) for fs in tb]

class Falsy:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value

def falsy_results(n):
    out = []
    for value in (0, '', [], None, False, 0.0):
        cm = Falsy(value)
        k = 0
        for i in range(n):
            try:
                with cm:
                    raise IndexError(i)
            except IndexError:
                k += 1
        out.append(k)
    for value in (1, 'x', [0], True, 2.5):
        cm = Falsy(value)
        k = 0
        for i in range(n):
            with cm:
                raise IndexError(i)
            k += 1
        out.append(k)
    return out

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('exit failed with %s' % (t.__name__ if t else None))

def exit_raises(n):
    cm = BadExit()
    results = []
    for i in range(n):
        try:
            with cm:
                if i % 2:
                    raise KeyError(i)
        except RuntimeError as e:
            results.append((str(e), type(e.__context__).__name__, e.__suppress_context__))
    return len(results), results[0], results[1]

class BadEnter:
    def __init__(self):
        self.exits = 0
    def __enter__(self):
        raise OSError('no entry')
    def __exit__(self, *exc):
        self.exits += 1

def enter_raises(n):
    cm = BadEnter()
    k = 0
    for i in range(n):
        try:
            with cm:
                k += 100
        except OSError:
            k += 1
    return k, cm.exits

class NoEnter:
    def __exit__(self, *exc):
        pass

class NoExit:
    def __enter__(self):
        print('never')

def missing(n):
    msgs = set()
    for i in range(n):
        for obj in (NoEnter(), NoExit(), 42, None):
            try:
                with obj:
                    pass
            except TypeError as e:
                msgs.add(str(e))
    return sorted(msgs)

def in_handler(n):
    # A with inside an except clause: sys.exc_info() inside and after.
    cm = Swallow()
    names = []
    for i in range(n):
        try:
            raise LookupError(i)
        except LookupError:
            with cm:
                names.append(sys.exc_info()[0].__name__)
        names.append(sys.exc_info()[0])
    return names[-2:]

print(swallow(600))
print(reraise(600))
print(falsy_results(300))
print(exit_raises(600))
print(enter_raises(600))
print(missing(300))
print(in_handler(300))

def deep(cm, i):
    with cm:
        return 10 // (i - 400)

def uncaught():
    cm = Falsy(None)
    for i in range(600):
        deep(cm, i)

uncaught()
