# frame.clear(): a running frame refuses, a suspended generator is closed first, a finished frame drops its locals
import sys

def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('own frame:', e)
    def inner():
        try:
            sys._getframe(1).clear()
        except RuntimeError as e:
            print('caller frame:', e)
    inner()
running()

def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally runs')
g = gen()
next(g)
fr = g.gi_frame
print(fr.clear())
print('after clear:', g.gi_frame, list(g))

def self_clearing():
    yield sys._getframe()
g2 = self_clearing()
f2 = next(g2)
def running_gen():
    f = sys._getframe()
    yield
    try:
        f.clear()
    except RuntimeError as e:
        print('running generator:', e)
    yield
g3 = running_gen(); next(g3); next(g3)

def finished():
    a = 1; b = [2]
    return sys._getframe()
f = finished()
print(sorted(f.f_locals))
f.clear()
print(f.f_locals)
try:
    f.clear(1)
except TypeError as e:
    print(e)
print(hasattr(f, 'f_generator'), 'clear' in dir(f))
