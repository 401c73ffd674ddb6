# pdb at a set_trace() and at breakpoint(): the stack (where/up/down), post_mortem, sys.breakpointhook and PYTHONBREAKPOINT.
import io
import os
import pdb
import sys


class Debugger(pdb.Pdb):
    """Reads the given commands; file names show without their folder, so the output is the same anywhere."""
    def __init__(self, commands):
        super().__init__(stdin=io.StringIO(commands), stdout=sys.stdout, readrc=False)

    def canonic(self, filename):
        return os.path.basename(filename)


def inner(n):
    m = n * 2
    Debugger('w\nu\np n\nd\nd\np m\nn\np m\nwhere\nc\n').set_trace()
    m += 1
    return m


def outer():
    k = inner(20)
    return k + 1


print('outer:', outer())


def fail(x):
    y = x - 1
    return 10 // y


def crash():
    return fail(1) + 1


try:
    crash()
except ZeroDivisionError:
    debugger = Debugger('w\np y\nu\nl\nu\nd\nd\nd\nq\n')
    debugger.reset()  # as pdb.post_mortem does
    debugger.interaction(None, sys.exc_info()[2])
print('after post mortem')

# breakpoint() calls sys.breakpointhook with its arguments.
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hooked'
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, two=2), calls)


def counting():
    total = 0
    for i in range(3):
        sys.breakpointhook = lambda: Debugger('p i, total\nn\nn\np total\nc\n').set_trace(sys._getframe(1))
        breakpoint()
        total += i
    return total


print('counting:', counting())

sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print('off:', breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
print('print hook:', breakpoint('via', 'print', sep='-'))
os.environ['PYTHONBREAKPOINT'] = 'len'
print('len hook:', breakpoint([1, 2, 3]))
import warnings
for name in ['no_such_module_x.hook', 'os.no_such_function']:
    os.environ['PYTHONBREAKPOINT'] = name
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print('unimportable:', breakpoint())
    print([(w.category.__name__, str(w.message)) for w in caught])
del os.environ['PYTHONBREAKPOINT']

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__

try:
    pdb.post_mortem()
except ValueError as e:
    print(type(e).__name__, e)
