# The argument errors of C class methods: METH_O's "takes exactly one argument", PyArg_ParseTuple's
# "takes exactly 1 argument", keywords refused.
import datetime, decimal
from collections import OrderedDict
def show(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError as e:
        print(e)
for args in [(), (1, 2)]:
    show(OrderedDict().pop, *args)
    show(datetime.date.fromordinal, *args)
    show(datetime.datetime.fromordinal, *args)
    show(datetime.date.fromtimestamp, *args)
    show(datetime.datetime.utcfromtimestamp, *args)
    show(datetime.date.fromisoformat, *args)
    show(datetime.datetime.fromisoformat, *args)
    show(datetime.time.fromisoformat, *args)
    show(decimal.Decimal.from_float, *args)
show(datetime.datetime.fromtimestamp)
show(datetime.date.fromordinal, n=1)
show(datetime.date.fromtimestamp, 1, t=1)
show(decimal.Decimal.from_float, f=1.5)
show(decimal.Decimal.__new__)
print(datetime.date.fromordinal(5), decimal.Decimal.from_float(0.5), datetime.datetime.fromtimestamp(timestamp=0, tz=datetime.timezone.utc))
