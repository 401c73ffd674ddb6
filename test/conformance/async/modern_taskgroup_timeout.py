# asyncio 3.11: TaskGroup (results, errors as groups, body errors, misuse), timeout/timeout_at, wait_for TimeoutError, cancel messages, Runner
import asyncio
async def work(n, fail=None):
    await asyncio.sleep(n / 100)
    if fail: raise fail
    print("done", n)
    return n
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2), name="second")
    print(t1.result(), t2.result(), t2.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, ValueError("v")))
            tg.create_task(work(1000, TypeError("t")))
            tg.create_task(work(1100))
    except* ValueError as eg:
        print("VE group", repr(eg))
    except* TypeError as eg:
        print("TE group", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(3))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timeout", type(e).__name__, repr(e))
    async with asyncio.timeout(None) as cm:
        print("cm", cm.when(), cm.expired())
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        await asyncio.sleep(0)
    print(cm.expired())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at expired")
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError as e:
        print("wait_for", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    tg = asyncio.TaskGroup()
    c = work(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(e)
    c.close()
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args, t.cancelling() if hasattr(t, 'cancelling') else '')
asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(work(1)))
    print(runner.run(work(2)))
    print(type(runner.get_loop()).__name__ != '')
c = work(1)
try:
    runner.run(c)
except RuntimeError as e:
    print(e)
c.close()
with asyncio.Runner(debug=False) as r2:
    try:
        r2.run(3)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
