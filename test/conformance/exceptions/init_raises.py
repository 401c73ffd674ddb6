# an exception in __init__ propagates out of the constructor call; no object is bound
class Account:
    count = 0
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance: %d" % balance)
        self.balance = balance
        Account.count += 1
acc = None
try:
    acc = Account(-5)
except ValueError as e:
    print("ValueError:", e)
print("acc is", acc, "count", Account.count)
ok = Account(10)
print(ok.balance, Account.count)
class Child(Account):
    def __init__(self, balance):
        print("child init start")
        super().__init__(balance)
        print("never for negative")
try:
    Child(-1)
except ValueError as e:
    print("through super():", e)
class Returns:
    def __init__(self):
        return 5
try:
    Returns()
except TypeError as e:
    print("TypeError:", e)
class Takes:
    def __init__(self, a):
        self.a = a
try:
    Takes()
except TypeError as e:
    print("TypeError:", e)
