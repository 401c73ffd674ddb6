# unittest.mock: Mock and MagicMock children, reprs, call records, call objects, magic methods and the assert_* messages
import builtins, re


def print(*args, **kw):
    # mock reprs carry id(); mask them so the output is the same on every run
    builtins.print(*[re.sub(r"0x[0-9a-f]+|\d{6,}", "...", str(a)) for a in args], **kw)


from unittest.mock import *
def r(x): return re.sub(r"id='\d+'", "id=...", repr(x))
m = Mock(); m.a.b.c(1); m.x(); m().y(2); m.a()(3)
print(m.mock_calls); print(m.method_calls); print(m.a.mock_calls, m.a.method_calls)
print(r(m.a.b.c), r(m().y), r(m.a()()), r(m.a()), r(m))
m = Mock(name='n', return_value=3); print(m(), m.return_value, r(m))
print(repr(sentinel.foo), DEFAULT, ANY, call, call.a.b, call(1)(2), call.a(1,x=2).b)
print(call(1).call_list(), call.a(1).b(2).call_list())
print(call(1).args, call.a(1,x=3).kwargs, call.a(1,x=3).args)
m = MagicMock(); print(len(m), 3 in m, int(m), float(m), bool(m), m==m, m!=m, m==1, complex(m), m.__enter__.return_value is m)
with m as x: print(x is m.__enter__.return_value)
m[1]=2; print(r(m[3]), r(m.mock_calls))
m.reset_mock(); m.__getitem__.return_value = 5; print(m['a'])
m.__len__.return_value=3; print(len(m))
try: m < 1
except TypeError as e: print(e)
m=Mock(); m(1)
for f in [lambda: m.assert_called_with(2), lambda: m.assert_called_once_with(2)]:
    try: f()
    except AssertionError as e: print(e)
m(2)
for f in [lambda: m.assert_called_once_with(2), m.assert_not_called, lambda: m.assert_any_call(5), lambda: Mock(name='x').assert_called_with(5), Mock(name='x').assert_called, Mock(name='x').assert_called_once, lambda: m.assert_has_calls([call(3)]), lambda: m.assert_has_calls([call(3)], any_order=True)]:
    try: f(); print('ok')
    except AssertionError as e: print(e)
m.assert_has_calls([call(1), call(2)]); m.assert_any_call(1); m.assert_called_with(ANY)
print(m.call_args_list, m.call_args, m.call_count, m.called)
