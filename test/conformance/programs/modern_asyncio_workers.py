# asyncio worker pool: many tasks, Queue with sentinels, results ordering, cancellation, timeouts, async generators
import asyncio
import random


async def job(jid, rng):
    steps = rng.randint(1, 4)
    for _ in range(steps):
        await asyncio.sleep(0)
    if jid % 17 == 0:
        raise ValueError(f"job {jid} rejected")
    return jid * steps


async def worker(name, queue, results, errors, rng):
    handled = 0
    while True:
        jid = await queue.get()
        try:
            if jid is None:
                return handled
            try:
                results[jid] = await job(jid, rng)
            except ValueError as e:
                errors.append(str(e))
            handled += 1
        finally:
            queue.task_done()


async def pool(n_jobs, n_workers):
    rng = random.Random(3)
    queue = asyncio.Queue()
    results, errors = {}, []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results, errors, rng), name=f"w{i}") for i in range(n_workers)]
    for j in range(n_jobs):
        queue.put_nowait(j)
    for _ in workers:
        queue.put_nowait(None)
    counts = await asyncio.gather(*workers)
    await queue.join()
    return counts, results, errors


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def merge(*gens):
    out = []
    q = asyncio.Queue()

    async def drain(tag, g):
        async for item in g:
            await q.put((tag, item))
        await q.put((tag, None))
    tasks = [asyncio.create_task(drain(t, g)) for t, g in enumerate(gens)]
    done = 0
    while done < len(gens):
        tag, item = await q.get()
        if item is None:
            done += 1
        else:
            out.append((tag, item))
    await asyncio.gather(*tasks)
    return out


async def cancellable(log):
    try:
        while True:
            await asyncio.sleep(0)
            log.append("tick")
    except asyncio.CancelledError:
        log.append("cleanup")
        raise
    finally:
        log.append("finally")


async def main():
    counts, results, errors = await pool(100, 6)
    print(sum(counts), len(results), sum(results.values()), sorted(errors)[:3], len(errors))
    merged = await merge(ticker(3), ticker(2), ticker(4))
    print(merged)
    log = []
    t = asyncio.create_task(cancellable(log))
    for _ in range(3):
        await asyncio.sleep(0)
    print(t.cancel(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled ok", log, t.cancelled())
    results = await asyncio.gather(*(asyncio.wait_for(asyncio.sleep(d, result=d), timeout=0.5) for d in (0, 0.001, 5)), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    tasks = [asyncio.create_task(asyncio.sleep(0.02 * i, result=i)) for i in (3, 1, 2)]
    print([await f for f in asyncio.as_completed(tasks)])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    current = asyncio.current_task()
    print(current.get_name(), len(asyncio.all_tasks()) >= 1)
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", r)


asyncio.run(main())
