# string indexing, negative indices, iteration, len and membership
s = "Python"
print(s[0], s[5], s[-1], s[-6], len(s))
print([c for c in s], list(reversed(s)))
print("y" in s, "th" in s, "Th" in s, "" in s, "x" not in s)
for i, c in enumerate(s):
    if c in "aeiouy":
        print("vowel", c, "at", i)
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
print(s[len(s) - 1], s[0:1] == s[0], type(s[0]).__name__)
print(ord(s[0]), chr(ord(s[0]) + 1))
t = ""
for c in s:
    t = c + t
print(t)
