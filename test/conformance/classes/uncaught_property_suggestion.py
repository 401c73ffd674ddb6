# uncaught property AttributeError with a misspelt attribute: suggestion in the traceback
class Account:
    def __init__(self): self.balance = 10
    def deposit(self, n): self.balance += n
    @property
    def total(self): return self.balanse
a = Account()
try:
    a.deposite(1)
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
print(a.total)
