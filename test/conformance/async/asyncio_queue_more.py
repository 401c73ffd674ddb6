# asyncio queues beyond the basics: reprs, LIFO/priority order, blocked putters and getters, cancellation of waiters, task_done errors.
import asyncio


def show(q):
    print(str(q), repr(q).startswith(f'<{type(q).__name__} at 0x'), q.qsize(), q.empty(), q.full(), q.maxsize)


async def main():
    q = asyncio.Queue()
    show(q)
    for i in range(3):
        q.put_nowait(i)
    show(q)
    print(q.get_nowait(), q.get_nowait())
    show(q)
    q.task_done(); q.task_done(); q.task_done()
    show(q)
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e), e.args)

    lq = asyncio.LifoQueue(3)
    for x in 'abc':
        await lq.put(x)
    show(lq)
    try:
        lq.put_nowait('d')
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    print([lq.get_nowait() for _ in range(3)])

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, str(x)))
    show(pq)
    print([pq.get_nowait() for _ in range(5)])

    # Blocked putters wake in order.
    bq = asyncio.Queue(1)
    bq.put_nowait('first')

    async def putter(name):
        print('put start', name)
        await bq.put(name)
        print('put done', name)

    ts = [asyncio.create_task(putter(n)) for n in ('p1', 'p2')]
    await asyncio.sleep(0)
    show(bq)
    for _ in range(3):
        print('got', await bq.get())
        await asyncio.sleep(0)
    await asyncio.gather(*ts)
    show(bq)

    # Blocked getters; one is cancelled, the others still get items in order.
    gq = asyncio.Queue()

    async def getter(name):
        try:
            item = await gq.get()
            print('getter', name, 'got', item)
        except asyncio.CancelledError:
            print('getter', name, 'cancelled')
            raise

    gs = [asyncio.create_task(getter(n)) for n in ('g1', 'g2', 'g3')]
    await asyncio.sleep(0)
    show(gq)
    gs[0].cancel()
    await asyncio.sleep(0)
    show(gq)
    gq.put_nowait('x')
    gq.put_nowait('y')
    res = await asyncio.gather(*gs, return_exceptions=True)
    print([type(r).__name__ for r in res])
    show(gq)

    # Cancel a getter right after it was woken: the item passes to the next getter.
    ws = [asyncio.create_task(getter(n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    gq.put_nowait('z')
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)

    # join waits for task_done.
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def worker():
        while True:
            item = await jq.get()
            print('work', item)
            await asyncio.sleep(0)
            jq.task_done()

    w = asyncio.create_task(worker())
    await jq.join()
    print('joined', jq)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    await jq.join()
    print('join again')

    # put with a cancelled putter
    cq = asyncio.Queue(1)
    cq.put_nowait(0)
    t = asyncio.create_task(cq.put(1))
    await asyncio.sleep(0)
    show(cq)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print('put cancelled', repr(e))
    show(cq)
    print(issubclass(asyncio.QueueFull, Exception), asyncio.QueueEmpty.__mro__)
    print(asyncio.queues.__all__)

    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0)
    except asyncio.TimeoutError as e:
        print(type(e).__name__)


asyncio.run(main())
