# yield from a non-generator iterator: close()/throw() look close/throw up on it (_PyObject_LookupAttr:
# AttributeError from __getattr__ means absent; another error looking close up is unraisable).
class Plain:
    def __iter__(self): return self
    def __next__(self): return 1
class Getattr(Plain):
    def __repr__(self): return "Getattr()"
    def __getattr__(self, name):
        print('getattr', name)
        if name == 'close': raise KeyError('no close')
        raise AttributeError(name)
def g(it):
    try:
        yield from it
    except BaseException as e:
        print('g caught', type(e).__name__)
        raise
x = g(Getattr()); next(x)
try: x.close()
except KeyError as e: print('KE', e)
x = g(Getattr()); next(x)
try: x.throw(ValueError)
except ValueError as e: print('VE')
class C(Plain):
    def close(self): print('C.close')
x = g(C()); next(x)
try: x.throw(GeneratorExit)
except GeneratorExit: print('GE out')
x = g(C()); next(x)
try: x.throw(GeneratorExit())
except GeneratorExit: print('GE out')
class Thr(Plain):
    def throw(self, *a):
        print('Thr.throw', len(a))
        raise StopIteration(7)
def g2(it):
    r = yield from it
    print('r =', r)
    return r
x = g2(Thr()); next(x)
try: x.throw(ValueError, ValueError('v'), None)
except StopIteration as e: print('SI', e.value)
x = g2(Thr()); next(x)
try: x.throw(ValueError('w'))
except StopIteration as e: print('SI', e.value)
class Ret(Plain):
    def throw(self, *a): return 'yielded'
x = g2(Ret()); next(x); print(x.throw(KeyError))
print(type(x.gi_yieldfrom).__name__)
class It(Plain):
    def close(self):
        print('It.close')
    def throw(self, *a):
        print('It.throw', [type(v).__name__ for v in a])
        return 99
x = g(It()); next(x); x.close(); print('closed')
x = g(It()); next(x); print(x.throw(ValueError('v')))
x.close()
x = g(iter([1, 2])); next(x); x.close(); print('list iterator closed')
class BadClose(Plain):
    def close(self): raise RuntimeError('close boom')
x = g(BadClose()); next(x)
try: x.close()
except RuntimeError as e: print('RE', e)
class T3(Plain):
    throw = 5
x = g(T3()); next(x)
try: x.throw(ValueError)
except TypeError as e: print('TE', e)
