# types.coroutine: a generator function made awaitable (its code copied with
# CO_ITERABLE_COROUTINE by code.replace), wrapped callables, and the awaitables they make.
import asyncio
import types


@types.coroutine
def suspend(value):
    got = yield value
    return ('resumed with', got)


async def uses_suspend():
    result = await suspend('first')
    print('inside:', result)
    return 'done'


coro = uses_suspend()
print(coro.send(None))
try:
    coro.send(42)
except StopIteration as stop:
    print('returned', stop.value)

print(bool(suspend.__code__.co_flags & 0x100), suspend.__name__)
print(types.coroutine(suspend) is suspend)


async def native():
    return 1
print(types.coroutine(native) is native)

for bad in (1, None):
    try:
        types.coroutine(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class Steps:
    """A generator-like object (not a generator): the wrapper makes it awaitable."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration('steps done')
        return 'step %d' % self.n
    def throw(self, *args):
        raise args[0]
    def close(self):
        pass

import collections.abc
collections.abc.Generator.register(Steps)

made = types.coroutine(lambda: Steps())
awaitable = made()
print(type(awaitable).__name__ != 'Steps', hasattr(awaitable, '__await__'))


async def drive():
    return await made()

c = drive()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print('stop', stop.value)


# asyncio.sleep(0)'s way: a bare yield under types.coroutine hands control to the loop.
@types.coroutine
def yield_to_loop():
    yield


async def worker(name, log):
    for i in range(3):
        log.append((name, i))
        await yield_to_loop()


async def main():
    log = []
    await asyncio.gather(worker('a', log), worker('b', log))
    print(log)

asyncio.run(main())

print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__, types.CellType.__name__)
