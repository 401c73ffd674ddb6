"""A simulated async web crawler: asyncio tasks, queues, semaphores, gather, timeouts, typing."""
import asyncio
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterator, Callable, get_type_hints
from urllib.parse import urljoin, urlparse

SITE = {
    "https://ex.com/": ["/a", "/b", "https://other.org/x"],
    "https://ex.com/a": ["/a/1", "/a/2", "/b"],
    "https://ex.com/b": ["/", "/slow"],
    "https://ex.com/a/1": [],
    "https://ex.com/a/2": ["/missing"],
    "https://ex.com/slow": ["/never"],
}
DELAY = {"https://ex.com/slow": 5}

T = TypeVar("T")


@runtime_checkable
class Fetcher(Protocol):
    async def fetch(self, url: str) -> list[str]: ...


class FakeFetcher:
    def __init__(self):
        self.calls = []

    async def fetch(self, url: str) -> list[str]:
        self.calls.append(url)
        await asyncio.sleep(DELAY.get(url, 0.001))
        if url not in SITE:
            raise LookupError(f"404 {urlparse(url).path}")
        return SITE[url]


class Results(Generic[T]):
    def __init__(self) -> None:
        self.items: dict[str, T] = {}

    def add(self, key: str, value: T) -> None:
        self.items[key] = value

    def __iter__(self) -> Iterator[tuple[str, T]]:
        return iter(sorted(self.items.items()))


@dataclass
class Crawler:
    fetcher: Fetcher
    root: str
    limit: int = 2
    timeout: float = 0.5
    seen: set = field(default_factory=set)
    results: Results[str] = field(default_factory=Results)

    async def worker(self, name: str, queue: asyncio.Queue, sem: asyncio.Semaphore) -> int:
        done = 0
        while True:
            url, depth = await queue.get()
            try:
                async with sem:
                    links = await asyncio.wait_for(self.fetcher.fetch(url), self.timeout)
                self.results.add(url, f"ok {len(links)} links (depth {depth})")
                for link in links:
                    full = urljoin(url, link)
                    if urlparse(full).netloc == urlparse(self.root).netloc and full not in self.seen:
                        self.seen.add(full)
                        queue.put_nowait((full, depth + 1))
            except asyncio.TimeoutError:
                self.results.add(url, "timeout")
            except LookupError as e:
                self.results.add(url, f"error {e}")
            finally:
                done += 1
                queue.task_done()

    async def run(self) -> dict:
        queue: asyncio.Queue = asyncio.Queue()
        sem = asyncio.Semaphore(self.limit)
        self.seen.add(self.root)
        queue.put_nowait((self.root, 0))
        workers = [asyncio.create_task(self.worker(f"w{i}", queue, sem), name=f"w{i}") for i in range(3)]
        await queue.join()
        for w in workers:
            w.cancel()
        outcome = await asyncio.gather(*workers, return_exceptions=True)
        return {w.get_name(): type(o).__name__ for w, o in zip(workers, outcome)}


async def main():
    f = FakeFetcher()
    print(isinstance(f, Fetcher), isinstance(object(), Fetcher))
    c = Crawler(f, "https://ex.com/")
    states = await c.run()
    print(states)
    for url, status in c.results:
        print(f"{urlparse(url).path or '/':10} {status}")
    print(len(f.calls), sorted(set(f.calls)) == sorted(c.seen))

    async def compute(x: int) -> int:
        await asyncio.sleep(0.01 * (5 - x))
        if x == 3:
            raise ValueError(f"bad {x}")
        return x * x

    res = await asyncio.gather(*(compute(i) for i in range(5)), return_exceptions=True)
    print(res)
    order = []

    async def tagged(i):
        await asyncio.sleep(0.01 * (3 - i))
        order.append(i)
        return i

    for coro in asyncio.as_completed([tagged(i) for i in range(3)]):
        await coro
    print("completion order:", order)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out (asyncio.timeout)")
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "released"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t, t.done(), t.cancelled())
    lock = asyncio.Lock()
    log = []

    async def critical(n):
        async with lock:
            log.append(f"in{n}")
            await asyncio.sleep(0)
            log.append(f"out{n}")

    await asyncio.gather(critical(1), critical(2))
    print(log)


hints = get_type_hints(Crawler.worker)
print({k: getattr(v, "__name__", repr(v)) for k, v in hints.items()})
print(Results[int], Callable[[int], str], list[dict[str, int]], T, Fetcher.__mro__[1:3])
asyncio.run(main())
