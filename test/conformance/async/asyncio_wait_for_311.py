# wait_for as in 3.11: zero and negative timeouts, a task that ignores its cancellation, the TimeoutError's cause, outside cancellation.
import asyncio

async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn swallows the cancel')
    return 'kept'

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result('ready')
    print(await asyncio.wait_for(done, 0))
    for t in (0, -1):
        try:
            await asyncio.wait_for(value('late'), t)
        except TimeoutError as e:
            print('timeout', t, type(e.__cause__).__name__)
    print(await asyncio.wait_for(value('none', 0.01), None))
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(stubborn(), 0)
    except TimeoutError:
        print('cancelled before it started')
    inner = asyncio.create_task(value('x', 1))
    try:
        await asyncio.wait_for(inner, 0.01)
    except TimeoutError:
        print('inner cancelled', inner.cancelled())
    async def fails():
        await asyncio.sleep(0)
        raise KeyError('k')
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print('KeyError', e)
    child = asyncio.create_task(value('child', 1))
    waiter = asyncio.create_task(asyncio.wait_for(child, 1))
    await asyncio.sleep(0.01)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print('outer cancelled', waiter.cancelled(), child.cancelled())
    c = value('v')
    try:
        await asyncio.wait_for(c, 'soon')
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()

asyncio.run(main())
