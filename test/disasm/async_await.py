# Coroutines: await, async for, async with, an async comprehension and an async generator.
async def f(a, cm):
    x = await a
    async for i in a:
        print(i)
    async with cm as c:
        pass
    return [y async for y in a]
async def ag():
    yield 1
