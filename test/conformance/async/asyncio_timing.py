# asyncio timers (delays 50-150 ms apart, so that a stall of a loaded machine cannot reorder them): sleep, call_later, wait_for with TimeoutError, wait, as_completed, shield.
import asyncio
import time

async def sleeper(name, delay, result=None):
    await asyncio.sleep(delay)
    print('woke', name)
    return result if result is not None else name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.05, print, 'later 0.05')
    h = loop.call_later(0.1, print, 'cancelled timer')
    h.cancel()
    await asyncio.gather(sleeper('slow', 0.2), sleeper('fast', 0.1))
    print('elapsed ok', loop.time() - t0 >= 0.2)
    try:
        await asyncio.wait_for(sleeper('never', 5), timeout=0.1)
    except asyncio.TimeoutError as e:
        print('timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(sleeper('quick', 0.05), timeout=5))
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in [('w1', 0.45), ('w2', 0.15), ('w3', 0.75)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    for fut in asyncio.as_completed([sleeper('c1', 0.45), sleeper('c2', 0.15), sleeper('c3', 0.3)]):
        print('as_completed', await fut)
    inner = asyncio.create_task(sleeper('shielded', 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except TimeoutError:
        print('shield timed out, inner cancelled:', inner.cancelled())
    print(await inner)
    print(await asyncio.sleep(0.05, result='sleep result'))

asyncio.run(main())
