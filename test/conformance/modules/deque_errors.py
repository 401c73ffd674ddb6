from collections import deque

def attempt(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('pop', lambda: deque().pop())
attempt('popleft', lambda: deque().popleft())
attempt('index', lambda: deque([1]).index(2))
attempt('remove', lambda: deque(['a']).remove('b'))
attempt('getitem', lambda: deque([1])[5])
attempt('negative', lambda: deque([1])[-2])
attempt('slice', lambda: deque([1])[1:2])
attempt('strkey', lambda: deque([1])['a'])
attempt('maxlen neg', lambda: deque(maxlen=-1))
attempt('maxlen str', lambda: deque(maxlen='a'))
attempt('not iterable', lambda: deque(1))
attempt('full insert', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('concat', lambda: deque([1]) + [1])
attempt('rotate str', lambda: deque([1]).rotate('a'))
attempt('count noarg', lambda: deque([1]).count())
attempt('setitem', lambda: deque([1]).__setitem__(3, 0))
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
deque().pop()
