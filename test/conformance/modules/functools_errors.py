from functools import partial, reduce, lru_cache, total_ordering, cmp_to_key

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('partial no args', lambda: partial())
attempt('partial not callable', lambda: partial(1))
attempt('reduce empty', lambda: reduce(lambda a, b: a + b, []))
attempt('reduce not iterable', lambda: reduce(lambda a, b: a + b, 3))
attempt('reduce no args', lambda: reduce())
attempt('lru bad maxsize', lambda: lru_cache('x'))
attempt('total_ordering none', lambda: total_ordering(type('X', (), {})))
attempt('lru unhashable', lambda: lru_cache(len)([1]))
attempt('partial call', lambda: partial(lambda x: x)(1, 2))
