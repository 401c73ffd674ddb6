# anext(it, default)'s awaitable driven by hand: send, next, throw, close, and a custom __await__ restarted at each resume.
class suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def agen():
    x = await suspend('first')
    yield f'item:{x}'
    await suspend('second')
g = agen()
aw = anext(g, 'DEFAULT')
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(aw.send(None))
try:
    aw.send('sent')
except StopIteration as e:
    print('StopIteration', e.value)
aw2 = anext(g, 'DEFAULT')
print(next(aw2))
try:
    aw2.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
aw3 = anext(agen(), 0)
print(aw3.send(None))
try:
    aw3.throw(ValueError('boom'))
except ValueError as e:
    print('ValueError', e)
aw4 = anext(agen(), 0)
aw4.send(None)
print(aw4.close())
class AIt:
    def __anext__(self):
        return self
    def __await__(self):
        yield 'waiting'
        raise StopAsyncIteration
aw5 = anext(AIt(), 'dflt')
print(aw5.send(None))
try:
    aw5.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    anext(AIt()).send(None)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    aw5.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
