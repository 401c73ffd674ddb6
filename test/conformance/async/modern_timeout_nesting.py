# asyncio.timeout: nesting, expiry cause/context, reschedule after expiry, a Timeout entered twice; TaskGroup cancelling siblings, nested groups; gather under a timeout
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as outer:
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout")
            # Armed only now, so that the two deadlines never fall due together.
            outer.reschedule(loop.time() + 0.01)
            await asyncio.sleep(10)
    except TimeoutError:
        print("outer timeout")
    t = asyncio.timeout(0.01)
    print(repr(t).split(' ')[0] if False else type(t).__name__)
    try:
        async with t:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("expired", t.expired(), repr(e.__cause__), type(e.__context__).__name__)
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print("reschedule:", e)
    try:
        async with t: pass
    except RuntimeError as e:
        print("reuse:", e)
    async with asyncio.timeout(10):
        try:
            await asyncio.sleep(0)
            raise ValueError("inner")
        except ValueError as e:
            print("caught", e)
    async def child(n):
        try:
            await asyncio.sleep(n)
            return n
        except asyncio.CancelledError:
            print("child cancelled", n)
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(child(n)) for n in (0.001, 0.002, 10.0)]
            tg.create_task(asyncio.sleep(0.015)).add_done_callback(lambda _: (_ for _ in ()).throw(RuntimeError("cb")) if False else None)
            async def failer():
                await asyncio.sleep(0.05)
                raise OSError("fail")
            tg.create_task(failer())
    except* OSError as eg:
        print("os group", eg.exceptions, [t.cancelled() for t in tasks])
    async def nested():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(10))
            async with asyncio.TaskGroup() as tg2:
                async def bad():
                    raise KeyError("deep")
                tg2.create_task(bad())
    try:
        await nested()
    except* KeyError as eg:
        print("nested", repr(eg))
    r = await asyncio.gather(child(0.001), asyncio.sleep(0, "x"), return_exceptions=True)
    print(r)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.gather(child(10), child(20))
    except TimeoutError:
        print("gather timed out")
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
asyncio.run(main())
