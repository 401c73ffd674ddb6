# aiter() and anext() with and without a default, on async generators and __anext__ classes, and their errors.
import asyncio
async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
async def main():
    it = aiter(gen(3))
    print(await anext(it), await anext(it))
    print([x async for x in it])
    print(await anext(it, 'done'), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    t = aiter(Ticker(2))
    print(t is aiter(t), await anext(t), await anext(t, 'x'), await anext(t, [1, 2]), await anext(t, 'again'))
    for bad in [lambda: aiter([1]), lambda: anext([1]), lambda: anext(iter([1])), lambda: aiter(), lambda: anext(), lambda: anext(1, 2, 3), lambda: aiter(1, 2), lambda: anext(it, default=1)]:
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)
    class BadAiter:
        def __aiter__(self): return 5
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(type(e).__name__, e)
    aw = anext(gen(1), 'd')
    print(type(aw).__name__, type(anext(gen(1))).__name__)
    print(await aw)
    results = await asyncio.gather(anext(gen(2)), anext(gen(0), 'empty'), anext(Ticker(1), 'z'))
    print(results)
    print(EncodingWarning.__mro__, issubclass(EncodingWarning, Warning))
asyncio.run(main())
