# Generators and coroutines holding a `with` across yields (their bodies compiled), closed
# or thrown into while inside it, and a with around a compiled loop that yields.
import asyncio

class CM:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append('enter')
        return len(self.log)
    def __exit__(self, t, v, tb):
        self.log.append('exit %s' % (t.__name__ if t else None))
        return t is StopIteration

def gen(log, n):
    for i in range(n):
        with CM(log) as k:
            yield i
            yield k

def drain(n):
    log = []
    total = 0
    for v in gen(log, n):
        total += v
    return total, len(log), log[-2:]

def closed():
    log = []
    g = gen(log, 5)
    next(g)
    next(g)
    next(g)
    g.close()
    return log

def thrown():
    log = []
    g = gen(log, 5)
    next(g)
    try:
        g.throw(KeyError('k'))
    except KeyError as e:
        return log, repr(e)

def send_inside():
    log = []
    def acc():
        total = 0
        with CM(log):
            while True:
                x = yield total
                if x is None:
                    break
                total += x
        yield 'done %d' % total
    g = acc()
    next(g)
    for i in range(500):
        g.send(i)
    return g.send(None), log

class ACM:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append('aenter')
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, t, v, tb):
        self.log.append('aexit %s' % (t.__name__ if t else None))
        return False

async def coro(log, n):
    total = 0
    for i in range(n):
        with CM(log):
            async with ACM(log):
                total += i
                if i % 100 == 0:
                    await asyncio.sleep(0)
    return total

async def main():
    log = []
    r = await asyncio.gather(coro(log, 250), coro(log, 250))
    return r, len(log), log[-4:]

print(drain(250))
print(closed())
print(thrown())
print(send_inside())
print(asyncio.run(main()))

# A generator suspended inside a with at exit: finalized, its __exit__ called with GeneratorExit.
class Loud:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            print('exit at shutdown:', t.__name__)

def held():
    for i in range(1000):
        with Loud():
            if i == 999:
                yield i

h = held()
print(next(h))
