# Helper (not a test): functions whose times come from a clock they advance themselves,
# chosen so that every sort key orders them without ties.
clock = [0]


def timer():
    return clock[0]


def leaf():
    clock[0] += 1


def middle():
    clock[0] += 3
    leaf()
    leaf()


def top(n):
    clock[0] += 10
    for i in range(n):
        middle()


def fact(n):
    clock[0] += 4
    if n <= 1:
        return 1
    return n * fact(n - 1)


def run_all():
    clock[0] += 2
    top(1)
    top(3)
    return fact(3) + fact(2) + fact(1)
