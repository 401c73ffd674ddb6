# asyncio locks in detail: reprs, Condition wait/notify/wait_for, cancelled waiters of Lock and Semaphore, error messages.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj))


async def main():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    async with lock:
        print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # Lock waiters run in order; a cancelled waiter is skipped.
    order = []

    async def take(name, hold):
        async with lock:
            order.append(name)
            await asyncio.sleep(hold)

    await lock.acquire()
    ts = [asyncio.create_task(take(n, 0)) for n in 'abc']
    await asyncio.sleep(0)
    print(r(lock))
    ts[1].cancel()
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(order, [type(x).__name__ for x in res], r(lock))

    # Cancelling the first waiter after it was woken passes the lock on.
    await lock.acquire()
    ts = [asyncio.create_task(take(n, 0)) for n in 'xy']
    await asyncio.sleep(0)
    order.clear()
    lock.release()
    ts[0].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(order, [type(x).__name__ for x in res], lock.locked())

    ev = asyncio.Event()
    print(r(ev), ev.is_set())

    async def waiter(name):
        print(name, 'waits')
        print(name, 'woke', await ev.wait())

    ws = [asyncio.create_task(waiter(n)) for n in ('w1', 'w2')]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    ev.set()
    print(r(ev))
    await asyncio.gather(*ws)
    ev.clear()
    print(r(ev), ev.is_set())
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(r(ev))

    # Condition
    cond = asyncio.Condition()
    print(r(cond).startswith('<asyncio.locks.Condition object at ADDR'))
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print(type(e).__name__, e)
    items = []

    async def consumer(name):
        async with cond:
            got = await cond.wait_for(lambda: items)
            print(name, 'sees', got is items, items.pop(0), cond.locked())

    async def sleeper(name):
        async with cond:
            print(name, 'wait ->', await cond.wait())

    cs = [asyncio.create_task(consumer('c%d' % i)) for i in range(3)]
    ss = [asyncio.create_task(sleeper('s%d' % i)) for i in range(3)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*cs, *ss)
    print(r(cond))

    # Condition sharing a lock; wait() is cancelled but re-acquires the lock first.
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    print(c2.locked(), shared.locked())

    async def waits_forever():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print('cancelled while waiting, holds lock:', shared.locked())
                raise

    t = asyncio.create_task(waits_forever())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(shared.locked())
    try:
        asyncio.Condition(asyncio.Lock()).notify()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # Semaphore
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(r(sem), sem.locked())

    async def grab(name):
        async with sem:
            print(name, 'in', r(sem))
            await asyncio.sleep(0)

    gs = [asyncio.create_task(grab(n)) for n in ('g1', 'g2', 'g3')]
    await asyncio.sleep(0)
    print(r(sem))
    gs[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    res = await asyncio.gather(*gs, return_exceptions=True)
    print([type(x).__name__ for x in res], r(sem))
    sem.release()
    print(r(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    print(r(asyncio.Semaphore(0)))

    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)
    async with asyncio.BoundedSemaphore() as got:
        print('async with gives', got)
    print(asyncio.locks.__all__)


asyncio.run(main())
