# Async generators dropped unfinished: asyncio's finalizer hook schedules their aclose(); the rest at shutdown_asyncgens
import asyncio, sys

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("cleanup", name)

async def main():
    print(sys.get_asyncgen_hooks().finalizer is not None)
    async for x in ticker("broken", 10):
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    g = ticker("held", 5)
    print(await g.__anext__())
    del g
    print("after del")
    await asyncio.sleep(0)
    print("after sleep 2")
    left = ticker("left", 5)
    await left.__anext__()
    global kept
    kept = ticker("kept", 5)
    await kept.__anext__()
    print("main done")

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())
print("end")
