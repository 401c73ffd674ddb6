# An asyncio pipeline: stages connected by Queues, gather, TaskGroup, timeouts, cancellation, semaphores.
import asyncio


async def source(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def transform(qin, qout, fn, name, log):
    while True:
        item = await qin.get()
        if item is None:
            await qout.put(None)
            log.append('%s done' % name)
            return name
        await qout.put(fn(item))


async def sink(q):
    out = []
    while (item := await q.get()) is not None:
        out.append(item)
    return out


async def pipeline():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    log = []
    results = await asyncio.gather(
        source(q1, 10),
        transform(q1, q2, lambda x: x * x, 'square', log),
        transform(q2, q3, lambda x: x + 1, 'inc', log),
        sink(q3),
    )
    print(results, log)


async def slow(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError('%s failed' % name)
    return name


async def with_timeouts():
    try:
        await asyncio.wait_for(slow('a', 1.0), timeout=0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        async with asyncio.timeout(0.01):
            await slow('b', 1.0)
    except TimeoutError as e:
        print('timeout() ->', type(e).__name__)
    print(await asyncio.wait_for(slow('c', 0.001), timeout=1))
    r = await asyncio.gather(slow('d', 0.02), slow('e', 0.001, fail=True), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(slow('f', 0.001, fail=True), slow('g', 0.05))
    except ValueError as e:
        print('gather raised', e)


async def task_groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(slow('x', 0.02))
        t2 = tg.create_task(slow('y', 0.001))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow('p', 0.01, fail=True))
            tg.create_task(slow('q', 5, fail=True))
            long = tg.create_task(slow('r', 5))
    except* ValueError as eg:
        print('ExceptionGroup:', sorted(str(e) for e in eg.exceptions), long.cancelled())


async def cancellation():
    events = []

    async def worker():
        try:
            events.append('start')
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            events.append('cancelled')
            raise
        finally:
            events.append('cleanup')

    t = asyncio.create_task(worker(), name='w1')
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        events.append('caught %r' % (e.args,))
    print(events, t.cancelled(), t.get_name())
    shielded = asyncio.create_task(slow('s', 0.05))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.001)
    except TimeoutError:
        print('shield timed out')
    print('shielded:', await shielded)


async def limited():
    sem = asyncio.Semaphore(2)
    active = peak = 0

    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i

    done, pending = await asyncio.wait([asyncio.create_task(job(i)) for i in range(6)])
    print(sorted(t.result() for t in done), len(pending), peak)
    order = []
    for coro in asyncio.as_completed([slow('late', 0.1), slow('early', 0.001)]):
        order.append(await coro)
    print(order)
    ev = asyncio.Event()
    lk = asyncio.Lock()

    async def waiter():
        await ev.wait()
        async with lk:
            return 'released'

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w, lk.locked())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 99)
    print(await fut)
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    await pipeline()
    await with_timeouts()
    await task_groups()
    await cancellation()
    await limited()
    print([x async for x in agen(4)], [x * 2 async for x in agen(3) if x])
    print(asyncio.iscoroutinefunction(main), asyncio.current_task().get_name())
    return 'finished'


print(asyncio.run(main()))
