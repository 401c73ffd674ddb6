# A suspended coroutine the program drives with send() is closed where its last reference goes
import sys, types

@types.coroutine
def sleep0():
    yield "tick"

async def worker(name):
    print("start", name)
    try:
        await sleep0()
        print("resumed", name)
    finally:
        print("finally", name)

c = worker("a")
c.send(None)
print("dropping a")
del c
print("after a")

def run_one():
    d = worker("b")
    d.send(None)
    print("leaving run_one")
run_one()
print("after b")

c = worker("c")
c.send(None)
c = None
print("after c")

async def with_block():
    class CM:
        def __enter__(self):
            print("enter")
        def __exit__(self, *exc):
            print("exit", exc[0].__name__)
    with CM():
        await sleep0()

w = with_block()
w.send(None)
w = [w]
w.clear()
print("after with")

async def ignores():
    try:
        await sleep0()
    except GeneratorExit:
        await sleep0()

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)
sys.unraisablehook = hook
e = ignores()
e.send(None)
del e
print("after ignores")

async def raises():
    try:
        await sleep0()
    finally:
        raise ValueError("from finally")
r = raises()
r.send(None)
r = 1
print("after raises")

# A finished or closed coroutine has nothing to run; one awaited by another goes with it.
async def outer():
    await worker("inner")
o = outer()
o.send(None)
del o
print("after outer")
kept = worker("kept")
kept.send(None)
print("end")
