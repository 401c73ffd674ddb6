# endless recursion through repr() and a __repr__ method is a RecursionError every time it happens
class Loop:
    def __init__(self):
        self.inner = self
    def __repr__(self):
        return "Loop(" + repr(self.inner) + ")"
for attempt in range(4):
    try:
        repr(Loop())
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
class Str:
    def __str__(self):
        return str(self)
try:
    print(Str())
except RecursionError as e:
    print(type(e).__name__, e)
print("still running")
