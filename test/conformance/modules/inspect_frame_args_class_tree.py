# inspect's frame and argument helpers (getargvalues, formatargvalues, getargs, getlineno) as a
# debugging tracer uses them, getclasstree, getmembers_static, getabsfile and indentsize.
import inspect
import os
import sys


def show_call(frame, event, arg):
    if event == 'call' and frame.f_code.co_name in ('area', 'report', 'kwonly'):
        info = inspect.getargvalues(frame)
        print('call', frame.f_code.co_name, info.args, info.varargs, info.keywords,
              inspect.formatargvalues(*info), inspect.getlineno(frame) - frame.f_code.co_firstlineno)
    return None


def area(w, h=2):
    return w * h


def report(title, *values, sep=', ', **options):
    return title + sep.join(map(str, values)) + repr(sorted(options))


def kwonly(*, a, b=1):
    return a + b


sys.settrace(show_call)
area(3)
report('t:', 1, 2, colour='red')
kwonly(a=1)
sys.settrace(None)

print(inspect.getargs(report.__code__), inspect.getargs(area.__code__))
try:
    inspect.getargs(area)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
frame = inspect.currentframe()
print(inspect.getargvalues(frame).args, inspect.formatargvalues(['x', 'y'], 'rest', None, {'x': 1, 'y': 'b', 'rest': (3,)},
                                                                 formatvalue=lambda v: ':' + str(v)))


class Base: pass
class Left(Base): pass
class Right(Base): pass
class Both(Left, Right): pass
class Other: pass


def show(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            show(entry, depth + 1)
        else:
            cls, bases = entry
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


show(inspect.getclasstree([Both, Left, Right, Base, Other]))
show(inspect.getclasstree([Both, Left, Right, Base], unique=True))


class Lazy:
    x = 1

    @property
    def computed(self):
        print('property ran')
        return 2

    def __getattr__(self, name):
        print('__getattr__ ran for', name)
        return 0

    @staticmethod
    def helper():
        pass


members = inspect.getmembers_static(Lazy(), lambda v: not (isinstance(v, type) or callable(v) and hasattr(v, '__objclass__')))
print([(n, type(v).__name__) for n, v in members if not n.startswith('__')])
print([n for n, _ in inspect.getmembers_static(Lazy) if not n.startswith('__')])
print(inspect.getabsfile(area) == os.path.normcase(os.path.abspath(__file__)), inspect.indentsize('\t  x'), inspect.indentsize('x'))
print(inspect.formatannotationrelativeto(Lazy)(Lazy), inspect.formatannotationrelativeto(Lazy)(os.stat_result), inspect.TPFLAGS_IS_ABSTRACT)
print(sorted(n for n in ('getargvalues', 'getclasstree', 'getmembers_static', 'ArgInfo', 'CO_VARARGS') if n in inspect.__all__))
