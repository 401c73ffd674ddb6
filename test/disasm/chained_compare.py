a < b
a < b < c
a == b != c is d
x = 1 < y <= 3
if a in b not in c:
    pass
