# Bank/inventory system: classes, dataclasses, custom exceptions
from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal, ROUND_HALF_UP
from typing import List, Dict, Optional
import datetime


class BankError(Exception):
    """Base bank error."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


@dataclass(order=True)
class Transaction:
    seq: int
    kind: str
    amount: Decimal
    memo: str = ""


@dataclass
class Account:
    number: str
    owner: str
    balance: Decimal = Decimal("0.00")
    frozen: bool = False
    history: List[Transaction] = field(default_factory=list, repr=False)
    _seq = 0

    def _record(self, kind, amount, memo=""):
        Account._seq += 1
        self.history.append(Transaction(Account._seq, kind, amount, memo))

    def deposit(self, amount, memo=""):
        if self.frozen:
            raise AccountFrozen(self.number)
        amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self._record("deposit", amount, memo)
        return self.balance

    def withdraw(self, amount, memo=""):
        if self.frozen:
            raise AccountFrozen(self.number)
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount, memo)
        return self.balance


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts: Dict[str, Account] = {}

    def open(self, owner, initial="0"):
        number = f"{len(self.accounts) + 1:06d}"
        acct = Account(number, owner)
        if Decimal(initial) > 0:
            acct.deposit(initial, "opening")
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, f"to {dst}")
        try:
            b.deposit(amount, f"from {src}")
        except BankError:
            a.deposit(amount, "refund")
            raise

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))

    def report(self):
        lines = [f"== {self.name} =="]
        for n, a in sorted(self.accounts.items()):
            lines.append(f"{n} {a.owner:<10} {a.balance:>12,.2f}{' (frozen)' if a.frozen else ''}")
        lines.append(f"{'TOTAL':<17} {self.total():>12,.2f}")
        return "\n".join(lines)


bank = Bank("First Python Bank")
alice = bank.open("Alice", "1000.005")
bob = bank.open("Bob", "250")
carol = bank.open("Carol")
print(alice)
print(repr(bob))
bank.transfer(alice.number, bob.number, "300.50")
try:
    bank.transfer(carol.number, bob.number, "1")
except InsufficientFunds as e:
    print("error:", e, "|", e.amount, type(e.amount).__name__)
carol.frozen = True
try:
    bank.transfer(bob.number, carol.number, "50")
except AccountFrozen as e:
    print("frozen:", e.args, isinstance(e, BankError))
print(bob.balance)
try:
    alice.deposit("-5")
except ValueError as e:
    print("ValueError:", e)
print(bank.report())
for t in sorted(alice.history + bob.history, reverse=True):
    print(t)
print(asdict(alice.history[0]))
t2 = replace(alice.history[0], memo="changed")
print(t2, t2 == alice.history[0], t2 > alice.history[0])
print(Transaction(1, "a", Decimal(1)) < Transaction(1, "b", Decimal(0)))
print(Decimal("1.10") + Decimal("2.205"), Decimal(10) / Decimal(3))
print(round(Decimal("2.675"), 2), Decimal("7.50").normalize(), Decimal("1e3").to_integral())
print(datetime.date(2024, 2, 28) + datetime.timedelta(days=2))
