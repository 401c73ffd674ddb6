# str.split, rsplit, splitlines and join
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("a b c".split(None, 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "aXbXc".split("X", 0))
print("line1\nline2\r\nline3\n".splitlines())
print("line1\nline2\r\nline3\n".splitlines(True))
print("".splitlines(), "one".splitlines(), "\n\n".splitlines())
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join([]))
print(" ".join(str(i) for i in range(5)))
print("::".join(("a",)), "x".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
