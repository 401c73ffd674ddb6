# asyncio primitives: as_completed, TaskGroup with except*, futures, call_soon/call_later, Event, Lock, Semaphore
import asyncio


async def fetch(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ConnectionError(f"fetch {i} failed")
    return i * 10


async def main():
    results = []
    for coro in asyncio.as_completed([fetch(i) for i in range(2)]):
        results.append(await coro)
    print(sorted(results))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(1))
            tg.create_task(fetch(2))
    except* ConnectionError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    loop.call_later(0.001, print, "call_later fired")
    await asyncio.sleep(0.01)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    lock = asyncio.Lock()
    order = []

    async def crit(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)
            order.append(-n)
    await asyncio.gather(*(crit(n) for n in (1, 2, 3)))
    print(order)
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
    await asyncio.gather(*(limited(n) for n in range(6)))
    print("peak", peak)
    try:
        await fetch(2)
    except ConnectionError as e:
        print("final fetch:", e)


asyncio.run(main())
