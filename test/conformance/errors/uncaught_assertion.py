# an uncaught AssertionError with a message
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print(check_sorted(["a", "b"]))
assert check_sorted([5, 5, 6]), "never shown"
print("about to check an unsorted list")
print(check_sorted([3, 1, 2]))
print("not reached")
