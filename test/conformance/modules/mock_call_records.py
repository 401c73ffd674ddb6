# unittest.mock call records: call syntax, reprs, equality across tuple shapes, call_list, _CallList containment, ANY, sentinel, DEFAULT
from unittest import mock
from unittest.mock import call, ANY, sentinel, DEFAULT, Mock, MagicMock
import pickle, copy

print(call, call(), call(1, a=2), call.foo, call.foo(1), call.foo.bar(2, x=3), call(1)(2), call.a(1).b(2).c)
print(repr(call.x()()), repr(call()()), repr(call().foo), repr(call.count(1)), repr(call.index(2)))
c = call.foo(1, 2, k=3)
print(c.args, c.kwargs, c[0], c[1], c[2], len(c), tuple(c))
print(call(1, 2, k=3).args, call(1, 2, k=3).kwargs)
print(c == ('foo', (1, 2), {'k': 3}), c == ((1, 2), {'k': 3}), c == ('foo', (1, 2)), c == ('bar', (1, 2), {'k': 3}))
print(call(1) == ((1,),), call(1) == ((1,), {}), call() == (), call(a=1) == ({'a': 1},), call.x == ('x',), call(1) == ('', (1,), {}))
print(call(1) == call(1), call(1) != call(2), call(1) == 5, call(1) != 5, call(1) == (1, 2, 3, 4), call(ANY) == call(object()))
try:
    hash(call(1))
except TypeError as e:
    print(type(e).__name__, e)
print(call.a(1).b(2).call_list())
print(call(1).call_list(), call.x.call_list())
m = MagicMock()
m.a(1).b(2)
m(3)
print(m.mock_calls, m.method_calls)
print(m.mock_calls == call.a(1).b(2).call_list() + [call(3)])
print([call.a(1), call.a().b(2)] in m.mock_calls, [call.a(1), call(3)] in m.mock_calls, call(3) in m.mock_calls, [] in m.mock_calls)
print(m.call_args, m.call_args_list, m.call_args == call(3), m.call_args == ((3,), {}))
print(type(m.mock_calls).__name__, repr(mock.call_args_list if hasattr(mock, 'call_args_list') else 'x'))
big = Mock()
for i in range(12):
    big(i, key='v' * i)
print(big.call_args_list)
print(ANY, ANY == 1, ANY != 1, [1, ANY] == [1, 'x'], {'k': ANY} == {'k': 3})
print(sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, repr(sentinel.bar), DEFAULT, DEFAULT is sentinel.DEFAULT)
print(pickle.loads(pickle.dumps(sentinel.foo)) is sentinel.foo, copy.copy(sentinel.foo) is sentinel.foo, copy.deepcopy(sentinel.zz) is sentinel.zz, pickle.loads(pickle.dumps(sentinel)) is sentinel)
print(sentinel.foo.name)
try:
    sentinel.__bases__
except AttributeError as e:
    print('AttributeError', e)
n = Mock(name='n')
n.meth(1, 2)
n.other.deep(x=1)
print(n.mock_calls, n.method_calls)
print(n.method_calls == [call.meth(1, 2), call.other.deep(x=1)], n.mock_calls[1] == call.other.deep(x=1), n.mock_calls[1] == call.other.deeper(x=1))
print(n.meth.call_args == call(1, 2), n.meth.call_args.args, n.meth.call_args.kwargs, n.mock_calls[0].args)
name, args, kwargs = n.mock_calls[0]
print(name, args, kwargs)
args, kwargs = n.meth.call_args
print(args, kwargs)
print(call(1, 2)._mock_name if False else '', str(call.a.b.c(1)), call.a == call.a, call.a == call.b)
