# unittest.mock: specs, side_effect forms, configure_mock, attach_mock, reset_mock, seal, magic methods set by hand
import builtins, re


def print(*args, **kw):
    # mock reprs carry id(); mask them so the output is the same on every run
    builtins.print(*[re.sub(r"0x[0-9a-f]+|\d{6,}", "...", str(a)) for a in args], **kw)


from unittest import mock
from unittest.mock import *
def r(x): return re.sub(r"id='\d+'", "id=...", repr(x))
class Foo:
    x = 1
    def meth(self, a, b=2): return 'real'
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q): pass
m = Mock(spec=Foo)
print(r(m), isinstance(m, Foo), r(m.meth))
try: m.y
except AttributeError as e: print(e)
m.y = 3; print(m.y)
m2 = Mock(spec_set=Foo)
try: m2.y = 3
except AttributeError as e: print(e)
print(r(m2))
for n in ['assert_foo', 'assret_x', 'called_once_with']:
    try: getattr(Mock(), n); print('ok', n)
    except AttributeError as e: print(e)
m = Mock(spec=['a', 'b']); print(r(m.a))
try: m.c
except AttributeError as e: print(e)
m = Mock(side_effect=[1, ValueError('v'), 3]); print(m())
try: m()
except ValueError as e: print(repr(e))
print(m())
try: m()
except StopIteration as e: print('stop', repr(e))
m = Mock(side_effect=lambda x: x * 2); print(m(4))
m = Mock(side_effect=lambda: DEFAULT, return_value=7); print(m())
m = Mock(**{'a.return_value': 3, 'b.side_effect': KeyError}); print(m.a())
try: m.b()
except KeyError as e: print('KeyError', repr(e))
m.configure_mock(x=1); print(m.x)
del m.x
try: m.x
except AttributeError as e: print('AE', e)
m = Mock(wraps=lambda x: x + 1); print(m(1), m.call_args)
n = Mock(); m = Mock(); m.attach_mock(n, 'kid'); m.kid(1); print(m.mock_calls, r(n))
m = Mock(); m.child = Mock(); m.child(); print(m.mock_calls)
m.reset_mock(); print(m.mock_calls, m.child.called)
m = Mock(return_value=5); m(); m.reset_mock(return_value=True); print(r(m()))
print(dir(Mock())[:12])
m = Mock(spec=Foo.meth); m(1, b=3)
try: m.assert_called_with(1, 3)
except AssertionError as e: print(e)
m = Mock(spec=lambda a, b=2: 0); m(1, b=3); m.assert_called_with(1, 3); print('bound match')
# seal
m = Mock(); m.a.b; seal(m)
for f in [lambda: m.c, lambda: m.a.c, lambda: m.a.b.x]:
    try: f()
    except AttributeError as e: print('sealed', e)
n = NonCallableMock(); print(n.side_effect, r(n.return_value), r(n.a))
try: n()
except TypeError as e: print(e)
m = MagicMock(); m.__str__.return_value = 's'; print(str(m)); print(hash(m) == object.__hash__(m))
m.__add__.return_value = 5; print(m + 1, r(1 + m))
m.__iter__.return_value = [1, 2]; print(list(iter(m)), list(iter(m)))
m.__len__ = lambda self: 9; print(len(m))
try: m.__getattr__ = lambda s, n: 1
except AttributeError as e: print(e)
m = MagicMock(spec=['__len__'])
print(len(m))
try: iter(m)
except TypeError as e: print(e)
print(r(m.mock_calls))
print(r(NonCallableMagicMock().foo), r(MagicMock().foo.bar()))
