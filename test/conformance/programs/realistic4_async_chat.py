# An asyncio chat-room simulation: producer/consumer queues, gather with return_exceptions,
# wait_for timeouts, async generators and async comprehensions, contextvars per task,
# Event/Lock/Semaphore, shield and cancellation, as_completed order, TaskGroup errors caught.
import asyncio
import contextvars

user_var = contextvars.ContextVar("user", default="?")
log = []


def say(msg):
    line = f"[{user_var.get():>5}] {msg}"
    log.append(line)
    print(line)


class Room:
    def __init__(self, name):
        self.name = name
        self.members = {}
        self.lock = asyncio.Lock()
        self.history = []

    async def join(self, user):
        async with self.lock:
            q = asyncio.Queue()
            self.members[user] = q
            await self.broadcast("server", f"{user} joined")
            return q

    async def broadcast(self, sender, text):
        self.history.append((sender, text))
        for user, q in self.members.items():
            if user != sender:
                await q.put((sender, text))


async def chatter(room, user, lines, delay):
    user_var.set(user)
    q = await room.join(user)
    for text in lines:
        for _ in range(delay):
            await asyncio.sleep(0)
        await room.broadcast(user, text)
        say(f"sent {text!r}")
    received = []
    while not q.empty():
        received.append(q.get_nowait())
    say(f"inbox {len(received)}: {[s for s, _ in received]}")
    return user, len(received)


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def flaky(i):
    for _ in range(i):
        await asyncio.sleep(0)
    if i % 3 == 0:
        raise ValueError(f"task {i} failed")
    return i * i


async def steps(label, n):
    for _ in range(n):
        await asyncio.sleep(0)
    return label


async def slow(label, secs):
    try:
        await asyncio.sleep(secs)
        return label
    except asyncio.CancelledError:
        say(f"{label} cancelled")
        raise


async def main():
    room = Room("lobby")
    results = await asyncio.gather(
        chatter(room, "ann", ["hi", "how are you?"], 4),
        chatter(room, "bob", ["hey"], 2),
        chatter(room, "cy", ["yo", "bye", "!"], 3),
    )
    print("results", sorted(results))
    print("history", len(room.history), room.history[:4])
    print("context outside tasks:", user_var.get())
    squares = [x * x async for x in ticker(5)]
    evens = [x async for x in ticker(10) if x % 2 == 0]
    print("async comprehensions", squares, evens)
    out = await asyncio.gather(*(flaky(i) for i in range(6)), return_exceptions=True)
    print("gather", [r if not isinstance(r, Exception) else f"{type(r).__name__}({r})" for r in out])
    try:
        await asyncio.wait_for(slow("slowpoke", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    try:
        async with asyncio.timeout(0.01):
            await slow("in-timeout", 1)
    except TimeoutError:
        print("asyncio.timeout expired")
    task = asyncio.create_task(slow("background", 1), name="bg")
    await asyncio.sleep(0)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled", task.get_name(), task.cancelled(), e.args)
    order = []
    for fut in asyncio.as_completed([steps("c", 3), steps("a", 1), steps("b", 2)]):
        order.append(await fut)
    print("as_completed", order)
    sem = asyncio.Semaphore(2)
    active, peak = 0, 0

    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
            return i

    print("semaphore", await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)
    ev = asyncio.Event()

    async def waiter(n):
        await ev.wait()
        return f"w{n} woke"

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(flaky(1))
            tg.create_task(flaky(3))
            tg.create_task(flaky(6))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))
    gate = asyncio.Event()

    async def guarded():
        await gate.wait()
        return "shielded"

    inner = asyncio.ensure_future(guarded())
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("shield timed out; inner done?", inner.done())
    gate.set()
    print("inner result", await inner)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from call_soon")
    print(await fut)
    done, pending = await asyncio.wait([asyncio.create_task(steps("x", 1)), asyncio.create_task(slow("y", 60))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print("wait", [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    return len(log)


print("log lines", asyncio.run(main()))
