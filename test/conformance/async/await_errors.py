# The TypeErrors of await, async for and async with on objects that are not awaitable or async iterable.
async def coro():
    return 1

class NoIter:
    def __await__(self):
        return 5

class GivesCoro:
    def __await__(self):
        self.c = coro()
        return self.c

class BadAiter:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class BadAexit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 3

class BadAenter:
    def __aenter__(self):
        return 2
    def __aexit__(self, *a):
        return 3

class OnlyEnter:
    async def __aenter__(self):
        return 1

async def do_await(x):
    return await x

async def do_for(x):
    async for i in x:
        pass

async def do_with(x):
    async with x:
        pass

cases = [
    lambda: do_await(1), lambda: do_await(NoIter()),
    lambda: do_for(1), lambda: do_for(BadAiter()), lambda: do_for(BadAnext()),
    lambda: do_with(1), lambda: do_with(BadAexit()), lambda: do_with(BadAenter()), lambda: do_with(OnlyEnter()),
]
for mk in cases:
    c = mk()
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
gc = GivesCoro()
try:
    do_await(gc).send(None)
except TypeError as e:
    print(type(e).__name__, e)
gc.c.close()

async def awaits_self():
    await me
me = awaits_self()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)
