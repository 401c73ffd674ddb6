# asyncio.all_tasks() lists only pending tasks: finished, failed, cancelled-before-start tasks leave it (and are not kept)
import asyncio


async def work(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(n)
    return n


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    a = asyncio.create_task(work(1), name="a")
    b = asyncio.create_task(work(-1), name="b")
    c = asyncio.create_task(work(2), name="c")
    c.cancel()
    d = asyncio.create_task(asyncio.sleep(1), name="d")
    print(names())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(names(), a.result(), type(b.exception()).__name__, c.cancelled())
    d.cancel()
    await asyncio.sleep(0)
    print(names(), d.cancelled())
    results = await asyncio.gather(*(work(i) for i in range(500)))
    print(sum(results), names())
    fut = asyncio.get_running_loop().create_future()
    asyncio.tasks._register_task(fut)
    print(len(asyncio.all_tasks()))
    asyncio.tasks._unregister_task(fut)
    asyncio.tasks._unregister_task(fut)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
