# Coroutine objects driven by hand: send/throw/close, cr_* attributes, __await__, and their errors.
async def double(x):
    return x * 2

async def chain(x):
    a = await double(x)
    b = await double(a) ** 2
    return a, b

c = chain(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_await)
print(c.cr_code.co_name, c.cr_frame is not None, c.cr_origin)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class Ticker:
    def __await__(self):
        v = yield 'tick'
        return v

async def waits():
    got = await Ticker()
    print('resumed with', got)
    try:
        await Ticker()
    except ValueError as e:
        print('caught', e)
    await Ticker()
    return 'end'

w = waits()
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.send(42))
print(w.throw(ValueError('boom')))
w.close()
print(w.cr_frame)

c = double(1)
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
it = c.__await__()
print(type(it).__name__)
try:
    next(it)
except StopIteration as e:
    print('wrapper done', e.value)

for bad in [next, iter, list]:
    co = double(1)
    try:
        bad(co)
    except TypeError as e:
        print(type(e).__name__, e)
    co.close()

async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def gen(co):
    yield from co
co = double(1)
try:
    next(gen(co))
except TypeError as e:
    print(type(e).__name__, e)
co.close()

f = double(5)
f.close()
try:
    f.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(double.__code__.co_flags & 0x80 != 0, chain.__code__.co_flags & 0x20)
