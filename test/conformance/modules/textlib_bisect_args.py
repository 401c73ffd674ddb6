# bisect: missing arguments named as the C functions name them; keywords a and x; bounds errors
import bisect
for f in [bisect.bisect, bisect.bisect_left, bisect.bisect_right, bisect.insort, bisect.insort_left, bisect.insort_right]:
    for args, kw in [((), {}), (([1, 3],), {}), ((), {'x': 2}), ((), {'a': [1, 3], 'x': 2}), (([1, 3], 2), {'lo': -1}), (([1, 3], 2), {'hi': 'x'}), (([1, 3], 2, 0, 1), {})]:
        try:
            a = args[0][:] if args else None
            r = f(*((a,) + args[1:] if args else ()), **kw)
            print(f.__name__, r, a)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
bisect.bisect()
