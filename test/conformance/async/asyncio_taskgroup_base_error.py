# A TaskGroup child raising KeyboardInterrupt or SystemExit: it leaves the loop at once, the group re-raises it, asyncio.run passes it on.
import asyncio

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('sibling cancelled')
        raise

async def raiser(exc):
    await asyncio.sleep(0.01)
    print('raising', type(exc).__name__)
    raise exc

async def main(exc):
    # main's own exception is never retrieved; CPython reports that when the task is freed.
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: None)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling())
            tg.create_task(raiser(exc))
            print('body done')
    except BaseException as e:
        print('group raised', type(e).__name__, e is exc)
        raise
    print('not reached')

for exc in (KeyboardInterrupt('ki'), SystemExit(4)):
    try:
        asyncio.run(main(exc))
    except BaseException as e:
        print('run raised', type(e).__name__, e.args, e is exc)
print('end')
