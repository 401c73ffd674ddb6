# asyncio timers (delays far enough apart that a slow start cannot reorder them): sleep, call_later, wait_for with TimeoutError, wait, as_completed, shield.
import asyncio
import time

async def sleeper(name, delay, result=None):
    await asyncio.sleep(delay)
    print('woke', name)
    return result if result is not None else name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.01, print, 'later 0.01')
    h = loop.call_later(0.02, print, 'cancelled timer')
    h.cancel()
    await asyncio.gather(sleeper('slow', 0.04), sleeper('fast', 0.02))
    print('elapsed ok', loop.time() - t0 >= 0.04)
    try:
        await asyncio.wait_for(sleeper('never', 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(sleeper('quick', 0.01), timeout=1))
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in [('w1', 0.09), ('w2', 0.03), ('w3', 0.15)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    for fut in asyncio.as_completed([sleeper('c1', 0.09), sleeper('c2', 0.03), sleeper('c3', 0.06)]):
        print('as_completed', await fut)
    inner = asyncio.create_task(sleeper('shielded', 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.01)
    except TimeoutError:
        print('shield timed out, inner cancelled:', inner.cancelled())
    print(await inner)
    print(await asyncio.sleep(0.01, result='sleep result'))

asyncio.run(main())
