# Task cancellation: CancelledError inside the task, cleanup in finally, cancel messages, cancelled() and result().
import asyncio

async def victim(name):
    try:
        print(name, 'waiting')
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'cleanup')

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn swallows it')
    return 'kept going'

async def main():
    t = asyncio.create_task(victim('v1'))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel())
    print('cancel again ->', t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting it raises', type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    t = asyncio.create_task(victim('v2'))
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message', e.args)
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(victim('early'))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before it started:', t.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    g = asyncio.gather(victim('g1'), victim('g2'))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')
    loop = asyncio.get_running_loop()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    f1.set_result([1, 2])
    f2.set_exception(KeyError('k'))
    f3.cancel()
    print(f1, f2, f3)
    print(repr(f2.exception()))
    fut = loop.create_future()
    print(fut)
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    print(fut.result(), fut.exception())

asyncio.run(main())
