# A bank simulation with an exception hierarchy, chaining (raise from, __context__,
# __suppress_context__), add_note, ExceptionGroup/except*, and tracebacks printed to stdout.
import sys
import os
import traceback


class BankError(Exception):
    def __init__(self, account, msg):
        super().__init__(f"[{account}] {msg}")
        self.account = account


class InsufficientFunds(BankError):
    def __init__(self, account, need, have):
        super().__init__(account, f"need {need}, have {have}")
        self.need, self.have = need, have


class Frozen(BankError):
    pass


class AuditError(Exception):
    pass


class Account:
    def __init__(self, name, balance=0, frozen=False):
        self.name, self.balance, self.frozen = name, balance, frozen

    def withdraw(self, amount):
        if self.frozen:
            raise Frozen(self.name, "account frozen")
        if amount > self.balance:
            raise InsufficientFunds(self.name, amount, self.balance)
        self.balance -= amount


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        e.add_note(f"transfer {src.name}->{dst.name} of {amount}")
        raise
    dst.balance += amount


def audit(acc):
    try:
        return 100 / acc.balance
    except ZeroDivisionError as e:
        raise AuditError(f"cannot audit {acc.name}") from e


def lookup(accounts, name):
    try:
        return accounts[name]
    except KeyError:
        raise BankError(name, "no such account") from None


def sloppy(acc):
    try:
        acc.withdraw(10 ** 9)
    except BankError:
        raise RuntimeError("sloppy handler")


accounts = {n: Account(n, b) for n, b in [("ann", 100), ("bob", 0), ("cy", 50)]}
accounts["dee"] = Account("dee", 500, frozen=True)

for label, fn in [("transfer", lambda: transfer(accounts["bob"], accounts["ann"], 30)),
                  ("audit", lambda: audit(accounts["bob"])),
                  ("lookup", lambda: lookup(accounts, "zed")),
                  ("sloppy", lambda: sloppy(accounts["cy"]))]:
    try:
        fn()
    except Exception as e:
        print(f"--- {label}: {type(e).__name__}: {e}")
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
        print("notes:", getattr(e, "__notes__", None))
        print(traceback.format_exc().replace(os.getcwd() + os.sep, ""), end="")

batch = [("ann", "cy", 20), ("bob", "ann", 5), ("dee", "ann", 1), ("cy", "bob", 500), ("ann", "bob", 10)]


def run_batch(batch):
    errors = []
    for src, dst, amt in batch:
        try:
            transfer(accounts[src], accounts[dst], amt)
        except BankError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} transfers failed", errors)


try:
    run_batch(batch)
except* InsufficientFunds as eg:
    print("insufficient:", [str(e) for e in eg.exceptions])
    for e in eg.exceptions:
        print("  need", e.need, "have", e.have, e.__notes__)
except* Frozen as eg:
    print("frozen:", eg.exceptions, repr(eg))
print({n: a.balance for n, a in accounts.items()})

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError))))
print(traceback.format_exception_only(type(eg), eg))
try:
    raise eg
except* KeyError as g:
    print("got keys", g.exceptions)
except* (ValueError, TypeError) as g:
    print("got", len(g.exceptions), "non-keys:", g.message)
try:
    try:
        raise ExceptionGroup("many", [OSError("disk"), ValueError("bad")])
    except* OSError:
        raise RuntimeError("while handling os")
except ExceptionGroup as g:
    print("re-raised:", repr(g), [repr(x) for x in g.exceptions])
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print("".join(traceback.format_exception(e)), end="")
try:
    e.add_note(42)
except TypeError as te:
    print(te)
try:
    ExceptionGroup("x", [])
except ValueError as ve:
    print(ve)
try:
    ExceptionGroup("x", [1])
except ValueError as ve:
    print(ve)
print(type(ExceptionGroup("x", [KeyboardInterrupt()])).__name__ if False else BaseExceptionGroup("x", [KeyboardInterrupt()]).__class__.__name__,
      BaseExceptionGroup("y", [ValueError()]).__class__.__name__)
run_batch([("cy", "ann", 1000), ("dee", "bob", 1)])
