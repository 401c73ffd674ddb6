# contextvars with asyncio: each task runs in a copy of its creator's context, callbacks in theirs, Runner keeps one
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')
log = []

async def handler(name, turns):
    request.set(name)
    for _ in range(turns):
        await asyncio.sleep(0)
    log.append((name, request.get()))
    await sub()
    return request.get()

async def sub():
    log.append(('sub', request.get()))

async def main():
    request.set('main')
    t1 = asyncio.create_task(handler('a', 3))
    t2 = asyncio.create_task(handler('b', 1))
    res = await asyncio.gather(t1, t2)
    print(res, request.get())
    ctx = contextvars.Context()
    t3 = asyncio.create_task(handler('c', 0), context=ctx)
    await t3
    print(ctx[request], request.get(), len(ctx))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(('cb', request.get())))
    request.set('later')
    fut.set_result(1)
    await asyncio.sleep(0)
    loop.call_soon(lambda: log.append(('soon', request.get())))
    await asyncio.sleep(0)
    c2 = contextvars.copy_context()
    c2.run(request.set, 'explicit')
    loop.call_soon(lambda: log.append(('ctx', request.get())), context=c2)
    loop.call_later(0, lambda: log.append(('later', request.get())))
    await asyncio.sleep(0.001)

request.set('outer')
asyncio.run(main())
for entry in log:
    print(entry)
print(request.get())

runner = asyncio.Runner()
async def setter():
    request.set('runner')
    return request.get()
async def getter():
    return request.get()
print(runner.run(setter()), runner.run(getter()), request.get())
print(runner.run(getter(), context=contextvars.Context()))
runner.close()
