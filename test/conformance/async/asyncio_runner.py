# asyncio.run and asyncio.Runner: results, errors, closed runners, leftover tasks cancelled at shutdown, loop_factory and debug.
import asyncio


async def value(x):
    await asyncio.sleep(0)
    return x


async def boom():
    raise KeyError('k')


print(asyncio.run(value(1)))
try:
    asyncio.run(boom())
except KeyError as e:
    print(type(e).__name__, e)

try:
    asyncio.run(5)
except ValueError as e:
    print(type(e).__name__, e)

c = value(2)
try:
    asyncio.run(c, debug=False)
except Exception as e:
    print(type(e).__name__, e)
else:
    print('ran with debug=False')


async def nested():
    inner = value(3)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    inner.close()
    r = asyncio.Runner()
    inner = value(4)
    try:
        r.run(inner)
    except RuntimeError as e:
        print(type(e).__name__, e)
    inner.close()
    r.close()

asyncio.run(nested())

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_closed(), loop.is_running())
    print(runner.run(value('a')), runner.run(value('b')))
    print(runner.get_loop() is loop)
    try:
        runner.run(42)
    except ValueError as e:
        print(type(e).__name__, e)
print('closed', loop.is_closed())
late = value(0)
try:
    runner.run(late)
except RuntimeError as e:
    print(type(e).__name__, e)
late.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
runner.close()
print('close twice ok')

# Closing a runner that never made its loop does not close the runner.
r = asyncio.Runner()
r.close()
fresh = r.get_loop()
print(fresh.is_closed())
r.close()
print(fresh.is_closed())

# Leftover tasks are cancelled when the runner closes.
async def forever(tag):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('cancelled', tag)
        raise


async def leaves_tasks():
    asyncio.create_task(forever('x'))
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(leaves_tasks()))

# A leftover task that fails on cancellation goes to the loop's exception handler.
seen = []


def handler(loop, ctx):
    seen.append((ctx['message'], type(ctx['exception']).__name__, ctx['task'].get_name()))


async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise ValueError('refuse')


def factory():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    print('factory made a loop')
    return loop


async def spawn():
    asyncio.create_task(stubborn(), name='stubborn')
    await asyncio.sleep(0)

with asyncio.Runner(loop_factory=factory, debug=True) as r:
    print(r.get_loop().get_debug())
    r.run(spawn())
print(seen)

with asyncio.Runner(debug=False) as r:
    print(r.get_loop().get_debug())


print(asyncio.runners.__all__)
