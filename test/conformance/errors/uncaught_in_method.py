# traceback frames name the methods they come from
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.balance += amount
a = Account(100)
b = Account(0)
a.transfer(b, 60)
print(a.balance, b.balance)
a.transfer(b, 60)
