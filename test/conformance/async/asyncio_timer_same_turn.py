# Timers due at the same moment run in the same turn of the loop: all of them run before the
# callbacks the first one schedules. (The timers share one `when`: set with call_later moments apart,
# whether they land in one turn depends on the machine's load, in CPython as in tpy.)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def first():
        log.append("first timer")
        loop.call_soon(log.append, "soon from first")

    for delay in (0.02, 0.05):
        done = loop.create_future()
        when = loop.time() + delay
        loop.call_at(when, first)
        loop.call_at(when, log.append, "second timer")
        loop.call_at(when, done.set_result, None)
        await done
        await asyncio.sleep(0)
        print(log)
        log.clear()


asyncio.run(main())
