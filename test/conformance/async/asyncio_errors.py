# Exceptions in tasks: gather's first error, return_exceptions, exception(), a failing task awaited, and run()'s argument checks.
import asyncio

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def ok(v):
    await asyncio.sleep(0)
    return v

async def main():
    try:
        await asyncio.gather(ok(1), fail('first'), ok(3))
    except ValueError as e:
        print('gather raised', e)
    res = await asyncio.gather(ok(1), fail('kept'), ok(3), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], res[1])
    t = asyncio.create_task(fail('stored'))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        await t
    except ValueError as e:
        print('awaited task raised', e)
    c = ok(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    c = ok(2)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    c = ok(1)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()

asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(ok('from run_until_complete')))
loop.close()
print(loop.is_closed())
