# async for (with else, break, continue) and async with (results, exceptions, suppression), driven by hand.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def main():
    async for x in Counter(3):
        print('x', x)
    else:
        print('else ran')
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print('y', x)
    else:
        print('not printed')
    async with CM('a') as v, CM('b') as w:
        print('body', v, w)
    async with CM('s', suppress=True):
        raise KeyError('hidden')
    try:
        async with CM('p'):
            raise ValueError('out')
    except ValueError as e:
        print('propagated', e)
    for i in range(2):
        async with CM('loop%d' % i):
            if i == 0:
                continue
            break
    async with CM('r'):
        return 'returned from with'

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
