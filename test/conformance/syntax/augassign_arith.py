# augmented arithmetic assignment on names
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 8; print(x)
x -= 0.5; print(x)
y = 7
y //= -2; print(y)
y %= -5; print(y)
z = 2
for i in range(5):
    z **= 2
print(z)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
f = 1.5
f *= 2; print(f, type(f).__name__)
n = 3
n /= 3; print(n, type(n).__name__)
b = True
b += 1; print(b)
