# gather/wait/wait_for/shield/as_completed/ensure_future in detail, with interleaved prints so the scheduling order is checked.
import asyncio
import re


def r(obj):
    return re.sub(r' at /[^ ,\]>]*', ' at FILE', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(obj)))


async def work(name, steps, result=None, fail=None):
    for i in range(steps):
        print(name, 'step', i)
        await asyncio.sleep(0)
    if fail is not None:
        raise fail
    return name if result is None else result


async def main():
    loop = asyncio.get_running_loop()
    # gather: order of results, the same coroutine object twice, return_exceptions.
    c = work('dup', 1)
    print(await asyncio.gather(work('a', 2), c, work('b', 1), c))
    print(await asyncio.gather(work('e', 1, fail=KeyError('e')), work('f', 2), return_exceptions=True))
    try:
        await asyncio.gather(work('g', 2), work('h', 0, fail=ValueError('h')))
    except ValueError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    empty = asyncio.gather()
    print(r(empty), await empty)

    # Cancelling the gather cancels its children.
    g = asyncio.gather(work('c1', 5), work('c2', 5))
    await asyncio.sleep(0)
    print('cancel gather', g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', repr(e))
    done_fut = loop.create_future()
    done_fut.set_result(1)
    g2 = asyncio.gather(done_fut)
    print('cancel gather of done', g2.cancel(), await g2)

    # A child cancelled on its own.
    t = asyncio.create_task(work('lone', 3))
    g3 = asyncio.gather(t, work('other', 1), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print([type(x).__name__ for x in await g3])  # CPython's C Task makes this CancelledError('')

    # wait
    ts = [asyncio.create_task(work('w%d' % i, i)) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() == ts[0].get_name() for t in done), len(pending))
    ts2 = [asyncio.create_task(work('x', 3)), asyncio.create_task(work('y', 1, fail=OSError('y')))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), sorted(repr(t.exception()) for t in done))
    done, pending = await asyncio.wait(ts + ts2)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(10))], timeout=0.01)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    for bad, kw in (([], {}), (ts, {'return_when': 'SOMETIMES'}), (ts[0], {}), ([coro_z := work('z', 0)], {})):
        try:
            await asyncio.wait(bad, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    coro_z.close()
    coro = work('zz', 0)
    try:
        await asyncio.wait(coro)
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()

    # wait_for
    print(await asyncio.wait_for(work('wf', 2), 5))
    print(await asyncio.wait_for(work('wn', 1), None))
    print(await asyncio.wait_for(done_fut, 0), await asyncio.wait_for(done_fut, 1))
    try:
        await asyncio.wait_for(work('slow', 3), 0)
    except asyncio.TimeoutError as e:
        print('timeout 0', repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except asyncio.TimeoutError as e:
        print('timeout', repr(e), type(e.__cause__).__name__)

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('stubborn refuses')
            return 'kept'
    print(await asyncio.wait_for(stubborn(), 0.01))

    async def outer_waits():
        return await asyncio.wait_for(work('inner', 10), 10)
    ot = asyncio.create_task(outer_waits())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ot.cancel()
    try:
        await ot
    except asyncio.CancelledError:
        print('outer cancelled', ot.cancelled())

    # shield
    inner = asyncio.create_task(work('sh', 3))
    s = asyncio.shield(inner)
    print(r(s))
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('shield cancelled; inner goes on', inner.done())
    print(await inner)
    print(asyncio.shield(done_fut) is done_fut)
    f2 = loop.create_future()
    s2 = asyncio.shield(f2)
    f2.set_exception(ZeroDivisionError('z'))
    try:
        await s2
    except ZeroDivisionError as e:
        print('shield passes', repr(e))
    f3 = loop.create_future()
    s3 = asyncio.shield(f3)
    f3.cancel()
    await asyncio.sleep(0)
    print('shield of cancelled', s3.cancelled())

    # as_completed
    outs = []
    for nxt in asyncio.as_completed([asyncio.create_task(work(n, k)) for n, k in (('ac3', 3), ('ac1', 1), ('ac2', 2))]):
        outs.append(await nxt)
    print(outs)
    try:
        for nxt in asyncio.as_completed([asyncio.create_task(asyncio.sleep(10, 'never')), asyncio.create_task(work('quick', 0))], timeout=0.5):
            print('as_completed got', await nxt)
    except asyncio.TimeoutError as e:
        print('as_completed timeout', repr(e))
    try:
        next(asyncio.as_completed(done_fut))
    except TypeError as e:
        print(type(e).__name__, e)

    # ensure_future and Task API
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'awaited'
    t = asyncio.ensure_future(Awaitable())
    print(r(t).split(' coro=')[0], await t)
    print(asyncio.ensure_future(done_fut) is done_fut)
    for bad in (42, None):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    other = asyncio.new_event_loop()
    try:
        asyncio.ensure_future(done_fut, loop=other)
    except ValueError as e:
        print(type(e).__name__, e)
    other.close()
    t = asyncio.create_task(work('api', 1), name=7)
    print(t.get_name(), t.cancelling())
    t.set_name('renamed')
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print(type(e).__name__, e)
    t.cancel(); t.cancel()
    print(t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), t.get_name())
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print(asyncio.current_task() is asyncio.current_task(loop), asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, 'later'), await asyncio.sleep(-1))


asyncio.run(main())
