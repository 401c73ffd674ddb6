a = 1 + 2j
b = -1j
c = 2j ** 2
d = (1, 2j, -0j)
e = 1j / 0
f = 1.5 - 0.5j == 1
g = x in {1j, 2j, 3j}
