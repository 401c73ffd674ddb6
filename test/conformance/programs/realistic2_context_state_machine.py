# A turnstile/order state machine driven by context managers: contextmanager, ExitStack, suppress, swallowing __exit__
import contextlib
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout, AbstractContextManager
import io
import sys

class InvalidTransition(Exception):
    pass

class Machine:
    TRANSITIONS = {
        ("idle", "start"): "running",
        ("running", "pause"): "paused",
        ("paused", "resume"): "running",
        ("running", "stop"): "idle",
        ("paused", "stop"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.history = []

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(f"cannot {event!r} while {self.state!r}")
        self.history.append(key)
        self.state = self.TRANSITIONS[key]
        return self.state

    @contextmanager
    def transaction(self):
        saved_state, saved_len = self.state, len(self.history)
        print(f"  begin in {self.state}")
        try:
            yield self
        except InvalidTransition as e:
            print(f"  rollback: {e}")
            self.state = saved_state
            del self.history[saved_len:]
        else:
            print(f"  commit -> {self.state}")
        finally:
            print("  end transaction")

m = Machine()
with m.transaction() as t:
    t.fire("start"); t.fire("pause")
with m.transaction():
    m.fire("resume"); m.fire("start")
print(m.state, m.history)

class Swallow:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print(f"  swallowed {et.__name__}: {ev}")
            return True
        print(f"  not swallowing {et.__name__ if et else None}")
        return False

with Swallow(KeyError) as s:
    {}["k"]
print("after swallow", repr(s.caught))
try:
    with Swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)

with suppress(FileNotFoundError, InvalidTransition):
    Machine().fire("stop")
    print("never")
print("suppressed")

log = []
@contextmanager
def resource(name, fail=False):
    log.append(f"open {name}")
    try:
        if fail:
            raise OSError(f"cannot open {name}")
        yield name.upper()
    finally:
        log.append(f"close {name}")

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    print(names)
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(resource("x"))
        stack.enter_context(resource("y", fail=True))
except OSError as e:
    print("OSError:", e, log)

with ExitStack() as stack:
    stack.enter_context(resource("keep"))
    moved = stack.pop_all()
print("moved", log[-1])
moved.close()
print(log[-1])

def cleanup_order():
    with ExitStack() as st:
        @st.push
        def first(*exc):
            print("  exit handler sees", exc[0].__name__ if exc[0] else None)
            return True
        st.callback(print, "  callback 2")
        raise ValueError("inside")
    return "handled"
print(cleanup_order())

class Conn:
    def close(self):
        print("  conn closed")
with closing(Conn()):
    print("  using conn")
with nullcontext(42) as v:
    print("nullcontext", v)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    m.fire("stop")
print(repr(buf.getvalue()), m.state)

@contextmanager
def bad_gen():
    yield 1
    yield 2
try:
    with bad_gen():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def timer_ctx(label):
    print(f"  [{label}] start")
    yield
    print(f"  [{label}] done")
@timer_ctx("decorated")
def work():
    print("  working")
work()
class Managed(AbstractContextManager):
    def __exit__(self, *a):
        print("  managed exit", a[0])
with Managed() as mm:
    print(type(mm).__name__)
try:
    with object():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with Swallow(), Swallow(IndexError), suppress(ZeroDivisionError):
        [][0]
except Exception as e:
    print("should not reach")
print("nested done")
with m.transaction():
    m.fire("start")
    raise KeyError("not an InvalidTransition")
