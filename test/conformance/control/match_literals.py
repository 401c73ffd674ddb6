# Literal, capture, wildcard, value and group patterns; match/case stay usable as names.
import math

class Color:
    RED = 1
    GREEN = 2

def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case "a" "b":
            return "the string ab"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "red"
        case (Color.GREEN):
            return "green"
        case math.pi:
            return "pi"
        case other:
            return f"captured {other!r}"

for v in [0, 0.0, -1, 1.5, -2.5, "ab", "a", b"raw", None, True, False, 1, 2, math.pi, 3, [], 1.0]:
    print(repr(v), "->", lit(v))

# True/1 compare: 1 == True, but True is matched by identity, so 1 hits `case 1` only by value.
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 matched 1")

# The last case binds, earlier failing cases do not.
match 42:
    case 1:
        pass
    case n:
        print("n =", n)

# Wildcard does not bind
match 5:
    case _:
        print("wildcard")
print("_" in globals())

# Subject is an arbitrary expression; a tuple subject without parentheses.
match 1, 2:
    case (1, 2):
        print("tuple subject")
match (x := 10) + 1:
    case 11:
        print("walrus subject", x)

# match and case remain ordinary names.
match = 3
case = 4
print(match, case)
match += 1
print(match)
def match(*args):
    return args
print(match(1, 2), match (3))
match[0] if False else None
match = [1, 2]
match[0] = 5
print(match)
case = {"k": 1}
print(case["k"])
print([match for match in range(3)])

# No case matches: nothing happens.
match 99:
    case 1:
        print("no")
    case 2:
        print("no")
print("done")

# Nested match in a function with locals.
def classify(n):
    match n % 3:
        case 0:
            kind = "fizz"
        case 1:
            kind = "one"
        case _:
            kind = "two"
    return kind
print([classify(i) for i in range(6)])
