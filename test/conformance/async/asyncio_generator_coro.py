# 3.11 still counts plain generators as coroutines: asyncio.run and tasks drive them; gather's CancelledError arguments.
import asyncio

def bare_yield():
    yield
    return 7

def yields_value():
    yield 1

def waits_on_future():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from future')
    got = yield from fut
    return got

print(asyncio.iscoroutine(bare_yield()), asyncio.iscoroutinefunction(bare_yield))
for gen in (bare_yield, yields_value, waits_on_future):
    try:
        print(gen.__name__, asyncio.run(gen()))
    except RuntimeError as e:
        print(gen.__name__, type(e).__name__, e)

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    t = asyncio.create_task(bare_yield())
    print(repr(t).split(' coro=')[0], t.get_coro().__name__)
    print(await t)
    print(await asyncio.gather(bare_yield(), waits_on_future()))
    g = asyncio.gather(sleeper(1), sleeper(2))
    await asyncio.sleep(0)
    print(g.cancel('why'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args)
    g = asyncio.gather(sleeper(1), sleeper(2), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel('m2')
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled, return_exceptions', e.args)
    t1 = asyncio.create_task(sleeper(1))
    t2 = asyncio.create_task(sleeper(0.01))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel('child')
    r = await g
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r], r[0].args)
    t1 = asyncio.create_task(sleeper(1))
    t2 = asyncio.create_task(sleeper(1))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel('child msg')
    try:
        await g
    except asyncio.CancelledError as e:
        print('child cancelled', e.args, g.cancelled())
    t2.cancel()
    f = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f, return_exceptions=True)
    f.cancel('future msg')
    r = await g
    print(type(r[0]).__name__, r[0].args)

asyncio.run(main())
