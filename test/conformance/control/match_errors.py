# Errors raised while matching: TypeErrors of class patterns, errors in guards and values.
import traceback

class Point:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2

class Bad:
    __match_args__ = ["x"]

class BadName:
    __match_args__ = (1,)

class Plain:
    pass

not_a_class = len

def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def too_many():
    match Point():
        case Point(1, 2, 3):
            pass

def plain_positional():
    match Plain():
        case Plain(1):
            pass

def self_match_two():
    match 5:
        case int(1, 2):
            pass

def not_tuple():
    match Bad():
        case Bad(1):
            pass

def not_str():
    match BadName():
        case BadName(1):
            pass

def not_type():
    match 1:
        case not_a_class():
            pass

def repeated():
    match Point():
        case Point(1, x=1):
            pass

def undefined_value():
    match 1:
        case undefined.NAME:
            pass

def duplicate_runtime_key():
    class K:
        A = "a"
        B = "a"
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 2}:
            pass

def guard_error():
    match 1:
        case 1 if 1 / 0:
            pass

def len_error():
    class NoLen(list):
        def __len__(self):
            raise RuntimeError("no len")
    match NoLen():
        case [a]:
            pass

def attribute_error_propagates():
    class Prop:
        @property
        def p(self):
            raise ValueError("property failed")
    match Prop():
        case Prop(p=1):
            pass

def plain_not_instance():
    match 3:
        case Plain(1, 2, 3):
            print("no")
        case _:
            print("not an instance: no error")

for fn in [too_many, plain_positional, self_match_two, not_tuple, not_str, not_type, repeated,
           undefined_value, duplicate_runtime_key, guard_error, len_error, attribute_error_propagates, plain_not_instance]:
    attempt(fn.__name__, fn)

try:
    repeated()
except TypeError:
    traceback.print_exc()

# The error comes only once the loop is hot (compiled by the JIT).
def hot_then_bad(n):
    total = 0
    for i in range(n):
        v = Point() if i < 4000 else i
        match v:
            case Point(x, y) if i % 2:
                total += x + y
            case int(a, b):
                pass
            case _:
                total -= 1
    return total

print(hot_then_bad(3999))
try:
    hot_then_bad(5000)
except TypeError:
    traceback.print_exc()

def deep(v):
    match v:
        case {"k": [1, Point(x,
                             y)]}:
            return x
        case {"k": [2, Point(1, 2, 3)]}:
            return 0

print(deep({"k": [1, Point()]}))
deep({"k": [2, Point()]})
