# !r, !s and !a conversions in str.format and f-strings
s = "it's"
print("{0!s} {0!r} {0!a}".format(s))
print("{!r:>10}|{!s:<8}|".format("ab", "cd"))
print("{0!r}".format(1.5), "{0!r}".format(None), "{0!r}".format([1, "x"]))
class Both:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
b = Both()
print("{0} {0!s} {0!r}".format(b))
print(f"{b} {b!s} {b!r} {b!r:>8}")
print("{0!a}".format("naïve 😀"))
print(f"{'quote'!r} {'é'!a}")
try:
    "{0!x}".format(1)
except ValueError as e:
    print("ValueError:", e)
