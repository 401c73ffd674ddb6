# asyncio.create_task(name=...) still uses up a Task-N number (3.11 names the task after making it);
# loop.create_task(name=...) and Task(name=...) do not.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(asyncio.sleep(0), name="named")
    b = asyncio.create_task(asyncio.sleep(0))
    c = loop.create_task(asyncio.sleep(0), name="via-loop")
    d = loop.create_task(asyncio.sleep(0))
    e = asyncio.ensure_future(asyncio.sleep(0))
    f = asyncio.Task(asyncio.sleep(0), name="direct")
    g = asyncio.create_task(asyncio.sleep(0), name=42)
    h = asyncio.create_task(asyncio.sleep(0))
    async with asyncio.TaskGroup() as tg:
        i = tg.create_task(asyncio.sleep(0), name="in-group")
        j = tg.create_task(asyncio.sleep(0))
    print([t.get_name() for t in (a, b, c, d, e, f, g, h, i, j)])
    await asyncio.gather(a, b, c, d, e, f, g, h)


asyncio.run(main())
