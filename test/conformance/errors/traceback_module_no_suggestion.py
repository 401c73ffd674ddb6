# 3.11's traceback module prints no "Did you mean" (only the interpreter's report does)
import traceback

class Account:
    def __init__(self):
        self.balance = 0

acct = Account()
counter = 0
for bad in [lambda: acct.balanse, lambda: conter, lambda: [].appnd, lambda: pritn]:
    try:
        bad()
    except (AttributeError, NameError) as e:
        print(traceback.format_exception_only(e))
        print(traceback.format_exc().splitlines()[-1])
        traceback.print_exc()
# The uncaught report does add it.
print(acct.balanse)
