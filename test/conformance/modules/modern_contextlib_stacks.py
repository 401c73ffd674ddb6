# contextlib: ExitStack callback chaining and suppression, pop_all, contextmanager errors and decorators, AsyncExitStack callbacks
import contextlib, asyncio, sys
def cb(name, exc=None):
    def f(*a):
        print("cb", name, [type(x).__name__ if isinstance(x, BaseException) else x for x in a][:1])
        if exc: raise exc
    return f
try:
    with contextlib.ExitStack() as s:
        s.callback(cb("a", KeyError("a")))
        s.callback(cb("b", ValueError("b")))
        s.push(lambda *exc: print("push sees", exc[0].__name__ if exc[0] else None))
        raise IndexError("body")
except Exception as e:
    print(type(e).__name__, e, "ctx:", repr(e.__context__), "ctx.ctx:", repr(e.__context__.__context__))
with contextlib.ExitStack() as s:
    s.push(lambda *exc: True)
    raise RuntimeError("suppressed by push")
print("after suppression")
s = contextlib.ExitStack()
s.callback(print, "popped later")
s2 = s.pop_all()
s.close(); print("s closed"); s2.close()
@contextlib.contextmanager
def gen_stop():
    yield
    raise StopIteration("inner stop")
try:
    with gen_stop(): pass
except RuntimeError as e: print("RuntimeError", e)
@contextlib.contextmanager
def reraiser():
    try: yield
    except ValueError as e: raise TypeError("converted") from e
try:
    with reraiser(): raise ValueError("v")
except TypeError as e: print("TypeError", e, repr(e.__cause__))
@contextlib.contextmanager
def swallow():
    try: yield
    except Exception: pass
with swallow(): raise KeyError
print("swallowed")
@swallow()
def decorated(): raise ValueError
print(decorated())
class Closable:
    def close(self): print("closed")
with contextlib.closing(Closable()) as c: print(type(c).__name__)
async def main():
    async with contextlib.AsyncExitStack() as st:
        async def acb(): print("async cb"); raise OSError("acb")
        st.push_async_callback(acb)
        st.callback(print, "sync cb")
        st.push_async_exit(lambda *exc: asyncio.sleep(0, False))
    print("unreached")
try: asyncio.run(main())
except OSError as e: print("OSError", e)
@contextlib.asynccontextmanager
async def actx():
    yield 1
async def m2():
    @actx()
    async def deco(): return "decorated coroutine"
    print(await deco())
asyncio.run(m2())
print(contextlib.AbstractContextManager.__subclasshook__, issubclass(contextlib.ExitStack, contextlib.AbstractContextManager), isinstance(contextlib.nullcontext(), contextlib.AbstractAsyncContextManager))
