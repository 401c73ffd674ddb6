import operator as o
from operator import itemgetter, attrgetter, methodcaller

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('add one', lambda: o.add(1))
attempt('neg str', lambda: o.neg('a'))
attempt('concat int', lambda: o.concat(1, 2))
attempt('index str', lambda: o.index('a'))
attempt('indexOf', lambda: o.indexOf([1], 2))
attempt('itemgetter none', lambda: itemgetter())
attempt('attrgetter int', lambda: attrgetter(1))
attempt('methodcaller int', lambda: methodcaller(1))
attempt('methodcaller none', lambda: methodcaller())
attempt('missing attr', lambda: attrgetter('x')(1))
attempt('missing item', lambda: itemgetter(5)([1]))
attempt('matmul', lambda: o.matmul(1, 2))
attempt('sub types', lambda: o.sub('a', 1))
attempt('length_hint str', lambda: o.length_hint('a', 'b'))
