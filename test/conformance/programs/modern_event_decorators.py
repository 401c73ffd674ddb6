# event system with callbacks and decorators: with arguments, stacked, functools.wraps
import functools
import inspect
from collections import defaultdict


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  {fn.__name__} attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__qualname__} gave up after {times}") from last
        wrapper.attempts = times
        return wrapper
    return deco


def logged(fn=None, *, prefix="LOG"):
    if fn is None:
        return functools.partial(logged, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*a, **k):
        sig = ", ".join([repr(x) for x in a] + [f"{kk}={vv!r}" for kk, vv in k.items()])
        print(f"{prefix}: {fn.__name__}({sig})")
        r = fn(*a, **k)
        print(f"{prefix}: -> {r!r}")
        return r
    return wrapper


def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event, *, priority=0):
        def register(fn):
            self._handlers[event].append((priority, fn))
            self._handlers[event].sort(key=lambda p: -p[0])
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        for prio, h in self._handlers.get(event, ()):
            try:
                results.append(h(**payload))
            except StopIteration:
                print(f"  {h.__name__} stopped propagation")
                break
        return results


bus = EventBus()


@bus.on("order", priority=1)
@logged
def validate(item, qty):
    """Check the order."""
    if qty <= 0:
        raise ValueError("qty must be positive")
    return "valid"


@bus.on("order", priority=5)
@logged(prefix="AUDIT")
def audit(item, qty):
    return f"audit {item}x{qty}"


@bus.on("order")
@count_calls
def ship(item, qty):
    if item == "stop":
        raise StopIteration
    return f"shipped {qty} {item}"


print(bus.emit("order", item="book", qty=2))
print(ship.calls, ship.__name__, ship.__wrapped__.__name__, validate.__doc__)
print(bus.emit("nothing"))
try:
    bus.emit("order", item="pen", qty=0)
except ValueError as e:
    print("ValueError", e)

flaky_state = {"n": 0}


@retry(times=3, exceptions=(ConnectionError, TimeoutError))
def flaky(x):
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ConnectionError(f"try {flaky_state['n']}")
    return x * 2


print(flaky(21), flaky.attempts, flaky.__wrapped__)  if False else print(flaky(21), flaky.attempts)


@retry(times=2)
def always_bad():
    raise KeyError("nope")


try:
    always_bad()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

print(inspect.signature(validate), inspect.signature(retry), inspect.signature(logged))
print(validate.__qualname__, validate.__module__, audit.__wrapped__.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache))


class cached:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val


class Thing:
    @cached
    def heavy(self):
        print("computing heavy")
        return 42


t = Thing()
print(t.heavy, t.heavy, Thing.heavy.__name__, type(Thing.__dict__["heavy"]).__name__)
handlers = []
for i in range(3):
    handlers.append(lambda i=i: i * 10)
late = [lambda: i for i in range(3)]
print([h() for h in handlers], [f() for f in late])
