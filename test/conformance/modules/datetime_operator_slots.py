# datetime's types have the operator methods of CPython's C types and no others: a
# date has no __mul__, so another operand's reflected method is asked, and the errors
# name the types as CPython does ('datetime.date').
import datetime as dt


class Scale:
    def __rmul__(self, other):
        return ('rmul', type(other).__name__)

    def __rsub__(self, other):
        return ('rsub', type(other).__name__)

    def __radd__(self, other):
        return ('radd', type(other).__name__)

    def __rtruediv__(self, other):
        return ('rtruediv', type(other).__name__)

    def __rmatmul__(self, other):
        return 'rmatmul'


samples = [dt.date(2020, 1, 1), dt.datetime(2020, 1, 1, 12), dt.time(1), dt.timedelta(1), dt.timezone.utc]
for v in samples:
    for op in ('*', '-', '+', '/', '@'):
        try:
            print(type(v).__name__, op, eval('v %s Scale()' % op))
        except TypeError as e:
            print(type(v).__name__, op, 'TypeError:', e)

names = ['__%s__' % n for n in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
                                'matmul', 'and', 'or', 'xor', 'lshift', 'rshift', 'neg', 'pos', 'abs',
                                'invert', 'bool')]
names += ['__r' + n[2:] for n in names[:14]]
for cls in (dt.date, dt.datetime, dt.time, dt.timedelta, dt.timezone):
    print(cls.__name__, [n for n in names if hasattr(cls, n)])

print(bool(dt.time(0)), bool(dt.timedelta(0)), bool(dt.date.min))
for a, b in [(dt.date(2020, 1, 1), 2), (2, dt.timedelta(1)), (dt.time(1), dt.time(2)),
             (dt.timedelta(1), 'x'), ('x', dt.datetime(2020, 1, 1)), (1.5, dt.date(2020, 1, 1))]:
    for op in ('*', '-', '+', '/', '//', '%', '**', '&'):
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(op, e)
for f in (lambda: -dt.date(2020, 1, 1), lambda: abs(dt.time(1)), lambda: ~dt.timedelta(1),
          lambda: divmod(7, dt.timedelta(2)), lambda: pow(dt.timedelta(1), 2, 3)):
    try:
        f()
    except TypeError as e:
        print(e)
