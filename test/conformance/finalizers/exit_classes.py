# __del__ at exit: inherited and chained through super(), a resurrecting __del__ (called
# once), an object of a with statement, an object a function returned
class Base:
    def __del__(self): print("Base.__del__", type(self).__name__)

class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()

class Plain(Base):
    pass

class Res:
    saved = []
    def __del__(self):
        print("Res.__del__", len(Res.saved))
        Res.saved.append(self)

class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit")
    def __del__(self): print("CM.__del__")

c = Child()
p = Plain()
r = Res()
r2 = r
with CM() as cm:
    print("in with")

def make():
    return [Base()]

k = make()
print("end")
