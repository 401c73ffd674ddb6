# an uncaught AttributeError for an attribute close to an existing one
class Account:
    def __init__(self):
        self.balance = 10
acct = Account()
print(acct.balance)
print(acct.balanse)
