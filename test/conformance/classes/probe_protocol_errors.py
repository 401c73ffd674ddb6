# protocol errors on user classes: with, async with, await, iteration, calls, unpacking, hashing, indexing
import asyncio
class NoCM: pass
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
for cls in (NoCM, OnlyEnter, OnlyExit):
    try:
        with cls():
            pass
    except TypeError as e:
        print("TypeError", e)
class InstEnter:
    def __init__(self):
        self.__enter__ = lambda: 1
        self.__exit__ = lambda *a: None
try:
    with InstEnter(): pass
except TypeError as e:
    print("TypeError", e)
async def main():
    for cls in (NoCM, OnlyEnter):
        try:
            async with cls():
                pass
        except TypeError as e:
            print("TypeError", e)
    class NotAwaitable: pass
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError", e)
    class BadAwait:
        def __await__(self): return 5
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError", e)
    class GoodAwait:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "awaited"
    print(await GoodAwait())
    class NoAiter: pass
    try:
        async for x in NoAiter(): pass
    except TypeError as e:
        print("TypeError", e)
    class AiterNoAnext:
        def __aiter__(self): return self
    try:
        async for x in AiterNoAnext(): pass
    except TypeError as e:
        print("TypeError", e)
    class AsyncIt:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 2: raise StopAsyncIteration
            return self.i
    print([x async for x in AsyncIt()])
    class ACM:
        async def __aenter__(self): print("aenter"); return "v"
        async def __aexit__(self, *a): print("aexit", a[0]); return True
    async with ACM() as v:
        print("inside", v)
        raise ValueError
    print("suppressed")
asyncio.run(main())
class X: pass
for label, fn in [("call", lambda: X()()), ("iter", lambda: iter(X())), ("len", lambda: len(X())), ("getitem", lambda: X()[0]),
                  ("next", lambda: next(X())), ("reversed", lambda: reversed(X())), ("unpack", lambda: [*X()]), ("star", lambda: print(*X())),
                  ("kw", lambda: dict(**X())), ("hash-list", lambda: hash([])), ("neg", lambda: -X()), ("abs", lambda: abs(X())),
                  ("int", lambda: int(X())), ("float", lambda: float(X())), ("complex", lambda: complex(X())), ("index", lambda: [1][X()]),
                  ("slice", lambda: [1][X():]), ("range", lambda: range(X())), ("round", lambda: round(X())), ("divmod", lambda: divmod(X(), 1)),
                  ("pow", lambda: pow(X(), 2, 3)), ("in", lambda: 1 in X()), ("bytes", lambda: bytes(X())), ("format", lambda: format(X(), "d")),
                  ("sorted", lambda: sorted([X(), X()])), ("max", lambda: max(X(), X())), ("sum", lambda: sum([X()])), ("chr", lambda: chr(X())),
                  ("setitem", lambda: X().__class__.__setitem__), ("delattr", lambda: delattr(X(), "a")), ("bool-len", lambda: bool(type("L", (), {"__len__": lambda s: -1})())),
                  ("zip", lambda: zip(X())), ("map", lambda: list(map(len, X()))), ("enumerate", lambda: enumerate(X())), ("dict", lambda: dict(X())),
                  ("set", lambda: set(X())), ("str-join", lambda: "".join(X())), ("isinstance", lambda: isinstance(1, X())), ("issubclass", lambda: issubclass(X, X()))]:
    try:
        fn()
        print(label, "ok")
    except (TypeError, AttributeError, ValueError) as e:
        print(label, type(e).__name__, e)
def f(a, b): pass
try:
    f(*X())
except TypeError as e:
    print("TypeError", e)
try:
    f(**X())
except TypeError as e:
    print("TypeError", e)
class KeysOnly:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(KeysOnly()), {**KeysOnly()}, f(**KeysOnly()))
a, b = KeysOnly().keys()
try:
    a, b = X()
except TypeError as e:
    print("TypeError", e)
