# Async generators: __anext__, asend, athrow, aclose, async comprehensions, and their errors.
class Sleep:
    def __await__(self):
        yield 'suspend'

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print('agen got', got)
            await Sleep()
    finally:
        print('agen finally')

def run(coro):
    """Drive a coroutine by hand, printing what it passes up."""
    try:
        while True:
            v = coro.send(None)
            print('  (passed up', v, ')')
    except StopIteration as e:
        return e.value

async def main():
    g = agen(3)
    print(type(g).__name__, g.__qualname__, g.ag_running)
    print(type(g.__anext__()).__name__, type(g.aclose()).__name__)
    async for x in agen(2):
        print('for', x)
    print([x async for x in agen(3)])
    print([x * 10 async for x in agen(4) if x % 2])
    print({x: await double(x) for x in range(3)})
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend('hello'))
    try:
        await g.athrow(KeyError('k'))
    except KeyError as e:
        print('athrow raised', repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    g = agen(5)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed')
    await g.aclose()
    g2 = agen(2)
    await g2.aclose()
    print('closed unstarted')
    return 'main end'

async def double(x):
    return x * 2

print(run(main()))

async def bad_stop():
    raise StopAsyncIteration
    yield 1

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main2():
    try:
        await bad_stop().__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e)
    g = ignores()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    g = agen(1)
    aw = g.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
    await g.aclose()
    try:
        await agen(1).asend(1)
    except TypeError as e:
        print(type(e).__name__, e)

run(main2())
