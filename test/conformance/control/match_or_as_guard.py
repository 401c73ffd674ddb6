# OR patterns, AS patterns, guards, and which names a case binds.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, b] | (a, b, _) | {"a": a, "b": b}:
            return f"pair-ish {a} {b}"
        case [y, z] | [z, y, "swap"]:
            return f"reordered y={y} z={z}"
        case (4 | 5) as n:
            return f"four or five: {n}"
        case [(1 | 2) as p, *_] as whole:
            return f"first {p} of {whole}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "other"

for v in [1, 3, [10, 20], (10, 20, 30), {"a": 1, "b": 2}, ["p", "q", "swap"], 5,
          [2, 9, 9, 9], [7, 9, 9, 9], "s", b"b", 4.5]:
    print(repr(v), "->", f(v))

# Guards see the captured names; a failed guard leaves them bound (CPython stores them first).
def g(point):
    match point:
        case (x, y) if x > y:
            return f"below the diagonal {x} {y}"
        case (x, y) if x < y:
            return f"above the diagonal {x} {y}"
        case (x, y):
            return f"on the diagonal {x}"

print(g((2, 1)), g((1, 2)), g((3, 3)))

match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("guard failed, a and b are bound:", a, b)

# A pattern that fails partway binds nothing.
match [1, 2, 3]:
    case [first, second, 99]:
        print("no")
    case _:
        print("first bound?", "first" in dir())

# The guard is evaluated only when the pattern matched, in order.
def noisy(label, result):
    print("guard", label)
    return result

match 5:
    case 1 if noisy("one", True):
        print("no")
    case int() if noisy("int false", False):
        print("no")
    case int() if noisy("int true", True):
        print("yes")
    case _ if noisy("never", True):
        print("no")

# A guarded wildcard is allowed before other cases.
match "x":
    case _ if False:
        print("no")
    case "x":
        print("after guarded wildcard")

# Captures in a function are locals; in a closure they are cells.
def outer(v):
    match v:
        case [inner_name]:
            pass
    def show():
        return inner_name
    return show()
print(outer(["closure"]))

# as-pattern on a whole open sequence.
match 1, 2:
    case (1, _) as t:
        print("as on a tuple", t)

# Or-pattern of literals and singletons.
for v in [None, False, 0, ""]:
    match v:
        case None | False:
            print(repr(v), "is None or False")
        case 0 | "":
            print(repr(v), "is 0 or ''")

# break and continue inside a case, and a match inside a loop that gets hot (JIT).
total = 0
hits = {"zero": 0, "pair": 0, "big": 0, "other": 0}
for i in range(3000):
    match i % 7, i:
        case (0, _):
            hits["zero"] += 1
            continue
        case (1, n) if n > 2990:
            break
        case (2 | 3 as r, n):
            hits["pair"] += r
        case (_, n) if n >= 2000:
            hits["big"] += 1
        case _:
            hits["other"] += 1
    total += i
print("loop", total, hits, i)

def hot(n):
    acc = []
    for k in range(n):
        match [k, k % 3]:
            case [a, 0]:
                acc.append(a)
            case [a, 1] | [a, 2] if a > n - 5:
                acc.append(-a)
    return acc[-5:], len(acc)
print(hot(3000))

while True:
    match "stop":
        case "stop":
            break
print("left the while loop")
