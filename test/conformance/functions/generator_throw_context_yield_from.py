# gen.throw() through yield from: what the delegate raises is chained to the delegating generator's handled exception (also under a profiler, and via map)
import sys
def f():
    yield
def g2():
    try:
        raise KeyError('a')
    except Exception:
        yield from f()
def fi():
    try:
        yield
    except ValueError:
        raise TypeError("t")
def g5():
    try:
        raise KeyError('b')
    except Exception:
        yield from fi()
def run(label):
    gen = g2(); gen.send(None)
    try: gen.throw(ValueError)
    except ValueError as e: print(label, "context", repr(e.__context__))
    gen = g5(); gen.send(None)
    try: gen.throw(ValueError)
    except TypeError as e: print(label, "context", repr(e.__context__), repr(e.__context__.__context__))
    gen = g2(); gen.send(None)
    try: list(map(gen.throw, [ValueError]))
    except ValueError as e: print(label, "via map", repr(e.__context__))
run("loop")
sys.setprofile(lambda *a: None)
run("native")
sys.setprofile(None)
