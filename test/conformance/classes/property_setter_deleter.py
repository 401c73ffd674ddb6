# property with getter, setter and deleter
class Account:
    def __init__(self, balance):
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        self.log.append("get")
        return self._balance
    @balance.setter
    def balance(self, value):
        self.log.append("set")
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        self.log.append("del")
        self._balance = 0
a = Account(100)
print(a.balance)
a.balance = 250
print(a.balance)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a.balance)
a.balance += 7
print(a.balance, a.log)
def get_x(self):
    return self._x * 2
def set_x(self, v):
    self._x = v
class P:
    x = property(get_x, set_x)
p = P()
p.x = 21
print(p.x, p._x)
