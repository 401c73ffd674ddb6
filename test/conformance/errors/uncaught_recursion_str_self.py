# A __str__ that calls str(self): the classic runaway recursion, printed on the module's last line
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return "Point: " + str(self)

p = Point(1, 2)
print(p)
