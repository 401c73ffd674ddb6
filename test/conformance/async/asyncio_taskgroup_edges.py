# TaskGroup edges: the parent cancelled from outside, misuse errors, cancelling()/uncancel().
import asyncio

# Tasks in a group are cancelled in set order (by address in CPython): collect, then sort.
cancelled = []

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
    return name

async def grouped():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper('c1', 1))
        tg.create_task(sleeper('c2', 1))
        print('body waits')
    print('not reached')

async def raiser(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    # Cancelling the task that runs the group cancels the children; CancelledError comes out.
    t = asyncio.create_task(grouped())
    await asyncio.sleep(0.01)
    t.cancel('outer msg')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer got CancelledError', e.args, t.cancelled(), sorted(cancelled))
    # The parent is cancelled while the group waits for its children at exit.
    async def waits_at_exit():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper('e1', 1))
        print('not reached')
    t = asyncio.create_task(waits_at_exit())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled at exit', t.cancelled(), sorted(cancelled))
    # Misuse.
    tg = asyncio.TaskGroup()
    coro = sleeper('never', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(type(e).__name__, e)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser(ValueError('first')))
            await asyncio.sleep(1)
    except ExceptionGroup:
        c2 = sleeper('late', 0)
        try:
            tg.create_task(c2)
        except RuntimeError as e:
            print(type(e).__name__, e)
        c2.close()
    # Once a child has failed the group is shutting down: no new tasks.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raiser(KeyError('k')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                c = sleeper('x', 0)
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    print(type(e).__name__, e)
                c.close()
                raise
    except ExceptionGroup as eg:
        print(repr(eg.exceptions))
    # cancelling()/uncancel() bookkeeping.
    me = asyncio.current_task()
    print('cancelling', me.cancelling(), me.uncancel(), me.cancelling())
    t = asyncio.create_task(sleeper('counted', 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    print(t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print('still cancelled', t.cancelled(), t.cancelling(), sorted(cancelled))

asyncio.run(main())
