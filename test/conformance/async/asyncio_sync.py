# asyncio's Queue (producer/consumer, join, nowait errors), Event, Lock and Semaphore, with interleaved prints.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    await q.join()
    print('all items processed')

async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, 'got', item)
        await asyncio.sleep(0)
        q.task_done()

async def locked(lock, name, log):
    async with lock:
        log.append(name + '+')
        await asyncio.sleep(0)
        log.append(name + '-')

async def limited(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0.01)

async def waiter(ev, name):
    print(name, 'waits')
    await ev.wait()
    print(name, 'released')

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f'c{i}')) for i in range(2)]
    await producer(q, 5)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull', q2.full(), q2.maxsize)
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', q2.empty())
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('setting', ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked(lock, n, log) for n in 'abc'))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in 'wxyz'))
    print(log)
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])

asyncio.run(main())
