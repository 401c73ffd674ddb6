# str.format with automatic and numbered positional fields
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{1}{0}{1}".format("x", "-"))
print("{}".format(None), "{}".format([1, 2]), "{}".format((1,)))
print("{0}{0}{0}".format("ab"))
print("{{}} {} {{{}}}".format(1, 2))
print("no fields".format(1, 2, 3))
print("{} + {} = {}".format(2, 3, 2 + 3))
args = ["x", "y"]
print("{1}/{0}".format(*args))
print("{0:>5}|{1:<5}|{0:^5}".format("a", "b"))
print("{}{}".format("", ""), len("{}".format("")))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
