# A task whose exception nobody retrieves: "Task exception was never retrieved" with its traceback on stderr.
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError('lost')

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print('main finished')

asyncio.run(main())
print('after run')
