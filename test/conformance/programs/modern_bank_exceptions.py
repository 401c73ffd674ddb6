# bank system with a custom exception hierarchy, chaining and an uncaught crash at the end
from abc import ABC, abstractmethod
from decimal import Decimal


class BankError(Exception):
    """Base for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class TransferFailed(BankError):
    pass


class Account(ABC):
    _next = 1000

    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self._balance = Decimal(balance)
        self.frozen = False
        Account._next += 1
        self.number = Account._next
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0 and not self.allows_overdraft():
            raise ValueError(f"negative balance {value!r}")
        self._balance = value

    @abstractmethod
    def allows_overdraft(self) -> bool: ...

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.number)
        self.balance += Decimal(amount)
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if self.frozen:
            raise AccountFrozen(self.number)
        if amount > self.balance and not self.allows_overdraft():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance})"

    def __str__(self):
        return f"#{self.number} {self.owner:<8} {self.balance:>10.2f}"


class Checking(Account):
    def allows_overdraft(self):
        return True


class Savings(Account):
    def allows_overdraft(self):
        return False


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, owner, balance="0"):
        acct = kind(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            raise TransferFailed(f"no account {e}") from e
        except BankError as e:
            raise TransferFailed(f"transfer {src}->{dst} failed") from e
        try:
            self.accounts[dst].deposit(amount)
        except BankError:
            self.accounts[src].deposit(amount)
            raise
        return True


bank = Bank()
a = bank.open(Savings, "alice", "100.50")
b = bank.open(Checking, "bob", "20")
c = bank.open(Savings, "carol")
print(repr(a), repr(b), sep="\n")
print(a)
print(b)
try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)

print(bank.transfer(a.number, b.number, "50.25"))
try:
    bank.transfer(c.number, a.number, 10)
except TransferFailed as e:
    print("failed:", e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    bank.transfer(9999, a.number, 1)
except TransferFailed as e:
    print("failed:", e, type(e.__cause__).__name__, e.__cause__.args)
c.frozen = True
try:
    bank.transfer(a.number, c.number, 5)
except AccountFrozen as e:
    print("frozen", e.args, "a is back to", a.balance)
try:
    a.balance = Decimal("-1")
except ValueError as e:
    print(e)
b.withdraw(100)
print(b, b.history)
print(sorted(bank.accounts.values(), key=lambda x: x.balance))
print(isinstance(InsufficientFunds(a, 1), BankError), InsufficientFunds.__mro__[1:3])


def audit(bank):
    for num, acct in bank.accounts.items():
        try:
            acct.withdraw("1000")
        except InsufficientFunds as e:
            raise RuntimeError(f"audit stopped at {num}") from e


audit(bank)
