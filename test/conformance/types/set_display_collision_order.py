# iteration order of set displays whose ints collide: constant displays, {*a, *b}, comprehensions
print({1, 9, 17, 8, 0, 16})
print({8, 0, 16, 1, 9, 17})
print({32, 0, 64, 8})
s = {8, 0, 16}
print(s)
x = 8
print({x, 0, 16})
print({5, 13, 21, 29, 37, 45, 53})
print({-1, -2, 6, 14})
print([{a, b, c} for a, b, c in [(8, 0, 16)]])
print({8, 0, 16, 3.0, 11.0})
print(frozenset({8, 0, 16}))
for e in {40, 8, 0, 16, 24, 32}:
    print(e, end=" ")
print()
a = {8, 0, 16, 24}
b = [40, 32, 8]
print({*a, *b})
print({*b, *a})
print({*range(40, 0, -8)})
print({*"ab", *[]} == {"a", "b"})
s = {1.0, 9.0, 17.0, 0.5}
print(s)
print({2**70, 8, 0, 16, True, False})
print({-1, -2, -3, 5, 13})
print({x for x in (8, 0, 16)})
print(set([8, 0, 16]), frozenset((16, 0, 8)))
print(8 in {0, 8, 16}, 3 in {0, 8, 16})
def f():
    return {24, 8, 0, 16, 32}
print(f(), f() is f())
try:
    {*5}
except TypeError as e:
    print(e)
