# contextlib: chdir, asynccontextmanager, aclosing, AsyncExitStack, suppress, their errors
import contextlib, os, asyncio, tempfile
start = os.getcwd()
d = tempfile.mkdtemp()
with contextlib.chdir(d):
    print(os.getcwd() == os.path.realpath(d))
print(os.getcwd() == start)
os.rmdir(d)
try:
    with contextlib.chdir("nonexistent_dir"):
        pass
except FileNotFoundError as e: print(type(e).__name__, e.errno, e.filename)
class AGenT:
    def __init__(self): self.closed = False
    async def aclose(self): self.closed = True; print("aclose called")
@contextlib.asynccontextmanager
async def acm(x):
    print("enter", x)
    try:
        yield x * 2
    except ValueError as e:
        print("cm saw", e)
    finally:
        print("exit", x)
async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally")
async def main():
    async with acm(3) as v:
        print("got", v)
    async with acm(4):
        raise ValueError("boom")
    async with contextlib.aclosing(agen()) as g:
        async for i in g:
            if i == 2: break
            print("i", i)
    async with contextlib.AsyncExitStack() as stack:
        v1 = await stack.enter_async_context(acm(5))
        v2 = stack.enter_context(contextlib.nullcontext(7))
        stack.push_async_callback(lambda: asyncio.sleep(0, print("async cb")))
        stack.callback(print, "sync cb")
        print(v1, v2)
    async with contextlib.nullcontext(9) as n:
        print("null", n)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(acm(6))
            raise KeyError("k")
    except KeyError as e: print("propagated", e)
    @contextlib.asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield(): pass
    except RuntimeError as e: print(e)
    @contextlib.asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice(): pass
    except RuntimeError as e: print(e)
    try:
        await contextlib.AsyncExitStack().enter_async_context(contextlib.nullcontext())
    except TypeError as e: print(e)
asyncio.run(main())
with contextlib.suppress(KeyError, IndexError):
    {}['x']
print("suppressed")
with contextlib.ExitStack() as es:
    try:
        es.enter_context(3)
    except TypeError as e: print(e)
with contextlib.redirect_stdout(None): pass
try:
    with contextlib.suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except ExceptionGroup as e: print("rest", repr(e))
