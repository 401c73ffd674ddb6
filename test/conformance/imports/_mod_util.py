# helper module (not a test): constants, functions and a class
PI = 3.14159
GREETING = "hello"
_private = "underscore names are still importable explicitly"
def add(a, b):
    return a + b
def greet(name):
    return GREETING + ", " + name
class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n
