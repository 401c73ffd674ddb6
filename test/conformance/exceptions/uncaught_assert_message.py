# an uncaught assertion with a formatted message inside a function
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, "out of order: %r > %r" % (a, b)
    return True
print(check_sorted([1, 2, 3]))
check_sorted([1, 3, 2])
