# asyncio order pipeline with queues, timeouts, cancellation and gather
import asyncio, random
random.seed(11)
class OutOfStock(Exception):
    pass
STOCK = {"apple": 3, "pear": 1, "fig": 0}
async def producer(q, orders):
    for o in orders:
        await q.put(o)
        await asyncio.sleep(0)
    for _ in range(2):
        await q.put(None)
async def worker(name, q, results):
    while True:
        o = await q.get()
        try:
            if o is None:
                return f"{name} done"
            item, n = o
            for _ in range(n): await asyncio.sleep(0)
            if STOCK.get(item, 0) < n:
                raise OutOfStock(f"{item} x{n}")
            STOCK[item] -= n
            results.append((name, item, n))
        except OutOfStock as e:
            results.append((name, "FAILED", str(e)))
        finally:
            q.task_done()
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    orders = [("apple", 2), ("pear", 1), ("fig", 1), ("apple", 2), ("kiwi", 1), ("apple", 1)]
    done = await asyncio.gather(producer(q, orders), worker("w1", q, results), worker("w2", q, results))
    print(done[1:], sorted(results), STOCK)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    async def fails(i):
        await asyncio.sleep(0)
        if i % 2: raise ValueError(i)
        return i
    r = await asyncio.gather(*(fails(i) for i in range(4)), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in r])
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fails(i))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    sem = asyncio.Semaphore(2); active = []; peak = [0]
    async def limited(i):
        async with sem:
            active.append(i); peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
        return i * i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return "event seen"
    w = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await w)
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([x async for x in agen()], await asyncio.sleep(0, result="slept"))
    loop = asyncio.get_running_loop()
    fut = loop.create_future(); loop.call_soon(fut.set_result, 42); print(await fut)
asyncio.run(main())
