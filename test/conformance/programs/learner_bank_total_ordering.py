import functools
from decimal import Decimal

@functools.total_ordering
class Account:
    _next_id = 1
    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self._balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance for {self.owner!r}: {v}")
        self._balance = v
    @balance.deleter
    def balance(self):
        print("deleting balance of", self.owner)
        self._balance = Decimal(0)
    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance!s})"
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.balance, self.owner) == (other.balance, other.owner)
    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.balance, self.owner) < (other.balance, other.owner)
    def __hash__(self):
        return hash((self.owner, self._balance))

class Savings(Account):
    rate = Decimal("0.025")
    def accrue(self):
        interest = (self.balance * self.rate).quantize(Decimal("0.01"))
        self.balance += interest
        return interest
    def __repr__(self):
        return super().__repr__() + f"@{self.rate:.2%}"

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    @Account.balance.setter
    def balance(self, v):
        if v < -self.overdraft:
            raise ValueError("overdraft exceeded")
        self._balance = v

accts = [Savings("ann", "100.50"), Checking("bob", 20), Account("cy", 7), Savings("dee", "100.50")]
for a in accts:
    print(a)
print(sorted(accts))
print(max(accts), min(accts))
print(accts[0] >= accts[3], accts[0] > accts[1], accts[2] <= accts[1])
print(accts[0].accrue(), accts[0])
c = accts[1]
c.balance -= 90
print(c.balance)
try:
    c.balance -= 100
except ValueError as e:
    print("err:", e)
try:
    accts[2].balance = -1
except ValueError as e:
    print("err:", e)
del accts[2].balance
print(accts[2])
print(len({accts[0], accts[3], Savings("dee", "100.50")}))
print(Account.__lt__.__qualname__, Account.__le__.__name__)
print(accts[0] == 5, accts[0] != "x")
try:
    accts[0] < 5
except TypeError as e:
    print(e)
try:
    accts[0] >= 5
except TypeError as e:
    print(e)
print(type(Checking.balance), Checking.balance.fset.__qualname__)
print(f"{Decimal('1234.5'):,.2f} {Decimal('-0.005'):+.2f} {Decimal('1e3'):e} {Decimal('12.3456'):>10.3}|")
print(sum(a.balance for a in accts))
