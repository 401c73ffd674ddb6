# exceptions and bad results from __len__ and __bool__
class L:
    def __init__(self, result):
        self.result = result
    def __len__(self):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result
print(len(L(3)), bool(L(0)), bool(L(2)))
for r in (KeyError("len failed"), -1, "3", 2.5):
    try:
        print(len(L(r)))
    except Exception as e:
        print("len:", type(e).__name__, e)
try:
    if L(IndexError("in if")):
        print("never")
except IndexError as e:
    print("truth test via __len__:", repr(e))
class B:
    def __init__(self, result):
        self.result = result
    def __bool__(self):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result
print(bool(B(True)), not B(False))
for r in (1, None, "yes", RuntimeError("bool failed")):
    try:
        print(bool(B(r)))
    except Exception as e:
        print("bool:", type(e).__name__, e)
try:
    while B(ValueError("while test")):
        pass
except ValueError as e:
    print("while:", e)
try:
    print(B(ZeroDivisionError("and")) and 1)
except ZeroDivisionError as e:
    print("and:", e)
