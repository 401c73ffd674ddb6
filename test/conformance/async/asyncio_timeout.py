# asyncio.timeout / timeout_at / Timeout: expiry as TimeoutError from CancelledError, reschedule, expired(), reprs, nesting, misuse.
# Timeouts that should not fire are 10 s, far past the short ones (0.01 s), so that a loaded
# machine, late to run the loop, fires them in the same order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired(), cm.when() is not None)
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('TimeoutError', e.args, type(e.__cause__).__name__, type(e.__context__).__name__)
    print('expired', cm.expired(), repr(cm))
    print('cancelling', asyncio.current_task().cancelling())
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    print('in time', cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 0.01)
        print(cm.when() is not None)
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('cancelled inside the block')
            raise
    print('unreachable')

async def outer():
    loop = asyncio.get_running_loop()
    try:
        await main()
    except TimeoutError:
        print('rescheduled timeout fired')
    # A deadline already past: the block is cancelled at its first await.
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print('entered past deadline')
            await asyncio.sleep(0)
            print('not reached')
    except TimeoutError:
        print('past deadline', cm.expired())
    # Rescheduling to None disarms it.
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.03)
    print('disarmed', cm.expired(), cm.when())
    # Nested: the inner one fires first and is caught inside; the outer stays armed.
    try:
        async with asyncio.timeout(10) as out:
            try:
                async with asyncio.timeout(0.01) as inn:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inn.expired(), out.expired())
            async with asyncio.timeout(10):
                await asyncio.sleep(0)
            print('after inner', out.expired())
    except TimeoutError:
        print('not reached')
    # Nested: the outer fires first; the inner one lets the CancelledError through.
    try:
        async with asyncio.timeout(0.01) as out:
            try:
                async with asyncio.timeout(10) as inn:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('not reached')
            except asyncio.CancelledError:
                print('inner sees CancelledError', inn.expired(), out.expired())
                raise
    except TimeoutError:
        print('outer expired', out.expired())
    # An error inside the block passes through untouched.
    try:
        async with asyncio.timeout(1):
            raise ValueError('inside')
    except ValueError as e:
        print('ValueError', e)
    # Misuse.
    t = asyncio.timeout(1)
    print(repr(t))
    async with t:
        pass
    for label, call in [('reschedule finished', lambda: t.reschedule(5))]:
        try:
            call()
        except RuntimeError as e:
            print(label, type(e).__name__, e)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        try:
            cm.reschedule(None)
        except RuntimeError as e:
            print(type(e).__name__, e)
    # Cancelled from outside while a timeout is armed: CancelledError, not TimeoutError.
    async def guarded():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    task = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('outside cancel wins', task.cancelled())

asyncio.run(outer())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print(type(e).__name__, e)
cm = asyncio.timeout_at(None)
print(repr(cm), cm.when(), cm.expired())
