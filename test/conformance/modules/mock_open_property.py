# unittest.mock: mock_open reading (read/readline/readlines/iteration/next, bytes, sizes, overrides, reset per open) and PropertyMock
from unittest.mock import mock_open, PropertyMock, MagicMock, Mock, patch, call

o = mock_open(read_data='one\ntwo\nthree\n')
h = o('f')
print(repr(h.read(2)), repr(h.readline()), repr(h.readline()), h.readlines(), repr(h.read()), repr(h.readline()))
h = o('f')
print(next(h), list(h))
h = o('f')
print(repr(h.readline()), [x for x in h])
try:
    next(h)
except StopIteration:
    print('StopIteration')
b = mock_open(read_data=b'ab\ncd')
hb = b('f', 'rb')
print(hb.read(1), hb.readline(), hb.readlines(), hb.read())
print(list(b('g')))
o2 = mock_open(read_data='x\ny\n')
h2 = o2()
h2.read.return_value = 'forced'
h2.readline.return_value = 'line!'
h2.readlines.return_value = ['L']
print(h2.read(), h2.readline(), h2.readlines(), next(h2), next(iter(h2)))
o3 = mock_open(read_data='p\nq\n')
h3 = o3()
h3.readline.side_effect = ['custom\n']
h3 = o3()
print(repr(h3.readline()))
o4 = mock_open(read_data='r\ns\n')
o4().readline()
print(repr(o4().readline()), o4.call_count, o4.return_value is o4())
h5 = mock_open()()
print(repr(h5.read()), h5.readlines(), list(h5), h5.write('z'), h5.write.call_args)
with h5 as inner:
    print(inner is h5)
try:
    h5.not_a_file_method
except AttributeError as e:
    print('AttributeError', e)
try:
    mock_open()().readx
except AttributeError as e:
    print('AttributeError', e)
mine = MagicMock(name='mine')
res = mock_open(mine, read_data='data')
print(res is mine, mine().read(), mine._mock_name)
with patch('builtins.open', mock_open(read_data='abc')) as mo:
    with open('path', encoding='utf-8') as fh:
        print(fh.read(), mo.call_args, fh.close.called)
    print(mo.mock_calls)

class Thing:
    size = 0
pm = PropertyMock(return_value=7)
type(mock := MagicMock()).size = pm
print(mock.size, pm.call_args_list)
mock.size = 3
print(pm.mock_calls, pm.call_count)
pm2 = PropertyMock(side_effect=[1, 2])
Thing.size = pm2
t = Thing()
print(t.size, t.size, pm2.call_count)
try:
    t.size
except StopIteration:
    print('StopIteration')
child = PropertyMock().child
print(type(child).__name__, type(PropertyMock()()).__name__)
del Thing.size
