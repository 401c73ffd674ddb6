# A bank ledger with custom exception hierarchy, notes, chaining and a final uncaught error deep in nested calls
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

class BankError(Exception):
    """Base for ledger problems."""

class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.account = account
        self.needed = needed

class Frozen(BankError):
    pass

class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    TRANSFER = "xfer"

@dataclass
class Account:
    owner: str
    balance: Decimal = Decimal("0.00")
    frozen: bool = False
    history: list = field(default_factory=list, repr=False)

    def apply(self, kind, amount):
        if self.frozen:
            raise Frozen(f"account of {self.owner} is frozen")
        if kind is Kind.WITHDRAW and amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance += amount if kind is Kind.DEPOSIT else -amount
        self.history.append((kind, amount))

class Ledger:
    def __init__(self):
        self.accounts = {}
        self.failures = []

    def open(self, owner, initial="0"):
        acct = Account(owner, Decimal(initial))
        self.accounts[owner] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.apply(Kind.WITHDRAW, amount)
        except InsufficientFunds as e:
            e.add_note(f"while transferring {amount} from {src} to {dst}")
            raise
        try:
            b.apply(Kind.DEPOSIT, amount)
        except Frozen as e:
            a.apply(Kind.DEPOSIT, amount)
            raise BankError(f"transfer {src}->{dst} rolled back") from e

    def batch(self, ops):
        for src, dst, amt in ops:
            try:
                self.transfer(src, dst, Decimal(amt))
                print(f"ok   {src:>5} -> {dst:<5} {amt:>7}")
            except InsufficientFunds as e:
                self.failures.append(e)
                print(f"FAIL {src:>5} -> {dst:<5} {amt:>7}: {e} | notes={e.__notes__}")
            except BankError as e:
                self.failures.append(e)
                print(f"FAIL {src:>5} -> {dst:<5} {amt:>7}: {e} (cause: {e.__cause__!r})")

    def report(self):
        for name, acct in sorted(self.accounts.items()):
            print(f"{name:<6}{acct.balance:>10.2f}  {len(acct.history)} ops  {'FROZEN' if acct.frozen else ''}")

ledger = Ledger()
ledger.open("alice", "100.00")
ledger.open("bob", "20.50")
ledger.open("carol").frozen = True
ledger.batch([("alice", "bob", "30.25"), ("bob", "alice", "80"), ("alice", "carol", "10"), ("bob", "alice", "50.75")])
ledger.report()
print([type(f).__name__ for f in ledger.failures], isinstance(ledger.failures[0], BankError), ledger.failures[0].needed)
print(repr(Account("zed")), Kind("wd"), Kind.DEPOSIT.value)

def audit(ledger, limit):
    for name in sorted(ledger.accounts):
        check(ledger.accounts[name], limit)

def check(acct, limit):
    ratio = acct.balance / limit
    if acct.balance < limit:
        raise ValueError(f"{acct.owner} below limit: {ratio:.2%}")

try:
    audit(ledger, Decimal("10"))
except ValueError as e:
    print("audit:", e)
ledger.accounts["carol"].frozen = False
audit(ledger, Decimal("0"))
print("second audit ran")
try:
    ledger.transfer("alice", "bob", Decimal("1000"))
finally:
    print("closing ledger")
