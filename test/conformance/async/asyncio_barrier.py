# asyncio.Barrier (3.11): arrival indexes, reprs through filling/draining/resetting/broken, reset, abort, errors.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj))


async def main():
    b = asyncio.Barrier(3)
    print(r(b), b.parties, b.n_waiting, b.broken)

    async def arrive(name):
        print(name, 'arrives', r(b))
        i = await b.wait()
        print(name, 'passes', i, r(b), b.n_waiting)
        return i

    for rnd in range(2):
        ts = [asyncio.create_task(arrive(k)) for k in 'abc']
        await asyncio.sleep(0)
        print(await asyncio.gather(*ts), r(b))

    async def via_with(name):
        async with b as idx:
            print(name, 'inside with', idx)
        return idx

    print(await asyncio.gather(*(via_with(k) for k in 'xyz')))

    # reset while tasks wait: they get BrokenBarrierError, the barrier is usable again.
    ts = [asyncio.create_task(arrive(k)) for k in 'pq']
    await asyncio.sleep(0)
    print(r(b), b.n_waiting)
    await b.reset()
    print('after reset', r(b))
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(x) for x in res], r(b), b.broken)
    ts = [asyncio.create_task(arrive(k)) for k in 'ijk']
    print(await asyncio.gather(*ts))

    # abort breaks it for good (until reset).
    ts = [asyncio.create_task(arrive(k)) for k in 'mn']
    await asyncio.sleep(0)
    await b.abort()
    print('after abort', r(b), b.broken)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(x) for x in res])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, repr(e))
    await b.reset()
    print('reset again', r(b), b.broken)

    # A cancelled waiter leaves the count.
    t = asyncio.create_task(arrive('solo'))
    await asyncio.sleep(0)
    print(r(b))
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(r(b), b.n_waiting)

    one = asyncio.Barrier(1)
    print(await one.wait(), await one.wait(), r(one))

    for bad in (0, -2):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print(type(e).__name__, e)
    print(asyncio.locks.__all__, 'Barrier' in asyncio.__all__)


asyncio.run(main())
