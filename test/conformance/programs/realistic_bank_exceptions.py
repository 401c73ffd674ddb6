# bank accounts with a custom exception hierarchy, chained causes, a refund path; ends in an uncaught InsufficientFunds
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, needs {amount:.2f}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next = 1000
    def __init__(self, owner, balance=0.0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def __repr__(self):
        return f"Account({self.number}, {self.owner!r}, {self.balance:,.2f})"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"{self.number} is frozen")

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.number] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise BankError(f"no such account {e}") from e
        try:
            self.accounts[dst].deposit(amount)
        except (KeyError, BankError) as e:
            self.accounts[src].deposit(amount)  # refund
            raise BankError("transfer failed, refunded") from e
    def report(self):
        total = sum(a.balance for a in self.accounts.values())
        for a in sorted(self.accounts.values(), key=lambda a: -a.balance):
            print(f"  {a.number:>6} {a.owner:<10} {a.balance:>12,.2f} {len(a.history):3d} ops")
        print(f"  {'TOTAL':>17} {total:>12,.2f}")

bank = Bank()
alice = bank.open("alice", 1500.5)
bob = bank.open("bob", 20)
carol = bank.open("carol")
print(alice, bob, carol)
bank.transfer(alice.number, bob.number, 250.25)
for args in [(bob.number, carol.number, 1000), (9999, 1, 5), (alice.number, 4242, 10)]:
    try:
        bank.transfer(*args)
    except BankError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
carol.frozen = True
try:
    bank.transfer(alice.number, carol.number, 1)
except BankError as e:
    print("failed:", e, "<-", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError", e.args)
e = InsufficientFunds(bob, 1e6)
print(e.args, isinstance(e, BankError), InsufficientFunds.__mro__[1:3])
bank.report()
print(alice.history)
import traceback
try:
    bank.transfer(bob.number, alice.number, 10**6)
except BankError as exc:
    lines = traceback.format_exception_only(type(exc), exc)
    print(lines)
    tb = traceback.format_exc().splitlines()
    print(tb[0], tb[-1], sep="\n")
carol.frozen = False
bank.transfer(bob.number, carol.number, 270.25)
bank.report()
bob.withdraw(1)
