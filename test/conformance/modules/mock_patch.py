# unittest.mock: patch, patch.object, patch.dict, patch.multiple, create_autospec, mock_open, PropertyMock, AsyncMock
import builtins, re


def print(*args, **kw):
    # mock reprs carry id(); mask them so the output is the same on every run
    builtins.print(*[re.sub(r"0x[0-9a-f]+|\d{6,}", "...", str(a)) for a in args], **kw)


import os, asyncio
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
def func(a, b, *, c=3): return a
# patch.object as decorator and context manager
@patch.object(Foo, 'meth')
def t1(m):
    print(r(m), r(Foo.meth), Foo().meth(1))
    return 'done'
print(t1(), Foo().meth(1))
with patch.object(Foo, 'x', 42) as v:
    print(v, Foo.x)
print(Foo.x)
with patch.object(Foo, 'nope', create=True) as m:
    print(r(m), Foo.nope is m)
print(hasattr(Foo, 'nope'))
try:
    with patch.object(Foo, 'nope'): pass
except AttributeError as e: print(e)
try: patch.object('os', 'x')
except TypeError as e: print(e)
try: patch('nodots')
except TypeError as e: print(e)
# patch by name
with patch('os.getcwd', return_value='/here') as g:
    print(os.getcwd(), g.call_count)
print(os.getcwd() != '/here')
@patch('os.getpid')
@patch('os.getcwd')
def t2(a, b, c):
    print(c, r(a), r(b))
t2('arg')
p = patch.object(Foo, 'x', 7); print(p.start(), Foo.x); p.stop(); print(Foo.x, p.stop())
patch.object(Foo, 'x', 8).start(); patch.object(Foo, 'cm', 9).start(); print(Foo.x, Foo.cm)
patch.stopall(); print(Foo.x)
d = {'a': 1}
with patch.dict(d, {'b': 2}, c=3) as dd:
    print(sorted(d.items()), dd is d)
print(d)
with patch.dict(d, clear=True): print(d)
print(d)
@patch.dict(d, {'z': 0})
def t3(): print(sorted(d))
t3(); print(d)
with patch.multiple(Foo, x=DEFAULT, cm=5) as vals:
    print(sorted(vals), r(vals['x']), Foo.cm)
@patch.multiple(Foo, x=DEFAULT, sm=DEFAULT)
def t4(**kw): print(sorted(kw))
t4()
try: patch.multiple(Foo)
except ValueError as e: print(e)
try: patch.object(Foo, 'x', 1, new_callable=Mock)
except ValueError as e: print(e)
with patch.object(Foo, 'meth', autospec=True) as am:
    f = Foo(); f.meth(1, b=5)
    print(am.call_args, r(am.return_value) if False else '')
    try: f.meth()
    except TypeError as e: print(e)
with patch.object(Foo, 'x', spec=True) as sx: print(r(sx))
RealFoo = Foo
with patch('__main__.Foo', spec=True) as FM:
    inst = FM(); print(r(FM), r(inst), isinstance(inst, RealFoo), Foo is FM)
@patch.object(Foo, 'x', 99)
class T:
    def test_a(self): return Foo.x
    def other(self): return Foo.x
print(T().test_a(), T().other())
# autospec
a = create_autospec(func)
print(a.__name__ if hasattr(a, '__name__') else '', r(a.mock), a(1, 2), a.called, a.call_count)
a.return_value = 5; print(a(1, 2, c=0), a.call_args_list)
try: a(1)
except TypeError as e: print(e)
try: a(1, 2, 3)
except TypeError as e: print(e)
a.assert_called_with(1, 2, c=0)
try: a.assert_called_once_with(1, 2)
except AssertionError as e: print(e)
a.reset_mock(); print(a.called, a.call_count, a.mock_calls)
a.side_effect = [10, 11]; print(a(0, 0), a(0, 0))
F = create_autospec(Foo)
i = F(); print(r(F), r(i), i.x, r(i.meth(1)), i.meth.call_args)
try: i.meth()
except TypeError as e: print(e)
try: i.nope
except AttributeError as e: print(e)
try: F.meth(1)
except TypeError as e: print(e)
print(F.mock_calls)
i.meth.assert_called_once_with(1, b=2) if False else i.meth.assert_called_once_with(1)
print(isinstance(F, type), isinstance(i, Foo))
sc = create_autospec(Foo, spec_set=True, instance=True)
try: sc.y = 1
except AttributeError as e: print(e)
try: sc()
except TypeError as e: print(e)
# mock_open
o = mock_open(read_data='a\nb\nc\n')
with patch('builtins.open', o):
    with open('f.txt') as fh:
        print(repr(fh.readline()), fh.readlines())
    with open('f.txt') as fh:
        print([line for line in fh])
    print(open('x').read())
    with open('out', 'w') as fh: fh.write('hi')
print(r(o))
o.assert_called_with('out', 'w')
print(o.return_value.write.call_args_list)
print(o.mock_calls[:3])
# PropertyMock
class P:
    @property
    def v(self): return 1
with patch.object(P, 'v', new_callable=PropertyMock) as pm:
    pm.return_value = 5
    p = P(); print(p.v); p.v = 8
    print(pm.mock_calls)
# AsyncMock
am = AsyncMock(return_value=3)
async def main():
    print(await am(1, x=2))
    am.side_effect = [ValueError('boom')]
    try: await am()
    except ValueError as e: print('raised', e)
asyncio.run(main())
print(am.await_count, am.await_args, am.await_args_list, am.call_count)
am.assert_awaited(); am.assert_any_await(1, x=2)
for f in [am.assert_awaited_once, lambda: am.assert_awaited_with(9), lambda: am.assert_awaited_once_with(1), am.assert_not_awaited, lambda: AsyncMock().assert_awaited_with(1), AsyncMock().assert_awaited, lambda: am.assert_has_awaits([call(5)]), lambda: am.assert_any_await(7)]:
    try: f(); print('ok')
    except AssertionError as e: print(e)
mm = MagicMock()
async def amain():
    async with mm as v: print(r(v))
asyncio.run(amain())
print(r(mm.__aenter__), r(AsyncMock().foo))
import inspect
print(inspect.iscoroutinefunction(AsyncMock()), asyncio.iscoroutinefunction(AsyncMock()), inspect.iscoroutinefunction(Mock()))
async def coro_func(x): return x
with patch('__main__.coro_func') as cm:
    print(type(cm).__name__)
