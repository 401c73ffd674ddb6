# Work handed to threads: to_thread, run_in_executor (default pool and a given one), call_soon_threadsafe, run_coroutine_threadsafe, wrap_future.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

request = contextvars.ContextVar('request', default='none')

def blocking(x, *, scale=1):
    time.sleep(0.01)
    return x * scale, request.get(), threading.current_thread() is threading.main_thread()

def fails():
    raise ValueError('in thread')

async def main():
    loop = asyncio.get_running_loop()
    request.set('req-1')
    print(await asyncio.to_thread(blocking, 3, scale=2))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('to_thread raised', e)
    # run_in_executor does not copy the context.
    print(await loop.run_in_executor(None, blocking, 5))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as pool:
        names = await asyncio.gather(*[loop.run_in_executor(pool, lambda: threading.current_thread().name.split('_')[0]) for _ in range(3)])
        print(names)
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(4)))
    print([r[0] for r in results])
    # Another thread schedules a callback on this loop and wakes it.
    got = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(got.set_result, 'woken from a thread')
    t = threading.Thread(target=from_thread)
    t.start()
    print(await got)
    t.join()
    # Another thread runs a coroutine on this loop and waits for its result.
    async def on_loop(v):
        await asyncio.sleep(0)
        return v + 1, asyncio.current_task() is not None
    def submitter():
        fut = asyncio.run_coroutine_threadsafe(on_loop(41), loop)
        return type(fut).__name__, fut.result(timeout=5)
    print(await asyncio.to_thread(submitter))
    def submitter_fail():
        async def bad():
            raise KeyError('k')
        fut = asyncio.run_coroutine_threadsafe(bad(), loop)
        try:
            fut.result(timeout=5)
        except KeyError as e:
            return 'KeyError ' + str(e)
    print(await asyncio.to_thread(submitter_fail))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print(type(e).__name__, e)
    # wrap_future: a concurrent.futures.Future awaited on the loop.
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    print(type(wrapped).__name__, asyncio.wrap_future(wrapped) is wrapped, wrapped.done())
    threading.Thread(target=lambda: (time.sleep(0.01), cf.set_result('cf result'))).start()
    print(await wrapped)
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    wrapped.cancel()
    await asyncio.sleep(0)
    print('cancel passes on', cf.cancelled())

asyncio.run(main())
print('threads left', threading.active_count())
