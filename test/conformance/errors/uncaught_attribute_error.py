# an uncaught AttributeError on an instance of a user class
class Config:
    def __init__(self):
        self.debug = False
    def describe(self):
        return "debug=" + str(self.debug)
c = Config()
print(c.debug, c.describe())
c.verbose = True
print(c.verbose)
print(getattr(c, "colour", "no colour"))
print(c.colour)
print("not reached")
