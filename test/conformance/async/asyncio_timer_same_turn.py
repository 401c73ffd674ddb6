# Timers set moments apart fall due in the same turn of the loop (CPython, waking a little late
# from epoll, runs them together): both run before the callbacks the first one schedules.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def first():
        log.append("first timer")
        loop.call_soon(log.append, "soon from first")

    for delay in (0.02, 0.05):
        done = loop.create_future()
        loop.call_later(delay, first)
        loop.call_later(delay, log.append, "second timer")
        loop.call_later(delay, done.set_result, None)
        await done
        await asyncio.sleep(0)
        print(log)
        log.clear()


asyncio.run(main())
