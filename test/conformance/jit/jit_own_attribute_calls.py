# Calls of an object's own attribute through LOAD_METHOD (module.function(), self.callback()),
# which the method cache remembers per class, in loops hot enough to run compiled: the
# attribute replaced, deleted, shadowed by a new class attribute, and met on other classes.
import math
import random


def module_calls(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i) + math.floor(i / 7)
    return t


print("module", module_calls(3000))


class Worker:
    def __init__(self, fn):
        self.fn = fn

    def run(self, n):
        t = 0
        for i in range(n):
            t += self.fn(i)
        return t


w = Worker(lambda x: x * 2)
print("callback", w.run(3000))
w.fn = abs
print("replaced", w.run(3000))


def mixed(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.fn(i)
    return t


class Method:
    def fn(self, x):
        return x + 1


print("mixed", mixed([Worker(lambda x: -x), Method(), Worker(len and (lambda x: 3))], 1000))

# The attribute deleted: the class's (none here) -> AttributeError at the call.
w2 = Worker(lambda x: 1)
print("before delete", w2.run(500))
del w2.fn
try:
    w2.run(5)
except AttributeError as e:
    print("AttributeError", e)

# A class attribute of the same name added later: it is a method now, called with self.
Worker.fn = lambda self, x: 100
w3 = Worker.__new__(Worker)
print("class method", w3.run(10))
w3.fn = lambda x: 7
print("own again", w3.run(10))

# A module function replaced in the module.
random.seed(3)
print("random", round(sum(random.random() for _ in range(2000)), 9))
saved = math.sqrt
math.sqrt = lambda x: -1.0
print("patched", module_calls(10))
math.sqrt = saved
print("restored", module_calls(10))
del math.floor
try:
    module_calls(3)
except AttributeError as e:
    print("AttributeError", e)
