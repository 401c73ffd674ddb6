# asyncio scheduling order: tasks, call_soon, sleep(0) and gather interleave exactly as in CPython.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, 'step', i)
        await asyncio.sleep(0)
    print(name, 'done')
    return name.upper()

def cb(tag):
    print('callback', tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t1 = asyncio.create_task(worker('a', 3))
    loop.call_soon(cb, 2)
    t2 = asyncio.create_task(worker('b', 2), name='bee')
    print('created', t1.get_name(), t2.get_name(), t1.done())
    await asyncio.sleep(0)
    print('main resumed')
    results = await asyncio.gather(t1, t2, worker('c', 1))
    print('gathered', results)
    print(t1.done(), t1.result(), t2.cancelled())
    order = []
    def done_cb(fut):
        order.append(('done', fut.get_name()))
    t3 = asyncio.create_task(worker('d', 1), name='dee')
    t3.add_done_callback(done_cb)
    await t3
    await asyncio.sleep(0)
    print(order)
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(cb))
    c = worker('x', 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(t3))
    await c
    print(asyncio.current_task().get_name())
    return 'main result'

print(asyncio.run(main()))
