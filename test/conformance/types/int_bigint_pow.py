# big integer powers and their string forms
print(2 ** 200)
print(3 ** 100)
print(-7 ** 51, (-7) ** 51, (-7) ** 50)
print(10 ** 50, 10 ** 50 - 1)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(2 ** 1000 % 1000007)
print(len(str(2 ** 10000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
x = 1
for i in range(100):
    x *= 3
print(x == 3 ** 100, x)
print(pow(2, 127) - 1)
print((2 ** 100) ** 2 == 2 ** 200, 2 ** 100 * 2 ** 100 == 2 ** 200)
print(1 ** 10000, 0 ** 10000, (-1) ** 10001)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
