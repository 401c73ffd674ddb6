# calls through a local run inline in compiled loops when the callee has the code seen at
# compile time: closures with cells of their own, other functions, other globals, unbound cells
def make_adder(k):
    def add(x):
        return x + k
    return add


def make_scaler(k):
    def scale(x):
        return x * k
    return scale


def run(fs, n):
    s = 0
    for i in range(n):
        f = fs[i % len(fs)]
        s += f(i)
    return s


adders = [make_adder(k) for k in range(10)]
print("adders", run(adders, 3000))
# Another code through the same local: the guard fails and the call is made as usual.
mixed = adders[:3] + [make_scaler(2), abs, lambda x: -x]
print("mixed", run(mixed, 3000))


# Cells that change between calls.
def make_counter():
    total = 0

    def peek(x):
        return total + x

    def bump():
        nonlocal total
        total += 1
    return peek, bump


def drive(n):
    peek, bump = make_counter()
    acc = 0
    for i in range(n):
        acc += peek(i)
        if i % 100 == 0:
            bump()
    return acc


print("cells", drive(3000))

# The same code under other globals (exec with a namespace of its own).
ns = {}
exec("def gadd(x):\n    return x + OFFSET\nOFFSET = 1000\n", ns)
OFFSET = 1


def gadd(x):
    return x + OFFSET


def through(fs, n):
    s = 0
    for i in range(n):
        g = fs[i % 2]
        s += g(i)
    return s


print("globals", through([gadd, ns["gadd"]], 3000))


# A cell not yet bound when the closure runs: the eval loop raises NameError.
def late():
    def use(x):
        return x + later
    fs = [use] * 5
    out = 0
    for i in range(3000):
        try:
            out += fs[i % 5](i)
        except NameError as e:
            if i == 0:
                print("unbound", e)
        if i == 1500:
            later = 7
    return out


print("late", late())
