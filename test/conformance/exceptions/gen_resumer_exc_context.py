# A generator outside its own handlers sees and chains to its resumer's handled exception; throw() chains only to the generator's own
import sys

def cur():
    return repr(sys.exc_info()[1])

def held():
    try:
        raise KeyError("own")
    except KeyError:
        yield "in handler " + cur()
        yield "still " + cur()
    yield "after handler " + cur()

g = held()
print(next(g))
try:
    raise ValueError("caller1")
except ValueError:
    print(next(g))
    print("caller sees", cur())
try:
    raise TypeError("caller2")
except TypeError:
    print(next(g))
print("outside", cur())

def reraiser():
    yield 1
    raise

r = reraiser()
next(r)
try:
    try:
        raise IndexError("outer")
    except IndexError:
        next(r)
except IndexError as e:
    print("bare raise in gen re-raised", repr(e))

def inner():
    yield cur()
    raise LookupError("deep")

def outer_gen():
    v = yield from inner()
    yield v

try:
    raise OSError("from caller")
except OSError:
    og = outer_gen()
    print(next(og))
    try:
        next(og)
    except LookupError as e:
        print("context", repr(e.__context__))

def counter(n):
    for i in range(n):
        yield i
    raise ZeroDivisionError("end")

for round_ in range(3):
    try:
        raise NameError("round %d" % round_)
    except NameError:
        try:
            total = 0
            for v in counter(300):
                total += v
        except ZeroDivisionError as e:
            print(total, repr(e.__context__))

def thrower():
    try:
        yield 1
    except KeyError as e:
        print("gen caught", repr(e), repr(e.__context__), cur())
        yield 2
    print("gen after", cur())
    yield 3

t = thrower()
next(t)
try:
    raise RuntimeError("while throwing")
except RuntimeError:
    print(t.throw(KeyError("thrown")))
    print(next(t))
print(cur())

def handler_restores():
    try:
        raise ValueError("gv")
    except ValueError:
        pass
    yield cur()
try:
    raise EOFError("c")
except EOFError:
    print(next(handler_restores()))

def own_then_throw():
    try:
        raise KeyError("own")
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            print("thrown ctx", repr(e.__context__))
    try:
        yield 2
    except GeneratorExit as e:
        print("exit ctx", repr(e.__context__))
        raise

x = own_then_throw()
next(x)
x.throw(ValueError("t"))
try:
    1 / 0
except ZeroDivisionError:
    x.close()
