# repr of self-referencing containers shows ... placeholders
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
x = {"list": [0]}
x["list"].append(x)
print(x, str(x) == repr(x))
