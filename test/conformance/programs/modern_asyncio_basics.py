# asyncio: run, gather, create_task ordering, Queue producer/consumer, wait_for, task exceptions
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def ordering():
    log = []
    t1 = asyncio.create_task(worker("a", 0, log))
    t2 = asyncio.create_task(worker("b", 0, log))
    log.append("created")
    await asyncio.sleep(0)
    log.append("after sleep0")
    res = await asyncio.gather(t1, t2, worker("c", 0, log))
    print(log)
    print(res)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i} (size {q.qsize()})")
    await q.put(None)


async def consumer(q, results):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        results.append(item * item)
        print(f"got {item}")


async def prodcons():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 5), consumer(q, results))
    await q.join()
    print("results", results, q.empty())


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise


async def timeouts():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, isinstance(e, TimeoutError))
    r = await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=1)
    print(r)


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"boom {n}")


async def errors():
    res = await asyncio.gather(boom(1), worker("ok", 0, []), boom(2), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(boom(3), worker("x", 0, []))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(boom(4))
    await asyncio.sleep(0.001)
    print(t.done(), repr(t.exception()), t.cancelled())
    try:
        await t
    except ValueError as e:
        print("awaiting failed task:", e)
    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled:", t2.cancelled())


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


class AsyncRes:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True


class AIter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agens():
    print([i async for i in ticker(4)], [x async for x in AIter(3)])
    async with AsyncRes() as r:
        print("in body", type(r).__name__)
        raise KeyError("suppressed by aexit")
    print("after async with")
    agen = ticker(3)
    print(await agen.__anext__(), await anext(agen), await anext(agen), await anext(agen, "end"))
    evens = [i async for i in ticker(10) if i % 2 == 0]
    print(evens)


async def main():
    await ordering()
    await prodcons()
    await timeouts()
    await errors()
    await agens()
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, result=i)) for i in range(3)])
    print(sorted(t.result() for t in done), pending)
    r = await asyncio.shield(worker("sh", 0, []))
    print(r, asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else "")
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("tg1", 0, []))
        b = tg.create_task(worker("tg2", 0.001, []))
    print(a.result(), b.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("asyncio.timeout fired")
    return "main done"


print(asyncio.run(main()))
