# strings are immutable: item assignment fails, methods return new strings
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
t = s.upper()
print(s, t, s is not t)
u = s
s += " world"
print(s, u)
print(s.replace("l", "L"), s)
r = s[:]
print(r == s)
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
