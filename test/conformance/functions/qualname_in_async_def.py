# __qualname__ of functions, lambdas, classes and genexps defined inside an async def: its locals are "<locals>", as a def's are
async def amain():
    f = lambda: 1
    def g(): pass
    class C:
        def m(self): pass
    print(f.__qualname__, g.__qualname__, C.__qualname__, C.m.__qualname__, [lambda: 0][0].__qualname__)
    print((x for x in ()).__qualname__)
def gen():
    f = lambda: 1
    print(f.__qualname__)
    yield
amain().send(None) if False else None
try:
    amain().send(None)
except StopIteration:
    pass
next(gen())
def plain():
    f = lambda: 1
    print(f.__qualname__)
plain()
class K:
    async def am(self):
        return lambda: 0
c = K().am()
try: c.send(None)
except StopIteration as e: print(e.value.__qualname__)
async def amain():
    global gf
    async def gf(): pass
    async def inner():
        async def deeper(): pass
        return deeper
    return inner, gf
c = amain()
try: c.send(None)
except StopIteration as e: inner, g = e.value
print(inner.__qualname__, g.__qualname__)
d = inner()
try: d.send(None)
except StopIteration as e: print(e.value.__qualname__)
