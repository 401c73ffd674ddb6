# A bank with transactional context managers: contextmanager, ExitStack, suppress, nested rollback.
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, AbstractContextManager, redirect_stdout
import io


class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.name} is short by {needed:.2f}")
        self.account = account
        self.needed = needed


class Account:
    def __init__(self, name, balance=0.0):
        self.name = name
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(amount)

    def __repr__(self):
        return f"<{self.name}: {self.balance:.2f}>"


@contextmanager
def transaction(*accounts):
    snapshot = [(a, a.balance, len(a.history)) for a in accounts]
    print(f"  begin {[a.name for a in accounts]}")
    try:
        yield accounts
    except Exception as e:
        for a, bal, n in snapshot:
            a.balance = bal
            del a.history[n:]
        print(f"  rollback ({type(e).__name__}: {e})")
        raise
    else:
        print("  commit")
    finally:
        print("  end")


def transfer(src, dst, amount):
    with transaction(src, dst):
        src.withdraw(amount)
        dst.deposit(amount)


alice, bob = Account("alice", 100), Account("bob", 20)
transfer(alice, bob, 30)
print(alice, bob)
try:
    transfer(bob, alice, 500)
except InsufficientFunds as e:
    print("failed:", e, "| needed", e.needed)
print(alice, bob, bob.history)
try:
    transfer(alice, bob, -5)
except ValueError as e:
    print("failed:", e)
print(alice, alice.history)


class AuditLog(AbstractContextManager):
    def __init__(self, name):
        self.name = name
        self.lines = []

    def __enter__(self):
        self.lines.append(f"open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        self.lines.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

    def close(self):
        self.lines.append("closed via closing()")


logs = [AuditLog(n) for n in ("db", "cache", "mail")]
try:
    with ExitStack() as stack:
        entered = [stack.enter_context(l) for l in logs]
        stack.callback(print, "  exitstack callback ran")
        stack.push(lambda et, ev, tb: print("  pushed exit saw", et.__name__ if et else None))
        raise KeyError("boom")
except KeyError as e:
    print("KeyError after stack:", e)
print([l.lines for l in logs])
with ExitStack() as stack:
    stack.enter_context(logs[0])
    moved = stack.pop_all()
print("after pop_all:", logs[0].lines[-1])
moved.close()
print("after moved.close:", logs[0].lines[-1])
with suppress(ZeroDivisionError, KeyError):
    print("  about to divide")
    1 / 0
    print("never")
print("suppressed")
with closing(AuditLog("x")) as c:
    pass
print(c.lines)
with nullcontext(alice) as acct:
    print("nullcontext gives", acct)
buf = io.StringIO()
with redirect_stdout(buf):
    transfer(alice, bob, 1)
print("captured", len(buf.getvalue().splitlines()), "lines:", buf.getvalue().split())


@contextmanager
def bad_manager():
    yield 1
    yield 2


try:
    with bad_manager():
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
def swallow():
    try:
        yield
    except LookupError as e:
        print("  swallowed", repr(e))


with swallow():
    [][0]
print("continues after swallow")
try:
    with swallow():
        int("x")
except ValueError as e:
    print("ValueError passes through:", e)
try:
    with transaction(alice):
        with transaction(bob):
            bob.deposit(5)
            alice.withdraw(10**6)
except InsufficientFunds as e:
    print("nested failure:", e.account.name, alice, bob)
