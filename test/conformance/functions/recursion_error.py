# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(issubclass(RecursionError, RuntimeError))
def count_depth():
    depth = 0
    def dive():
        nonlocal depth
        depth += 1
        dive()
    try:
        dive()
    except RecursionError:
        pass
    return depth
d = count_depth()
print(500 < d <= 1000)
def after():
    return "still works"
print(after())
