# timeit: Timer with str and callable statements, setup, globals, repeat, autorange, errors
import timeit
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0)
print(len(timeit.repeat("pass", repeat=3, number=10)))
counter = []
def work(): counter.append(1)
print(timeit.timeit(work, number=7) >= 0, len(counter))
print(timeit.Timer("y * 2", setup="y = 21").timeit(number=5) >= 0)
g = {"z": 0}
timeit.timeit("w = z + 1", globals=g, number=4); print(g["z"])
timeit.Timer("for i in range(2):\n    counter.append(i)", globals=globals()).timeit(3); print(len(counter))
n, taken = timeit.Timer("pass").autorange(); print(n >= 1, taken >= 0.2)
calls = []
timeit.Timer(work).autorange(lambda n, t: calls.append(n)); print(calls[:3])
for bad in [dict(stmt="x ="), dict(stmt="pass", setup="y ="), dict(stmt=3), dict(setup=None)]:
    try: timeit.Timer(**bad)
    except (SyntaxError, ValueError) as e: print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
try: timeit.timeit("1/0", number=1)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
print(timeit.default_timer is __import__("time").perf_counter)
