a = -1
b = 2 + 3 * 4
c = (1, (2, 3), -4.5)
d = "ab" + "cd"
e = "x" * 3
f = 2 ** 100
g = 2 ** 10000
h = not 1
i = 1 / 0
j = (1, 2)[0]
k = "abc"[-1]
l = x in [1, 2, 3]
m = not a is b
n = __debug__
"a string statement" + "folded"
