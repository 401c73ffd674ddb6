# a SyntaxError anywhere means no part of the program runs
print("this line is never executed")
def add(a, b):
    return a + b
class Point:
    def __init__(self, x):
        self.x = x
x = Point(1).x
print(add(x, 2))
print(add(x +))
print("nor this one")
