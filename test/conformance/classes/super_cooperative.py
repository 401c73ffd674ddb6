# cooperative super() calls follow the MRO of the instance, not the static parent
class Base:
    def __init__(self):
        print("Base")
        self.trail = ["Base"]
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom")
        super().__init__()
        self.trail.append("Bottom")
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom()
print(b.trail)
print(b.hello())
print(Left().hello())
