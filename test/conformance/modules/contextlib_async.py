# contextlib's async parts: asynccontextmanager, AsyncExitStack, aclosing, async ContextDecorator use
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, AbstractAsyncContextManager, nullcontext

@asynccontextmanager
async def resource(name):
    """An async resource."""
    print('open', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print('close', name)

@asynccontextmanager
async def swallow(kind):
    try:
        yield
    except kind as e:
        print('swallowed', repr(e))

@asynccontextmanager
async def twice():
    yield 1
    yield 2

@asynccontextmanager
async def never():
    if False:
        yield

@asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise ValueError('translated') from e

class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        return self.suppress

class AClosable:
    async def aclose(self):
        print('aclose called')

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finalized')

async def main():
    cm = resource('r')
    print(type(cm).__name__, cm.__doc__, resource.__name__)
    print(isinstance(cm, AbstractAsyncContextManager))
    async with cm as v:
        print('body', v)
    try:
        async with resource('e'):
            raise KeyError('boom')
    except KeyError as e:
        print('caught', e)
    async with swallow(ZeroDivisionError):
        1 / 0
    try:
        async with swallow(KeyError):
            raise IndexError('i')
    except IndexError as e:
        print('passed', e)
    for gen_cm in (twice, never):
        try:
            async with gen_cm():
                pass
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        async with translate():
            {}['k']
    except ValueError as e:
        print('ValueError', e, repr(e.__cause__))
    try:
        async with resource('stop'):
            raise StopAsyncIteration('sai')
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e)

    @resource('deco')
    async def decorated(x):
        print('inside', x)
        return x + 1
    print(await decorated(1), decorated.__name__)

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(ACM('a')))
        print(stack.enter_context(nullcontext('sync')))
        print(await stack.enter_async_context(resource('s')))
        async def acb(*a, **k):
            print('async callback', a, k)
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        stack.callback(print, 'sync callback')
        async def aexit(et, ev, tb):
            print('push_async_exit fn', et)
        print(stack.push_async_exit(aexit) is aexit)
        print(stack.push_async_exit(ACM('pushed')).name)
    print('---')
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ACM('outer', suppress=True))
        await stack.enter_async_context(ACM('inner'))
        raise KeyError('k')
    print('suppressed')
    print(await AsyncExitStack().enter_async_context(nullcontext(9)))
    async with nullcontext('n') as n:
        print('async nullcontext', n)
    for bad in (object(), resource, 3):
        try:
            await AsyncExitStack().enter_async_context(bad)
        except TypeError as e:
            print('TypeError', e)
    try:
        AsyncExitStack().enter_context(ACM('x'))
    except TypeError as e:
        print('TypeError', e)
    stack = AsyncExitStack()
    stack.push_async_callback(acb, 'moved')
    moved = stack.pop_all()
    print(type(moved).__name__)
    await stack.aclose()
    await moved.aclose()
    try:
        async with AsyncExitStack() as stack:
            async def fails():
                1 / 0
            stack.push_async_callback(fails)
            raise IndexError('first')
    except ZeroDivisionError as e:
        print('ZeroDivisionError', repr(e.__context__))

    async with aclosing(AClosable()) as c:
        print(type(c).__name__)
    async with aclosing(agen()) as g:
        async for i in g:
            print('item', i)
            if i == 1:
                break
    print('after aclosing')
    try:
        with AsyncExitStack() as s:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)

asyncio.run(main())
