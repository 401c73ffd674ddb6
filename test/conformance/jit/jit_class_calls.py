# Classes called from compiled code (vm/jit_call.ts callInitCompiled): the instance made,
# its tpy __init__ run as a compiled body, and what the call returns is the instance,
# whether that body returns, leaves to the eval loop midway, or raises.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tagged:
    def __init__(self, tag):
        self.tag = tag
        self.meta = {"n": tag}  # BUILD_MAP: the body leaves here, the eval loop finishes it


class Failing(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class Checked:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v


class BadInit:
    def __init__(self, v):
        if v == 2999:
            return v
        self.v = v


def make(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        t = Tagged(i)
        total += p.x + p.y + t.meta["n"] + len(t.__dict__)
    return total


print("make", make(3000))


def raising(n):
    caught = 0
    codes = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise Failing(i)
            Checked(i - 1 if i % 5 else -i)
        except Failing as e:
            caught += 1
            codes += e.code + len(e.args)
        except ValueError as e:
            caught += 100
            last = e.args[0]
    return caught, codes, last


print("raising", raising(3000))


def bad(n):
    out = []
    for i in range(n):
        try:
            out.append(BadInit(i).v)
        except TypeError as e:
            out.append(str(e))
    return out[-2:]


print("bad", bad(3000))


# Uncaught: the TypeError is raised in the caller's frame, as CPython's type call raises it.
def final(n):
    for i in range(n):
        BadInit(i)


final(3000)
